"""Pieces shared by the returns of the 79th held-out corpus: table headers and footers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Sheet


def header(s: Sheet, *labels: str) -> int:
    """One header row of the indicator table."""
    return s.row(*labels)


def footer(s: Sheet, unit: str, person: str, phone: str, date: str) -> None:
    """The lines an office leaves under its table: stamp, person, phone, date."""
    s.skip()
    s.row(f"填报单位（盖章）：{unit}", None, None, f"填报人：{person}")
    s.row(f"联系电话：{phone}", None, None, f"填报日期：{date}")


def two_line(s: Sheet, top: Sequence[Any], bottom: Sequence[Any],
             spans: Sequence[tuple[int, int]], downs: Sequence[int]) -> None:  # fmt: skip
    """A header over two lines: ``spans`` merge cells of the first line across columns,
    ``downs`` merge a column's first-line label down over both lines."""
    s.row(*top, merge=spans)
    first = s.r
    s.row(*bottom)
    for c in downs:
        s.ws.merge_cells(start_row=first, start_column=c, end_row=first + 1, end_column=c)
