"""Helpers shared by the 731st held-out set: 桐泽县 rural drinking-water safety returns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
DEPT = "桐泽县水利局（217001）"
STATION = "桐泽县农村供水管理站"
LAB = "桐泽县供水水质监测中心"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def book(sheet: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 16, 16, 14)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(sheet, widths)


def wan(v: Any) -> Any:
    """An amount in 万元 with the unit in the number format only (a C is kept as given)."""
    return v if isinstance(v, C) or v is None else money(v, WAN)


def year_money(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """A one-year money block: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
            ("其他资金", wan(other), None, None)]  # fmt: skip


def period_money(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """A multi-year money block: (总额, 财政拨款, 其他资金) for 中期, then for 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [(a, wan(p), b, wan(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(s: Sheet, *, name: str, money_rows: Sequence[Sequence[Any]], goals: Sequence[Any],
            unit: str = STATION, year: int = YEAR, **kw: Any) -> None:  # fmt: skip
    """A project head of 桐泽县水利局."""
    project_head(s, year=year, name=name, dept=DEPT, unit=unit, money=money_rows, goals=goals,
                 **kw)  # fmt: skip


def department(s: Sheet, *, dept: str, budget: Sequence[Any], goal: Any,
               tasks: Sequence[Sequence[Any]] = ()) -> None:  # fmt: skip
    """A department head; ``budget`` is (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出)."""
    rows = [tuple(wan(v) for v in budget)]
    department_head(s, year=YEAR, dept=dept, budget=rows, goal=goal,
                    tasks=[(t[0], t[1], wan(t[2]), t[3]) for t in tasks])  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row, then the indicator rows with tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, filled: tuple[int, int, int]) -> None:
    """Signature, phone and date lines under the table."""
    s.skip()
    s.row("单位负责人：", person, None, "联系电话：", phone)
    s.row("填报日期：", day(*filled))
