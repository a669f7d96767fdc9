"""Pieces shared by the returns of the 129th held-out corpus: a header on two rows with merged
cells, and the footers offices leave under their tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Sheet


def header2(s: Sheet, top: Sequence[Any], bottom: Sequence[Any],
            spans: Sequence[tuple[int, int]] = (), col: int = 1) -> None:  # fmt: skip
    """A header on two rows: ``spans`` are (first, last) columns merged across in the top row;
    a column whose bottom cell is None (and outside every span) is merged down both rows."""
    r = s.row(*top, merge=spans, col=col)
    s.row(*bottom, col=col)
    inside = {c for a, z in spans for c in range(a, z + 1)}
    for i, t in enumerate(top, start=1):
        low = bottom[i - 1] if i - 1 < len(bottom) else None
        if t is not None and low is None and i not in inside:
            c = col + i - 1
            s.ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)


def signature(s: Sheet, head: str, filler: str, phone: str, date: str) -> None:
    """The lines under a table: who is responsible, who filled it in, and when."""
    s.skip()
    s.row(f"单位负责人：{head}", None, f"填表人：{filler}", f"联系电话：{phone}", None,
          f"填报日期：{date}", merge=[(1, 2), (4, 5)])  # fmt: skip
