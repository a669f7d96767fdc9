"""A budget-lines block written as prose in one cell: 年度主要任务：1. 食品安全抽检（预算420万元）；
2. 特种设备安全监察（预算300万元）。以上合计900万元. Each numbered item with one amount is a
line (all at the cell), a 合计 after them the lines' total. Also a reckoning with its 合计 (渠道
衬砌…=32.4万元；节制闸…=9万元；合计45万元): each part a line."""

from __future__ import annotations

import re
from collections.abc import Iterable

from goalbook.model import BudgetLine, Cell
from goalbook.reader.grid import Sheet

# the label that opens such a cell (年度主要任务：, 重点工作任务：, 资金用途：)
_HEAD = re.compile(
    r"^\s*(?:年度)?(?:主要|重点)(?:工作)?任务(?:及资金安排)?\s*[:：]|^\s*资金(?:用途|安排)\s*[:：]"
)
_NUMBER = re.compile(r"(?:^|(?<=[；;。，,\s]))\s*[（(]?\d{1,2}\s*[.、．)）]\s*")
_AMOUNT = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(万元|元)")
_TOTAL = re.compile(r"(?:合计|共计|总计|小计)[^\d]{0,4}(\d[\d,]*(?:\.\d+)?)\s*(万元|元)")
_NAME_END = re.compile(r"\s*[（(,，:：]?\s*(?:预算|资金|安排|金额|经费)?\s*$")


def lines_in_cell(
    sheets: Iterable[Sheet], stops: set[tuple[str, int]]
) -> tuple[tuple[BudgetLine, ...], Cell | None, tuple[str, int]] | None:
    """The lines and total of the first cell that writes a lines block as numbered items with
    amounts (two or more), with its (sheet, row); None when no cell does."""
    for sheet in sheets:
        for r, row in enumerate(sheet.rows[:400]):
            if (sheet.name, r) in stops:
                continue
            for c, value in enumerate(row):
                if type(value) is not str:
                    continue
                found = None
                if "：" in value[:14] and _HEAD.match(value):
                    found = _items(sheet, r, c, value)
                elif ("合计" in value or "共计" in value) and ("；" in value or ";" in value):
                    found = _summed(sheet, r, c, value)
                if found is not None:
                    return found[0], found[1], (sheet.name, r)
    return None


def _items(
    sheet: Sheet, r: int, c: int, text: str
) -> tuple[tuple[BudgetLine, ...], Cell | None] | None:
    cell = sheet.cell(r, c, spread=False)
    if cell is None:
        return None
    body = _HEAD.sub("", text, count=1)
    parts = _NUMBER.split(body)
    items, rest = parts[1:], ""
    if len(items) < 2:
        return None
    last = _TOTAL.search(items[-1])
    if last is not None:  # 以上合计900万元 after the last item
        items[-1], rest = items[-1][: last.start()], items[-1][last.start() :]
    lines: list[BudgetLine] = []
    for item in items:
        amounts = list(_AMOUNT.finditer(item))
        if len(amounts) != 1:
            return None  # an item without its amount, or with several: no lines block
        name = _NAME_END.sub("", item[: amounts[0].start()]).strip(" ；;。，,")
        amount = "".join(amounts[0].groups())
        lines.append(BudgetLine(_at(cell, name), _at(cell, amount)))
    total = _TOTAL.search(rest)
    return tuple(lines), _at(cell, "".join(total.groups())) if total else None


def _summed(
    sheet: Sheet, r: int, c: int, text: str
) -> tuple[tuple[BudgetLine, ...], Cell | None] | None:
    """A reckoning written out with its 合计 (渠道衬砌1.8公里×18万元/公里=32.4万元；节制闸…=9万元；
    管护设施2.1万元；合计45万元): each part before the 合计 a line, its amount the last one it
    writes (the result after =); None unless two parts or more each write an amount."""
    cell = sheet.cell(r, c, spread=False)
    last = next(reversed(list(_TOTAL.finditer(text))), None)
    if cell is None or last is None or text[last.end() :].strip(" 。.；;）)"):
        return None  # the 合计 ends the text
    parts = [p for p in re.split(r"[；;]", text[: last.start()]) if p.strip(" ，,。")]
    lines: list[BudgetLine] = []
    for part in parts:
        amounts = list(_AMOUNT.finditer(part))
        if not amounts:
            return None
        name = _NAME_END.sub("", part[: amounts[0].start()]).strip(" ；;。，,：:")
        name = re.sub(r"[\d.×*xX]+.*$", "", name) or name  # 渠道衬砌1.8公里×… → 渠道衬砌
        lines.append(BudgetLine(_at(cell, name), _at(cell, "".join(amounts[-1].groups()))))
    if len(lines) < 2:
        return None
    return tuple(lines), _at(cell, "".join(last.groups()))


def _at(cell: Cell, text: str) -> Cell:
    return cell._replace(value=text, text=text, carried=False)
