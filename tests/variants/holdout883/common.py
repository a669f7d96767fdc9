"""Helpers shared by the returns of the 883rd held-out set (veterans affairs services)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
WIDE = (16, 16, 30, 14, 16, 14, 12)


def first(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: float) -> C:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def one_year(total: float, fiscal: float, other: float) -> list[list[Any]]:
    """The money rows of a one-year project head (总额 = 财政拨款 + 其他资金)."""
    return [["年度资金总额", w(total), "其中：财政拨款", w(fiscal)], ["其他资金", w(other)]]


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, filled: Any = None) -> None:
    """Signature and date lines under the table (a fill date before the budget year is normal)."""
    s.skip()
    s.row("单位负责人：", who, None, "联系电话：", phone)
    s.row("填报日期：", filled or day(YEAR - 1, 11, 26, 'yyyy"年"m"月"d"日"'))
