"""Helpers shared by the returns of the 537th held-out set (log-grown shiitake, state forest
farms): a book with its first sheet, 万元 cells, an indicator table under its header with tier-1
and tier-2 merged down, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

WIDTHS = (18, 18, 30, 16, 16, 14, 12)
TIERS = ("一级指标", "二级指标", "三级指标")


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """The header row, then the indicator rows with the tier columns merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, *, filler: str, phone: str, date: Any, chief: str = "") -> None:
    """A blank line, then the fill-in person, the phone number and the date (and a chief)."""
    s.skip()
    s.row(f"填表人：{filler}", None, f"联系电话：{phone}", "填报日期", date)
    if chief:
        s.row(f"单位负责人：{chief}", None, "（单位盖章）")
