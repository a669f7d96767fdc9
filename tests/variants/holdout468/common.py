"""Helpers shared by the returns of the 468th held-out set (guide dogs, accessible travel)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, money

YEAR = 2026
WIDE = (16, 18, 30, 14, 16, 14, 10)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: Any, fiscal: float, other: float, fmt: str = WAN) -> list[list[Any]]:
    """The money rows of a one-year project (万元 in the number format)."""
    whole = total if not isinstance(total, (int, float)) else money(total, fmt)
    return [
        ["年度资金总额", whole, "其中：财政拨款", money(fiscal, fmt)],
        [None, None, "其他资金", money(other, fmt)],
    ]


def multi_year(period: Sequence[float], annual: Sequence[float]) -> list[list[Any]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for both periods."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        [
            f"中期{labels[i]}" if i == 0 else labels[i],
            money(p, WAN),
            f"年度{labels[i]}" if i == 0 else labels[i],
            money(a, WAN),
        ]
        for i, (p, a) in enumerate(zip(period, annual, strict=True))
    ]


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 row merged across the table."""
    return s.row(text, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, date: Any) -> int:
    """The signature and date line under a table."""
    s.skip()
    return s.row("单位负责人：", person, "联系电话：", phone, "填报日期：", date)
