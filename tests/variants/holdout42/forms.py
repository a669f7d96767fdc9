"""Pieces of the forms the bureaus of this set send: titles and head rows that start in any
column, footnotes and the signature lines under a table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment

from tests.variants.kit import Sheet


def title_at(s: Sheet, text: Any, col: int, width: int) -> int:
    """A title merged over ``width`` columns from ``col``, the text in the anchor only."""
    r = s.row(text, col=col, merge=[(col, col + width - 1)])
    s.ws.cell(r, col).alignment = Alignment(horizontal="center")
    return r


def wide(s: Sheet, label: Any, text: Any, col: int, width: int) -> int:
    """A label cell and a text merged over the rest of the ``width`` columns."""
    return s.row(label, text, col=col, merge=[(col + 1, col + width - 1)])


def notes(s: Sheet, lines: Sequence[str], col: int, width: int) -> None:
    """Footnotes (注 / 填报说明), each merged across the table."""
    for line in lines:
        s.row(line, col=col, merge=[(col, col + width - 1)])


def sign_off(s: Sheet, *, who: str, checker: str, phone: str, filled: Any, col: int = 1) -> None:
    """The signature and date lines under a table, after a blank line."""
    s.skip()
    s.row(f"填表人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}", col=col)
    s.row("填报日期：", filled, col=col)


def down(s: Sheet, col: int, first: int, last: int) -> None:
    """Merge one column down from row ``first`` to ``last`` (a label over a block)."""
    if last > first:
        s.ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
