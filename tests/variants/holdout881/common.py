"""Helpers shared by the returns of the 881st held-out set (weather stations, agro-meteorology)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2026
W6 = (16, 16, 30, 14, 16, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = W6) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def funds(
    total: Any,
    fiscal: Any,
    other: Any,
    label: str = "年度资金总额",
    fiscal_label: str = "其中：财政拨款",
    other_label: str = "其他资金",
) -> list[tuple[Any, ...]]:
    """Two money rows of a project head: the total with its fiscal part, then the other part.
    Plain numbers become 万元 cells; ``C`` values are written as they are."""

    def cell(v: Any) -> Any:
        return v if isinstance(v, C | str) else wan(v)

    return [
        (label, cell(total), fiscal_label, cell(fiscal)),
        (None, None, other_label, cell(other)),
    ]


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def foot(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The filler, phone and date line, then the signature and stamp line."""
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)
    s.row("单位负责人（签字）：", None, None, "单位（盖章）：", merge=[(1, 3), (4, 6)])
