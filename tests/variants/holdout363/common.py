"""Helpers shared by the returns of the 363rd held-out set (yak husbandry, grassland balance)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
DEPT = "岗措县农牧局（413027）"
H4 = ("一级指标", "二级指标", "三级指标", "指标值")
H6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


def book(title: str = "Sheet1", widths: Sequence[float] = (18, 20, 30, 18, 16, 16)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount with 万元 only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project (万元)."""
    return [
        ("年度资金总额", _w(total), "其中：财政拨款", _w(fiscal)),
        ("其他资金", _w(other), None, None),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (total, fiscal, other) for the period and the year."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(a, _w(p), b, _w(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def _w(value: Any) -> Any:
    return wan(value) if isinstance(value, int | float) else value


def project(s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head for the budget year (``kw`` passed on: years, start, end, title…)."""
    project_head(s, year=YEAR, name=name, dept=kw.pop("dept", DEPT), unit=unit,
                 money=money_rows, goals=goals, **kw)  # fmt: skip


def department(s: Sheet, dept: str, budget: Sequence[Any], goal: str,
               tasks: Sequence[Sequence[Any]]) -> None:  # fmt: skip
    """A department head: ``budget`` is (总额, 财政拨款, 其他资金, 基本支出, 项目支出)."""
    rows = [(n, what, _w(amount), aim) for n, what, amount, aim in tasks]
    department_head(s, year=YEAR, dept=dept, budget=[[_w(v) for v in budget]], goal=goal,
                    tasks=rows)  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), title: str = "绩效指标") -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    if title:
        s.row(title)
    s.row(*header)
    return s.table(rows, merged=merged)


def signature(s: Sheet, who: str, phone: str, filled: Any = None) -> None:
    """Signature, phone and fill-date lines under the table."""
    s.skip()
    s.row(f"填表人：{who}", None, f"联系电话：{phone}", None, "填报日期",
          filled or day(YEAR - 1, 11, 18, 'yyyy"年"m"月"d"日"'))  # fmt: skip
    s.row("单位负责人（签字）：", None, "（单位盖章）")
