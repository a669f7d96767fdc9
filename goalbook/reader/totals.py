"""A department's total met as 合计 beside its parts: 基本支出 │ 402.75 │ 项目支出 │ 268 │ 合计 │
670.75 on one row, 基本支出 │ 项目支出 │ 合计 over a row of their amounts, or 基本支出 / 项目支出 /
合计 one under another (the labels in one column, under a 预算金额 merged down beside them).
Read as the total only where no total label is."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from goalbook.model import Cell
from goalbook.reader.grid import Sheet

_TOTAL_LABELS = ("合计", "总计", "合 计")


def total_beside_parts(
    sheets: Sequence[Sheet], part: Cell, right_of: Callable[[Sheet, int, int], Cell | None]
) -> Cell | None:
    """The 合计 amount on the row of the last part's amount ``part`` (right of it), or under the
    part's label in the row below; ``right_of`` reads the value right of a label at (r, c)."""
    sheet = next((s for s in sheets if s.name == part.at.sheet), None)
    if sheet is None:
        return None
    r, c = part.at.row - 1, part.at.col - 1
    row = sheet.rows[r]
    for c2 in range(c + 1, min(len(row), c + 4)):
        value = row[c2]
        if isinstance(value, str) and value.strip() in _TOTAL_LABELS:
            return right_of(sheet, r, c2)
    above = sheet.rows[r - 1] if r > 0 else []
    for c2 in range(c + 1, min(len(above), c + 4)):  # labels over amounts: 项目支出 │ 合计
        value = above[c2]
        if isinstance(value, str) and value.strip() in _TOTAL_LABELS:
            return sheet.cell(r, c2, spread=False)
    if r + 1 >= sheet.nrows:
        return None
    for c2 in range(c - 1, max(-1, c - 4), -1):  # the part's label, left of its amount
        below = sheet.rows[r + 1][c2] if c2 < len(sheet.rows[r + 1]) else ""
        if type(below) is str and below.strip() in _TOTAL_LABELS:
            label = row[c2]
            if type(label) is str and label.strip():
                return right_of(sheet, r + 1, c2)
    return None
