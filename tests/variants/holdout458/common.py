"""Helpers shared by the returns of the 458th held-out set (江豚保护与禁捕巡护)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
WIDTHS = (18, 18, 30, 18, 18, 14, 12)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (a marked cell stays as is)."""
    return value if isinstance(value, C) else money(value, WAN)


def period_money(total: float, fiscal: float, annual: float, fiscal_year: float) -> list[list[Any]]:
    """中期 and 年度 money columns, each with 财政拨款 and 其他资金 that add up."""
    return [
        ["中期资金总额", wan(total), "年度资金总额", wan(annual)],
        ["其中：财政拨款", wan(fiscal), "其中：财政拨款", wan(fiscal_year)],
        [
            "其他资金",
            wan(round(total - fiscal, 4)),
            "其他资金",
            wan(round(annual - fiscal_year, 4)),
        ],
    ]


def year_money(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """One money column: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
        ["其他资金", wan(other), None, None],
    ]


def header(s: Sheet, *words: Any) -> int:
    return s.row(*words)


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down over their blocks."""
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, when: Any) -> None:
    """A signature line with the phone number and the fill date as a date cell."""
    s.skip()
    s.row("填报人", who, "联系电话", phone, "填报日期", when)
