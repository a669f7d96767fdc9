"""The budget year among a head's fields: which fields hold a year, the year under a money
block's 预算年度 label, and a year cell as read (a date shown as its year; never an amount)."""

from __future__ import annotations

import datetime as dt
import functools
import re

from goalbook.layout import FIELDS, FieldType
from goalbook.model import Cell
from goalbook.reader.amountcells import is_amount
from goalbook.reader.fieldlabels import field_of, label_map
from goalbook.reader.grid import Sheet


@functools.lru_cache(maxsize=8)
def year_fields(kind: str) -> frozenset[str]:
    return frozenset(f.key for f in FIELDS[kind] if f.type is FieldType.YEAR)


_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def block_year(sheet: Sheet, r: int, c: int, kind: str, found: dict[str, Cell]) -> dict[str, Cell]:
    """The year under the 预算年度 label of a money block's label row (预算年度 │ 资金总额 over
    2026 │ …), when none is found yet; not a column of years (2024年 │ 2025年, each a year's
    amounts)."""
    key = field_of(sheet.text(r, c, spread=False), label_map(kind))
    if key is None or key in found or key not in year_fields(kind):
        return {}
    cell, after = sheet.cell(r + 1, c), sheet.cell(r + 2, c)
    if cell is None or not _A_YEAR.fullmatch(cell.text.removesuffix("年")):
        return {}
    return {} if after is not None and _A_YEAR.search(after.text) else {key: cell}


def year_value(cell: Cell) -> Cell | None:
    """A budget year's cell as read: a year typed as a date (2026-01-01 shown yyyy) is its year;
    None for what is no year."""
    if isinstance(cell.value, dt.datetime | dt.date):
        return cell._replace(text=str(cell.value.year))
    return cell if _is_year(cell) else None


def _is_year(cell: Cell) -> bool:
    """A budget year's value: a plausible year (2025, 2025年度, 2025.0), or any text that is no
    amount; never an amount such as 18500000."""
    value = cell.value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value).is_integer() and 1900 <= value <= 2100
    return not is_amount(cell) or _A_YEAR.search(cell.text) is not None
