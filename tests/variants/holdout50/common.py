"""Pieces shared by the returns of the 50th held-out corpus: the signature lines small offices
leave under a table, and a two-row header with merged cells."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Sheet


def footer(s: Sheet, unit: str, head: str, filler: str, phone: str, filled: str) -> None:
    """The stamp, signature and date lines below a table (not indicators)."""
    s.skip()
    s.row(f"填报单位（盖章）：{unit}", None, None, f"填报日期：{filled}", merge=[(1, 3)])
    s.row(f"单位负责人：{head}", None, f"填表人：{filler}", None, f"联系电话：{phone}",
          merge=[(1, 2), (3, 4)])  # fmt: skip


def two_row_header(s: Sheet, top: Sequence[Any], bottom: Sequence[Any]) -> None:
    """A header over two rows: a column whose second-row cell is None is merged down, a run of
    None after a first-row label is merged across (the label spans the sub-columns)."""
    first = s.row(*top)
    s.row(*bottom)
    col = 1
    while col <= len(top):
        if bottom[col - 1] is None:
            s.ws.merge_cells(start_row=first, start_column=col, end_row=first + 1,
                             end_column=col)  # fmt: skip
            col += 1
            continue
        end = col
        while end < len(top) and top[end] is None and bottom[end] is not None:
            end += 1
        if end > col:
            s.ws.merge_cells(start_row=first, start_column=col, end_row=first,
                             end_column=end)  # fmt: skip
        col = end + 1
