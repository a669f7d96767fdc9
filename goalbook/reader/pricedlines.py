"""A budget-lines block that prices its lines in columns of their own (品目 │ 数量 │ 单价（万元）│
金额（万元）, a procurement list): each line's 数量 × 单价, read as the working-out of its amount
(the rule of :mod:`goalbook.rules.basis` holds the two against each other)."""

from __future__ import annotations

from goalbook.model import Cell
from goalbook.reader.fieldlabels import clean, money_unit_of
from goalbook.reader.grid import Sheet, number_value

QUANTITY = ("数量", "采购数量", "购置数量", "补贴数量", "台数", "套数")
_PRICE = ("单价", "单台", "单套", "每台", "每套")  # (单台补贴额（万元）)


def priced_columns(sheet: Sheet, r: int, cols: dict[str, int]) -> dict[str, int]:
    """The 数量 and 单价 columns of the lines header in row r, the price's head naming its money
    unit (单价（万元）, 单价(元)); none unless both are there, right of the name and apart from the
    columns read already."""
    found: dict[str, int] = {}
    taken = set(cols.values())
    for c, value in sheet.row_cells(r):
        if type(value) is not str or c in taken or c <= cols.get("name", -1):
            continue
        text = clean(value)
        if text.startswith(QUANTITY) and "quantity" not in found:
            found["quantity"] = c
        elif text.startswith(_PRICE) and money_unit_of(value) and "price" not in found:
            found["price"] = c
    return found if len(found) == 2 else {}


def priced_basis(sheet: Sheet, header: int, r: int, cols: dict[str, int]) -> Cell | None:
    """Row r's 数量 × 单价 as a working-out (6×3.8万元), at the price's cell; None when either
    is no plain number."""
    quantity = sheet.cell(r, cols["quantity"], spread=False)
    price = sheet.cell(r, cols["price"], spread=False)
    unit = money_unit_of(sheet.text(header, cols["price"]))
    if quantity is None or price is None or unit is None:
        return None
    if not all(number_value(c.value) for c in (quantity, price)):
        return None
    text = f"{quantity.text}×{price.text}{unit}"
    return Cell(price.at, text, text)
