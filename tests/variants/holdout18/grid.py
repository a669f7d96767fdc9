"""Writers shared by the returns of this set: the export of a budget management system
(预算管理一体化系统): a title, a key–value grid of project facts, the goal, then one indicator per
row with the tiers repeated in every row (no merges) and the indicator codes in a hidden column;
and the lines offices put under a table (notes, signatures)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from tests.variants.kit import Sheet

EXPORT_HEAD = (
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "指标值",
    "度量单位",
    "权重",
    "指标方向",
)


def hide(s: Sheet, col: int) -> None:
    """Hide one column (the system's codes, or a helper column)."""
    s.ws.column_dimensions[get_column_letter(col)].hidden = True


def title(s: Sheet, text: Any, col: int, width: int) -> int:
    """A title merged across ``width`` columns from ``col``, the text in the anchor only."""
    r = s.row(text, col=col, merge=[(col, col + width - 1)])
    s.ws.cell(r, col).alignment = Alignment(horizontal="center")
    return r


def grid(s: Sheet, lines: Sequence[Sequence[Any]], col: int = 2, width: int = 8) -> None:
    """Key–value lines of project facts: (label, value, label, value), each value merged over
    the columns up to the next label; a line of two cells merges its value to the table's end."""
    half = width // 2
    for line in lines:
        if len(line) == 2:
            s.row(*line, col=col, merge=[(col + 1, col + width - 1)])
            continue
        cells = [line[0], line[1], *[None] * (half - 2), line[2], line[3]]
        s.row(*cells, col=col, merge=[(col + 1, col + half - 1), (col + half + 1, col + width - 1)])


def export(
    s: Sheet,
    *,
    head: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    code: str,
    col: int = 2,
) -> int:
    """The indicator block of an export: a header row, then one row per indicator with its
    code in the hidden column just left of ``col``. Returns the header row."""
    top = s.row("指标编码", *head, col=col - 1)
    for i, values in enumerate(rows, start=1):
        s.row(f"{code}{i:03d}", *values, col=col - 1)
    hide(s, col - 1)
    return top


def sign(s: Sheet, cells: Sequence[Any], col: int = 2) -> int:
    """A signature line (填表人, 审核人, 联系电话, 填报日期) under the table."""
    return s.row(*cells, col=col)
