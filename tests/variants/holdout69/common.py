"""Helpers of the 69th held-out corpus: head lines written "label：value" in one cell, as some
offices type them, and the sign-off lines they leave under the table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Book, Sheet

WIDE = (22, 22, 30, 16, 12, 26)


def start(title: str, widths: Sequence[float] = WIDE, sheet: str = "Sheet1") -> tuple[Book, Sheet]:
    book = Book()
    s = book.sheet(sheet, widths)
    s.title(title, len(widths))
    return book, s


def line(s: Sheet, *cells: Any, width: int = 6) -> int:
    """One head line: a single "label：value" cell merged across the table, or two such cells
    side by side (the first over the left half, the second over the rest)."""
    if len(cells) == 1:
        return s.row(cells[0], merge=[(1, width)])
    half = width // 2
    values = [cells[0], *([None] * (half - 1)), cells[1]]
    return s.row(*values, merge=[(1, half), (half + 1, width)])


def sign(s: Sheet, unit: str, person: str, phone: str, date: str, width: int = 6) -> None:
    s.skip()
    line(s, f"填报单位（盖章）：{unit}", f"填报人：{person}    联系电话：{phone}", width=width)
    line(s, f"填报日期：{date}", width=width)
