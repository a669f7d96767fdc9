"""Pieces shared by the returns of the 14th held-out set: the county and township forms of
巩固拓展脱贫攻坚成果同乡村振兴有效衔接 and 农业农村 funds as staff fill them in WPS."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment

from tests.variants.kit import C, Sheet

SOURCES = ("合计", "中央衔接资金", "省级衔接资金", "市级衔接资金", "县级衔接资金", "自筹资金")
NUM = "#,##0.00"


def num(v: Any) -> C:
    """An amount with a thousands format, unless it is already a cell (e.g. carrying a mark)."""
    return v if isinstance(v, C) else C(v, NUM)


def title(s: Sheet, text: str, first: int, last: int) -> int:
    """A title merged across columns ``first``..``last`` (the table may start in B or C)."""
    r = s.row(text, col=first, merge=[(first, last)])
    s.ws.cell(r, first).alignment = Alignment(horizontal="center")
    return r


def money_rows(
    s: Sheet, label: str, values: Sequence[Any], col: int, heads: Sequence[str] = SOURCES
) -> int:
    """A money block as the 衔接 forms lay it out: a label merged over two rows, one row of
    source names (合计, 中央, 省级, 市级, 县级, 自筹) and one row of amounts."""
    top = s.row(label, *heads, col=col)
    s.row(None, *values, col=col)
    s.ws.merge_cells(start_row=top, start_column=col, end_row=top + 1, end_column=col)
    return top + 1


def signature(s: Sheet, col: int, *, who: str, checker: str, phone: str, filled: Any) -> int:
    """The signature line under a return: 填表人, 审核人, 联系电话, 填报日期."""
    return s.row(
        f"填表人：{who}",
        None,
        f"审核人：{checker}",
        None,
        f"联系电话：{phone}",
        "填报日期：",
        filled,
        col=col,
    )


def hide(s: Sheet, *letters: str) -> None:
    """Hide template columns the office left in the sheet."""
    for letter in letters:
        s.ws.column_dimensions[letter].hidden = True


def widths(s: Sheet, values: dict[str, float]) -> None:
    for letter, w in values.items():
        s.ws.column_dimensions[letter].width = w
