"""Pieces of the sheets a provincial 预算管理一体化系统 exports for health and social-security
units: a title merged across the table, a key-value grid whose cells span several columns,
hidden code columns, two-line headers, page-break header repeats and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break

from tests.variants.kit import Sheet


def banner(s: Sheet, text: Any, col: int, width: int) -> int:
    """A title merged across ``width`` columns from ``col``, the text in the anchor only."""
    r = s.row(text, col=col, merge=[(col, col + width - 1)])
    s.ws.cell(r, col).alignment = Alignment(horizontal="center")
    return r


def grid(s: Sheet, col: int, *cells: tuple[Any, int]) -> int:
    """One row of a key-value grid: each cell is (value, span); a span over 1 is merged."""
    s.r += 1
    c = col
    for value, span in cells:
        s.put(s.r, c, value)
        if span > 1:
            s.ws.merge_cells(start_row=s.r, start_column=c, end_row=s.r, end_column=c + span - 1)
        c += span
    return s.r


def down(s: Sheet, col: int, top: int, bottom: int) -> None:
    """Merge a label cell down from row ``top`` to ``bottom`` (the label in the anchor)."""
    if bottom > top:
        s.ws.merge_cells(start_row=top, start_column=col, end_row=bottom, end_column=col)
        s.ws.cell(top, col).alignment = Alignment(vertical="center", wrap_text=True)


def hide(s: Sheet, *cols: int) -> None:
    """Hide columns (the system's code columns)."""
    for c in cols:
        s.ws.column_dimensions[get_column_letter(c)].hidden = True


def page_break(s: Sheet) -> None:
    """A manual page break after the last row written."""
    s.ws.row_breaks.append(Break(id=s.r))


def two_line_header(
    s: Sheet,
    col: int,
    first: Sequence[Any],
    second: Sequence[Any],
    spans: Sequence[tuple[int, int]],
) -> int:
    """A header of two rows: ``first`` holds the group titles, ``second`` the sub-headings under
    the groups given by ``spans`` (absolute first, last column); other first-row cells are
    merged down over both rows."""
    top = s.row(*first, col=col, merge=spans)
    s.row(*second, col=col)
    grouped = {c for a, b in spans for c in range(a, b + 1)}
    for i, v in enumerate(first):
        if v is not None and col + i not in grouped:
            down(s, col + i, top, top + 1)
    return s.r


def signature(s: Sheet, col: int, filler: str, checker: str, phone: str, filled: Any) -> int:
    """The line under the table: 填表人, 审核人, 联系电话 and 填报日期 (a date cell)."""
    return s.row(
        f"填表人：{filler}",
        None,
        f"审核人：{checker}",
        f"联系电话：{phone}",
        None,
        "填报日期：",
        filled,
        col=col,
    )
