"""Helpers shared by the returns of the 688th held-out set: a book with its first sheet, money
cells, an indicator table under its header with tier-1 and tier-2 merged down, footnotes and
signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

WIDE = (16, 16, 30, 18, 18, 18)
YEAR = 2025


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money block of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table: the header row, then the rows with tier-1 and tier-2 merged down."""
    s.row(*head, col=col)
    return s.table(rows, merged=merged, col=col)


def footnotes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Notes under the table, each merged across it."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, date: Any) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", date)
