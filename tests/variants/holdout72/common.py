"""Small helpers of the 72nd held-out corpus: head fields written "label：value" in one cell,
footers as offices leave them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Sheet


def lines(s: Sheet, items: Sequence[Any], width: int = 6) -> None:
    """One "label：value" cell per line across the table; a tuple puts two halves side by side."""
    half = width // 2
    for it in items:
        if isinstance(it, tuple):
            s.row(it[0], *([None] * (half - 1)), it[1], merge=[(1, half), (half + 1, width)])
        else:
            s.row(it, merge=[(1, width)])


def footer(s: Sheet, text: str, width: int = 6) -> None:
    s.skip()
    s.row(text, merge=[(1, width)])
