"""Helpers shared by the returns of the 342nd held-out set (wet markets, breakfast points)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
WIDE = (16, 16, 30, 18, 18, 18, 14)


def first(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project head."""
    return [["资金总额", total, "其中：财政拨款", fiscal], ["其他资金", other, None, None]]


def funds_multi(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """中期 and 年度 money rows: (total, fiscal, other) each."""
    return [
        ["中期资金总额", period[0], "年度资金总额", annual[0]],
        ["其中：财政拨款", period[1], "其中：财政拨款", annual[1]],
        ["其他资金", period[2], "其他资金", annual[2]],
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A footnote (注 / 说明 / 填表说明) merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> int:
    """A signature and date line under the table."""
    return s.row("填报人", who, "联系电话", phone, "填报日期", when)
