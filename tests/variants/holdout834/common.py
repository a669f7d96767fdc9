"""Helpers shared by the returns of the 834th held-out set (employment services)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

WIDTHS = (16, 16, 30, 18, 18, 18)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> C:
    """An amount in 万元, the unit only in the number format (a marked cell passes through)."""
    return v if isinstance(v, C) else money(v, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """A one-year money block: 年度资金总额 with 财政拨款 and 其他资金."""
    return [
        ["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
        [None, None, "其他资金", wan(other)],
    ]


def period_funds(period: Sequence[Any], year: Sequence[Any]) -> list[list[Any]]:
    """A multi-year money block: (总额, 财政拨款, 其他资金) for the period and for the year."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [[a, wan(p), b, wan(y)] for (a, b), p, y in zip(labels, period, year, strict=True)]


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, filled: Any) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row("填表人：", who, "联系电话：", phone, "填报日期：", filled)
