"""A period's money by year written as label │ amount pairs in the head block (中期资金总额 1530
│ … and below it 2026年 │ 520 │ 2027年 │ 480 │ 2028年 │ 430): each year's amount kept as the
field ``year_key(year, "budget")`` (as a block with one column per year keeps them), for the
money rules to add up against the period's total."""

from __future__ import annotations

import re
from collections.abc import Iterable

from goalbook.model import Cell
from goalbook.moneykeys import year_key
from goalbook.reader.amountcells import is_amount
from goalbook.reader.fieldlabels import label_map, value_right_of
from goalbook.reader.grid import Sheet

_YEAR = re.compile(r"^\s*(20\d{2})\s*年度?\s*(?:资金|预算|安排)?\s*[：:]?\s*$")


def year_amounts(sheets: Iterable[Sheet], skipped: set[tuple[str, int]]) -> dict[str, Cell]:
    """The amounts right of year labels, when a sheet gives two years or more so (a breakdown,
    not one year's label)."""
    labels = label_map("project")
    for sheet in sheets:
        found: dict[str, Cell] = {}
        planned = False  # a row titled as the plan by year: one year of it is enough
        for r, row in enumerate(sheet.rows[:60]):
            if (sheet.name, r) in skipped:
                continue
            for c, value in enumerate(row[:20]):
                if type(value) is not str or "年" not in value or not (m := _YEAR.match(value)):
                    continue
                cell = value_right_of(sheet, r, c, labels)
                if cell is not None and is_amount(cell):
                    found.setdefault(year_key(m[1], "budget"), cell)
                    planned = planned or _PLAN.search(_title_left(sheet, r, c)) is not None
        if len(found) >= 2 or (found and planned):
            return found
    return {}


def _title_left(sheet: Sheet, r: int, c: int) -> str:
    """The first text of row r left of column c: the row's title (whichever column the table
    starts in)."""
    return next((t for c2 in range(c) if (t := sheet.text(r, c2))), "")


# the title of a row of money by year (年度投资计划（万元）, 分年度资金安排)
_PLAN = re.compile(r"^(?:分)?年度(?:投资|资金)(?:计划|安排)")
