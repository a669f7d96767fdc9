"""A budget-lines block laid across two rows: the block's title, then each line's name left to
right (资金明细 │ 师资费 │ 场地及食宿费 │ 教材资料费 │ 合计), over its amount head and amounts
(金额（万元） │ 28 │ 46 │ 9 │ 96; the head left empty when the title states the unit). Each
column is one line; the column headed by a total word gives the block's total.

Only looked for where the budget-lines reader finds no block of rows (lines.py)."""

from __future__ import annotations

from collections.abc import Iterable

from goalbook.model import BudgetLine, Cell
from goalbook.reader.fieldlabels import clean, money_unit_of
from goalbook.reader.grid import Sheet
from goalbook.reader.pairs import AMOUNT_HEADS, is_amount_text
from goalbook.vocabulary import LINE_BLOCK_TITLES, TOTAL_WORDS

# the head of the amounts' row (金额（万元）, 预算数, 万元): a pair block's amount heads, and 资金
_AMOUNT_HEADS = AMOUNT_HEADS | {"资金"}

Across = tuple[tuple[BudgetLine, ...], Cell | None, frozenset[tuple[str, int]], str | None]


def lines_across(sheets: Iterable[Sheet], stop_rows: set[tuple[str, int]]) -> Across | None:
    """The lines, total, rows and money unit of the first block laid across of ``sheets``,
    never in rows of ``stop_rows`` (the indicator table's); None when there is none."""
    for sheet in sheets:
        for r in range(min(sheet.nrows - 1, 400)):
            if (sheet.name, r) in stop_rows or (sheet.name, r + 1) in stop_rows:
                continue
            found = _block(sheet, r)
            if found is not None:
                return found
    return None


def _block(sheet: Sheet, r: int) -> Across | None:
    cells = sheet.row_cells(r)
    if len(cells) < 3 or type(cells[0][1]) is not str:
        return None
    c0, title = cells[0]
    if not clean(title).startswith(LINE_BLOCK_TITLES):
        return None
    head = sheet.cell(r + 1, c0, spread=False)  # (none: the title says the unit, 资金明细（万元）)
    if head is not None and clean(head.text) not in _AMOUNT_HEADS:
        return None
    lines: list[BudgetLine] = []
    total: Cell | None = None
    for c, value in cells[1:]:
        name, amount = sheet.cell(r, c, spread=False), sheet.cell(r + 1, c, spread=False)
        if name is None or type(value) is not str or is_amount_text(value):
            return None  # a name is a word
        if amount is None:
            continue
        if not is_amount_text(amount.value):
            return None
        if clean(name.text) in TOTAL_WORDS:
            total = amount
        else:
            lines.append(BudgetLine(name, amount))
    if len(lines) < 2:
        return None
    unit = (money_unit_of(head.text) if head is not None else None) or money_unit_of(str(title))
    return tuple(lines), total, frozenset({(sheet.name, r), (sheet.name, r + 1)}), unit
