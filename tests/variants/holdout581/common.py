"""Helpers shared by the 581st held-out set: the snack workshops of 柘川县's old town street
(烧饼 and 麻花), with a book and its first sheet, money rows in 万元, indicator tables with
tier-1 and tier-2 merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2025
BUREAU = "柘川县商务局（208）"
STREET = "柘川县槐荫街道经济服务中心"
WIDTHS = (16, 16, 32, 16, 16, 14, 14)

Row = Sequence[Any]


def new(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(x: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(x, WAN)


def cn(m: int, d: int, y: int = YEAR) -> C:
    """A date cell shown as 2025年9月30日."""
    return day(y, m, d, CN_DATE)


def funds(total: Any, fiscal: Any, other: Any, annual: Row | None = None) -> list[Row]:
    """中期 (or total) money on the left, 年度 money on the right; equal for one-year projects."""
    a = annual or (total, fiscal, other)
    wrap = [x if isinstance(x, C) else wan(x) for x in (total, fiscal, other, *a)]
    return [("资金总额", wrap[0], "年度资金总额", wrap[3]),
            ("其中：财政拨款", wrap[1], "其中：财政拨款", wrap[4]),
            ("其他资金", wrap[2], "其他资金", wrap[5])]  # fmt: skip


def head(s: Sheet, name: str, money_rows: Sequence[Row], goals: Sequence[Any], *,
         years: int = 1, title: Any = None, unit: str = STREET, dept: str = BUREAU,
         end: Any = None) -> None:  # fmt: skip
    """A project head of the budget year ``YEAR``."""
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=money_rows, goals=goals,
                 years=years, title=title, end=end)  # fmt: skip


def dept(s: Sheet, name: str, budget: Row, goal: Any, tasks: Sequence[Row] = ()) -> None:
    """A department head: ``budget`` is (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出)."""
    row = [x if isinstance(x, C) else wan(x) for x in budget]
    department_head(s, year=YEAR, dept=name, budget=[row], goal=goal, tasks=tasks)


def table(s: Sheet, header: Row, rows: Sequence[Row], merged: Sequence[int] = (1, 2)) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A footnote or instruction line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> int:
    """Signature and date line under the table."""
    s.skip()
    return s.row("填表人：", who, "联系电话：", phone, "填报日期：", when)
