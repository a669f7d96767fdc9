"""What a returned (revised) table carries besides its cells: struck-through and hidden rows,
reviewer fills, 批注, a 修改说明 block, footers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill

from tests.variants.kit import Sheet

YELLOW = PatternFill("solid", fgColor="FFFF00")
RED = PatternFill("solid", fgColor="FF8080")


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row and the indicator rows; returns the row of the first indicator."""
    s.row(*header)
    first = s.r + 1
    s.table(rows, merged=merged)
    return first


def strike(s: Sheet, row: int, last: int) -> None:
    """A row kept but cancelled: struck through in red, as offices do in a revision."""
    for c in range(1, last + 1):
        s.ws.cell(row, c).font = Font(strike=True, color="FF0000")


def hide(s: Sheet, row: int) -> None:
    s.ws.row_dimensions[row].hidden = True


def fill(s: Sheet, row: int, cols: Sequence[int], colour: PatternFill = YELLOW) -> None:
    for c in cols:
        s.ws.cell(row, c).fill = colour


def note(s: Sheet, row: int, col: int, text: str, who: str = "财政局审核") -> None:
    s.ws.cell(row, col).comment = Comment(text, who)


def revision(s: Sheet, lines: Sequence[str], width: int) -> None:
    """The 修改说明 block a unit writes under the table of a revised return."""
    s.skip()
    s.row("修改说明", "\n".join(lines), merge=[(2, width)])
    s.ws.row_dimensions[s.r].height = 18 * len(lines)


def footer(s: Sheet, who: str, phone: str, date: str) -> None:
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, f"填报日期：{date}")
    s.row("单位负责人（签字）：", None, "（单位盖章）")
