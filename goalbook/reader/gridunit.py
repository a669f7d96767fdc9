"""A money grid that states its own unit where the table states another (the head's amounts
in 元, a 资金来源（万元） block with 中期（万元） │ 年度（万元） columns): its amounts read in the
table's unit, as a budget-lines block's are (:func:`goalbook.reader.lines.in_unit`), so a
total is held against the head's in one unit and no amount is a thousand times off."""

from __future__ import annotations

import dataclasses
import re

from goalbook.model import GridLine, MoneyGrid
from goalbook.reader.fieldlabels import money_unit_of
from goalbook.reader.lineunits import block_scale, scaled_number

_BRACKETED = re.compile(r"[（(][^（()）]{1,12}[)）]")


def grids_in_unit(grids: tuple[MoneyGrid, ...], unit: str | None) -> tuple[MoneyGrid, ...]:
    """``grids`` with the amounts of each grid whose header row states one money unit other
    than ``unit`` given in ``unit``; amounts written with their own unit are left as they are
    (the rules read it)."""
    if unit is None or not grids:
        return grids
    return tuple(_scaled(g, unit) for g in grids)


def _scaled(grid: MoneyGrid, unit: str) -> MoneyGrid:
    stated = {u for m in _BRACKETED.finditer(grid.title) if (u := money_unit_of(m[0]))}
    scale = block_scale(stated.pop(), unit) if len(stated) == 1 else None
    if scale is None:
        return grid

    def line(ln: GridLine) -> GridLine:
        return dataclasses.replace(ln, amounts=tuple(scaled_number(a, scale) for a in ln.amounts))

    total = line(grid.total) if grid.total is not None else None
    return dataclasses.replace(grid, lines=tuple(line(ln) for ln in grid.lines), total=total)
