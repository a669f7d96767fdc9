"""Helpers shared by the returns of the 789th held-out set (urban flood drainage in the invented
city of 汶澜市): a book with its first sheet, money rows in 万元 carried by the number format,
an indicator table under its header with tier-1 and tier-2 merged down, notes and signatures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
DEPT = "汶澜市水务局 231001"
WIDTHS = (20, 20, 30, 18, 18, 18, 12)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount in 万元, the unit only in the number format (a marked cell passes through)."""
    return value if isinstance(value, C) else money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """A one-year money block: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        ("其他资金", wan(other), None, None),
    ]


def funds_period(period: Any, annual: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """A multi-year money block: 中期 and 年度 totals, the year split by source."""
    return [
        ("中期资金总额", wan(period), "年度资金总额", wan(annual)),
        ("其中：财政拨款", wan(fiscal), "其他资金", wan(other)),
    ]


def indicators(
    s: Sheet,
    rows: Sequence[Sequence[Any]],
    head: Sequence[Any] = HEAD,
    merged: Sequence[int] = (1, 2),
) -> int:
    """The header row, then the indicator rows with the tier columns merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A note, 说明 or 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, date: Any) -> int:
    """The signature line under the table."""
    return s.row("填报人：", person, "联系电话：", phone, "填报日期：", date)
