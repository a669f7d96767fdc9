"""Helpers shared by the 826th held-out returns (urban flood control): a book with its first
sheet, money rows, indicator tables with tier-1 and tier-2 merged down, notes and signatures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
SIX = (16, 16, 30, 18, 18, 18)


def book(title: str = "Sheet1", widths: Sequence[float] = SIX) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def funds(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The project money block: (total, fiscal, other) for the period and for the year."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [(a, p, b, q) for (a, b), p, q in zip(labels, period, annual, strict=True)]


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money of a one-year project: the period equals the year."""
    return funds((total, fiscal, other), (total, fiscal, other))


def indicators(s: Sheet, heads: Sequence[Sequence[Any]], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """Header rows, then the indicator rows with the tier columns merged down."""
    for h in heads:
        s.row(*h, col=col)
    return s.table(rows, merged=merged, col=col)


def note(s: Sheet, text: Any, width: int = 6) -> int:
    """A note, 说明 or 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: tuple[int, int, int]) -> int:
    """The signature and date line under the table."""
    s.skip()
    return s.row("填报人：", who, "联系电话：", phone, "填报日期：", day(*when))
