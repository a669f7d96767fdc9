"""Helpers shared by the returns of the 684th held-out set (burdock, okra, a freezing plant)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, Book, Sheet, day

WIDTHS = (16, 18, 30, 18, 18, 14)


def first(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *texts: str, width: int = 6) -> None:
    """Note lines (注, 说明, 填表说明) merged across the table."""
    for t in texts:
        s.row(t, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """A blank line, then the filler, the phone and the fill date."""
    s.skip()
    s.row("填表人：", who, "联系电话：", phone, "填报日期：", when or day(2024, 11, 12, CN_DATE))


def lines(s: Sheet, label: str, items: Sequence[tuple[str, Any]], total: Any) -> None:
    """A money detail block: a label row, one row per line, the 合计 row."""
    s.skip()
    s.row(label, None, None, "金额（万元）", merge=[(1, 3)])
    for name, amount in items:
        s.row(name, None, None, amount, merge=[(1, 3)])
    s.row("合计", None, None, total, merge=[(1, 3)])
