"""Helpers shared by the returns of the 879th held-out set (forest fire prevention)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

WIDE = (16, 16, 30, 18, 18, 18, 18)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> C:
    """An amount in 万元 with the unit only in the number format (text stays text)."""
    if isinstance(v, C):
        return v if isinstance(v.value, str) else replace(v, fmt=WAN)
    return money(v, WAN)


def year_money(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project head."""
    return [
        ["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
        ["其他资金", wan(other), None, None],
    ]


def period_money(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project head: (总额, 财政拨款, 其他资金) twice."""
    return [
        ["中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])],
        ["其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])],
        ["其他资金", wan(period[2]), "其他资金", wan(annual[2])],
    ]


def dept_budget(*amounts: Any) -> list[Any]:
    """资金总额, 财政拨款, 其他资金, 基本支出, 项目支出 as typed numbers."""
    return [a if isinstance(a, C) else money(a) for a in amounts]


def task(name: str, content: str, amount: Any, goal: Any) -> list[Any]:
    """One key-task line of a department head (amount in 万元)."""
    return [name, content, amount if isinstance(amount, C) else money(amount), goal]


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, people: str, date: Any) -> int:
    """A signature line with its date cell."""
    return s.row(people, None, None, "填报日期", date, merge=[(1, 3)])
