"""Helpers shared by the returns of the 429th held-out set (岷塬省脱毒马铃薯种薯繁育推广)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, Sheet, day, money

YEAR = 2025
PROVINCE_DEPT = "岷塬省农业农村厅（186）"
CENTRE = "岷塬省脱毒种薯繁育中心"
SHILIANG = "石梁县农业技术推广站"
YUKOU = "峪口县种子管理站"
GAOPING = "高坪市马铃薯产业发展办公室"
WIDTHS = (16, 18, 34, 16, 14, 14, 12)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def funds(total: Any, fiscal: Any, other: Any, fmt: str = WAN) -> list[list[Any]]:
    """The money rows of a one-year project head (资金总额 = 财政拨款 + 其他资金)."""
    total = total if not isinstance(total, int | float) else money(total, fmt)
    return [
        ["资金总额", total, "其中：财政拨款", money(fiscal, fmt)],
        [None, None, "其他资金", money(other, fmt)],
    ]


def period_funds(period: Sequence[float], annual: Sequence[float]) -> list[list[Any]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [
        [a, money(p, WAN), b, money(y, WAN)]
        for (a, b), p, y in zip(labels, period, annual, strict=True)
    ]


def project(s: Sheet, name: str, unit: str, lines: list[list[Any]], goal: str, **kw: Any) -> None:
    """A project head of the budget year under 岷塬省农业农村厅."""
    project_head(s, year=YEAR, name=name, dept=PROVINCE_DEPT, unit=unit, money=lines,
                 goals=kw.pop("goals", (goal,)), **kw)  # fmt: skip


def department(s: Sheet, dept: str, budget: list[list[Any]], goal: str, **kw: Any) -> None:
    """A department head of the budget year."""
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, **kw)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines under the table, each merged across it."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, filled: Any = None) -> None:
    """Signature, phone and date line under the table (the date a date cell)."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", "单位负责人：", None, "填报日期：")
    s.put(s.r, 7, filled or day(YEAR - 1, 11, 12, CN_DATE))
