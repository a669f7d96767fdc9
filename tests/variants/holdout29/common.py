"""Small writing helpers shared by the modules of the 29th held-out set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment

from tests.variants.kit import Sheet


def header(s: Sheet, *labels: Any, col: int = 1) -> int:
    """One header row of the indicator table."""
    return s.row(*labels, col=col)


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], col: int = 1) -> int:
    """Indicator rows with tier-1 and tier-2 merged down their blocks (a None continues)."""
    return s.table(rows, merged=(1, 2), col=col)


def signature(s: Sheet, filled: Any, col: int = 1) -> None:
    """The signature and date line under a table."""
    s.skip()
    s.row("填表人：", "周文斌", "审核人：", "葛丽萍", "联系电话：", "0571-8836 2140", col=col)
    s.row("填报日期：", filled, col=col)


def wide_title(s: Sheet, text: str, first: int, last: int) -> int:
    """A title merged from column ``first`` to ``last`` (a table that starts right of A)."""
    r = s.row(text, col=first)
    s.ws.merge_cells(start_row=r, start_column=first, end_row=r, end_column=last)
    s.ws.cell(r, first).alignment = Alignment(horizontal="center")
    return r
