# ruff: noqa: E501
"""Small helpers shared by the returns of the 68th held-out corpus."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Sheet


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), second: Sequence[Any] | None = None) -> None:  # fmt: skip
    """An indicator table: a header row (and a second header line), then the rows with the
    tier columns merged down."""
    s.row(*header)
    if second is not None:
        s.row(*second)
    s.table(rows, merged=merged)


def footer(s: Sheet, *lines: Any) -> None:
    """Footer lines as offices leave them: a blank row, then one text a line."""
    s.skip()
    for line in lines:
        s.row(line)
