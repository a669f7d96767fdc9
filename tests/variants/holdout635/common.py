"""Helpers shared by the returns of the 635th held-out set (crab and seaweed farming)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

WIDE = (16, 16, 30, 18, 18, 18, 14, 14, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def one_year_money(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project head."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), (None, None, "其他资金", other)]


def period_money(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year head: (total, fiscal, other) for the period and the year."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [(f"中期{labels[0]}" if i == 0 else labels[i], period[i],
             f"年度{labels[0]}" if i == 0 else labels[i], annual[i])
            for i in range(3)]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> int:
    """The signature and date line under a table."""
    return s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期", when)
