"""A sub-project's own table under its project's on one sheet: the line that names it
(子项目名称 │ 村级污水处理设施 │ 子项目资金（万元） │ 380) starts its head block, as an identity
field starts a project's (see ``regions``)."""

from __future__ import annotations

import itertools

from goalbook.layout import LINE_COLUMNS
from goalbook.model import Cell
from goalbook.reader.fieldlabels import clean, is_label
from goalbook.reader.grid import Sheet

# a sub-project's line above its own indicator table on the sheet of the project's (子项目名称 │
# 村级污水处理设施 │ 子项目资金（万元） │ 380): its head block (not the heading of a lines block,
# 子项目名称 │ 测算依据 │ 金额, whose next cell is a column's word)
_SUB_PROJECT = frozenset(clean(s) for s in ("子项目名称", "子项目"))
_LINE_HEADS = frozenset(
    clean(word)
    for columns in LINE_COLUMNS.values()
    for column in columns
    for word in (column.zh, *column.aliases)
)


def sub_project(sheet: Sheet, r: int) -> Cell | None:
    """The name of the sub-project whose line is row r (子项目名称 │ name …), else None."""
    for (c, _label), (name_c, _name) in itertools.pairwise(sheet.row_cells(r)):
        if names_sub_project(sheet, r, c):
            return sheet.cell(r, name_c, spread=False)
    return None


def names_sub_project(sheet: Sheet, r: int, c: int) -> bool:
    """Column c of row r holds a sub-project's label followed by its name (a text that is
    neither a field's label nor a lines block's column word)."""
    if type(label := sheet.raw(r, c)) is not str or clean(label) not in _SUB_PROJECT:
        return False
    after = [v for col, v in sheet.row_cells(r) if col > c]
    if not after or type(after[0]) is not str:
        return False
    name = clean(after[0])
    return bool(name) and name not in _LINE_HEADS and not is_label(after[0])
