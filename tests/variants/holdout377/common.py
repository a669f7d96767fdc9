"""Helpers shared by the returns of the 377th held-out set (river ferries, rural ferry safety)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, Sheet, day, money

YEAR = 2025
COUNTY = "鹭汀县"
TRANSPORT = "鹭汀县交通运输局（214）"
WIDE = (16, 16, 30, 14, 16, 14, 12)


def first(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new book and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def funds(total: float, fiscal: float, other: float) -> list[tuple[Any, ...]]:
    """A one-year money block in 万元 (unit only in the number format)."""
    return [
        ("年度资金总额", money(total, WAN), "其中：财政拨款", money(fiscal, WAN)),
        ("其他资金", money(other, WAN), None, None),
    ]


def period_funds(mid: Sequence[float], year: Sequence[float]) -> list[tuple[Any, ...]]:
    """A multi-year money block: (total, fiscal, other) for the period and for the year."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        (f"中期{a}" if i == 0 else a, money(m, WAN), f"年度{a}" if i == 0 else a, money(y, WAN))
        for i, (a, m, y) in enumerate(zip(labels, mid, year, strict=True))
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header; tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def footer(s: Sheet, who: str, phone: str, *notes: str, filled: Any = None) -> None:
    """Notes under the table, then the signature and date lines."""
    for n in notes:
        s.row(n, merge=[(1, 6)])
    s.skip()
    s.row("填表人：", who, "联系电话：", phone)
    s.row("单位负责人（签字）：", None, "填报日期：", filled or day(YEAR - 1, 11, 26, CN_DATE))
