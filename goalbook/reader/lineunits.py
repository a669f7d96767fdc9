"""The money unit a budget-lines block states for its own amounts (金额（元）, 预算明细（单位：元）,
a title 资金测算（单位：元） alone on the row above its header), and the scaling of amounts from
a block's unit to the table's (万元 lines in a table in 元: × 10000)."""

from __future__ import annotations

import re
from decimal import Decimal

from goalbook.model import Cell
from goalbook.reader.fieldlabels import money_unit_of
from goalbook.reader.grid import Sheet
from goalbook.vocabulary import MONEY_SCALE, MONEY_UNITS

_UNITS = frozenset(MONEY_UNITS)
_UNIT_NOTE = re.compile(rf"单位\s*[:：]\s*({'|'.join(MONEY_UNITS)})")


def unit_of_block(sheet: Sheet, r: int, cols: dict[str, int]) -> str | None:
    """The money unit the block's header row states: in its amount column's label (金额（元）)
    or in a note on the row (预算明细（单位：元））; None when it states none."""
    if "amount" in cols and (unit := money_unit_of(sheet.text(r, cols["amount"]))) is not None:
        return unit
    for _c, value in sheet.row_cells(r):
        if type(value) is str and (m := _UNIT_NOTE.search(value)):
            return m[1]
    return block_title_unit(sheet, r)


def block_title_unit(sheet: Sheet, r: int) -> str | None:
    """The money unit a block's title states on the row above its header row r, alone on that
    row (资金测算（单位：元） over 支出内容 │ 数量 │ 单价 │ 金额); None when it states none."""
    above = sheet.row_cells(r - 1) if r > 0 else []
    if len(above) != 1 or type(above[0][1]) is not str:
        return None
    m = _UNIT_NOTE.search(above[0][1])
    return m[1] if m else None


def block_scale(own: str | None, unit: str | None) -> Decimal | None:
    """What an amount in a block's ``own`` unit is multiplied by to be in the table's ``unit``
    (万元 in a table in 元: 10000); None when the two are the same or not both money units."""
    if own is None or unit is None or own == unit or {own, unit} != _UNITS:
        return None
    return Decimal(MONEY_SCALE[own]) / MONEY_SCALE[unit]


def scaled_number(cell: Cell | None, scale: Decimal) -> Cell | None:
    """A cell holding a number, its value times ``scale``; any other cell as it is."""
    if cell is None or type(cell.value) is bool or not isinstance(cell.value, int | float):
        return cell
    return cell._replace(value=float(Decimal(repr(float(cell.value))) * scale))
