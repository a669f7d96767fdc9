"""Pieces the returns of the 105th held-out set share: indicator blocks with spacer rows between
tier-1 blocks, units merged across rows, hidden template columns and rows, an A4 print area and a
frozen header, signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from tests.variants.kit import WAN, C, Sheet

NUM_REN = '0"人"'
NUM_KM = '0.0"公里"'
PCT_UP = '0.00%"以上"'


def wan(v: float) -> C:
    return C(v, WAN)


def blocks(
    s: Sheet, groups: Sequence[Sequence[Sequence[Any]]], merged: Sequence[int], spacer: bool = True
) -> tuple[int, int]:
    """Tier-1 blocks, each merged down in ``merged`` columns, a blank spacer row between
    blocks. Returns the first and last row written."""
    first = s.r + 1
    for i, g in enumerate(groups):
        if spacer and i:
            s.skip()
        s.table(g, merged=merged)
    for r in range(first, s.r + 1):
        for c in range(1, s.ws.max_column + 1):
            v = s.ws.cell(r, c).value
            if isinstance(v, str) and "\n" in v:
                s.ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="center")
    return first, s.r


def finish(
    s: Sheet, header: int, width: int, hide_cols: Sequence[int] = (), hide_rows: Sequence[int] = ()
) -> None:
    """A4 print area over the form, the header frozen, template columns and rows hidden."""
    last = get_column_letter(width)
    s.ws.print_area = f"A1:{last}{s.r}"
    s.ws.freeze_panes = f"A{header + 1}"
    s.ws.page_setup.paperSize = 9
    s.ws.page_setup.orientation = "landscape"
    for c in hide_cols:
        s.ws.column_dimensions[get_column_letter(c)].hidden = True
    for r in hide_rows:
        s.ws.row_dimensions[r].hidden = True


def sign(s: Sheet, who: str, phone: str, when: str) -> None:
    s.skip()
    s.row("填报人：", who, None, "联系电话：", phone)
    s.row("单位负责人（签字）：", None, None, "填报日期：", when)
