"""Pieces shared by the returns of the eleventh held-out set: a county's township project form,
the indicator block under a 绩效指标 label, and the lines below a table (notes, signatures)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment

from tests.variants.kit import CN_DATE, Sheet, day


def block(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]], *, col: int = 1,
          label: str | None = None, merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator header and its rows from column ``col``; with ``label`` a 绩效指标 cell
    stands left of the block (in column ``col``), merged down over header and rows. Returns
    the first row of the block."""
    first = s.r + 1
    if label is None:
        s.row(*head, col=col)
        s.table(rows, merged=merged, col=col)
        return first
    s.row(label, *head, col=col)
    s.table(rows, merged=merged, col=col + 1)
    s.ws.merge_cells(start_row=first, start_column=col, end_row=s.r, end_column=col)
    s.ws.cell(first, col).alignment = Alignment(vertical="center", wrap_text=True)
    return first


def wide(s: Sheet, text: Any, first: int, last: int) -> int:
    """One text line merged over columns ``first``..``last`` (notes, 填报说明)."""
    r = s.row(text, col=first, merge=[(first, last)])
    s.ws.cell(r, first).alignment = Alignment(wrap_text=True, vertical="top")
    return r


def signatures(s: Sheet, *, filled: tuple[int, int, int], names: Sequence[str], phone: str,
               col: int = 1) -> None:  # fmt: skip
    """The signature line (填表人 / 审核人 / 联系电话) and the fill date as a date cell."""
    s.skip()
    labels = ("填表人：", "审核人：", "单位负责人：")
    cells: list[Any] = []
    for label, name in zip(labels, names, strict=False):
        cells.append(f"{label}{name}")
    cells.append(f"联系电话：{phone}")
    s.row(*cells, col=col)
    s.row("填报日期：", day(*filled, fmt=CN_DATE), col=col)
