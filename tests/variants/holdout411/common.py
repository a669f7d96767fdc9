"""Helpers shared by the 411th held-out set (霜岭市 ice-and-snow festival, winter tourism)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
DEPT = "霜岭市文化广电和旅游局（317）"
TIERS = ("一级指标", "二级指标", "三级指标", "指标值")
WIDTHS = (16, 16, 30, 18, 18, 18)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> C:
    """An amount in 万元 carried by the number format (a marked cell passes through)."""
    return v if isinstance(v, C) else money(v, WAN)


def one_year(total: Any, fin: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fin)),
        ("其他资金", wan(other), None, None),
    ]


def two_columns(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows with 中期 and 年度 columns: (总额, 财政拨款, 其他资金) each."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(a, wan(p), b, wan(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(s: Sheet, name: str, unit: str, cash: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of the budget year (``kw`` passed on to ``heads.project_head``)."""
    dept = kw.pop("dept", DEPT)
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=cash, goals=goals, **kw)


def department(s: Sheet, dept: str, budget: Sequence[Sequence[Any]], goal: str,
               tasks: Sequence[Sequence[Any]]) -> None:  # fmt: skip
    """A department head of the budget year."""
    department_head(s, year=YEAR, dept=dept, budget=budget, goal=goal, tasks=tasks)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any = None) -> None:
    """A blank line, then the signature line with a date cell."""
    s.skip()
    s.row("填表人：", who, "联系电话：", phone, "填报日期：", date or day(YEAR - 1, 11, 18))
