"""The money unit of a table's header fields: stated in labels (``项目资金（万元）``,
``金额单位：万元``, 金额单位 │ 万元), in a money block's title (its own amounts' unit), or carried
by amounts themselves (``200000.00元``, from the text or the number format); B105 when they
disagree. Read by :func:`goalbook.reader.fields.read_fields` over every text cell."""

from __future__ import annotations

import re

from goalbook.layout import FIELDS, money_keys
from goalbook.model import Cell, CellRef, ReadNote
from goalbook.reader.amountcells import MONEY_SPELLED, is_amount
from goalbook.reader.fieldlabels import clean, money_unit_of
from goalbook.reader.grid import Sheet
from goalbook.vocabulary import MONEY_UNITS, MONEY_WORDS

_MONEY_UNIT = "|".join(MONEY_UNITS)
_MONEY_NOTE = re.compile(rf"(?:金额)?单位[:：]\s*({_MONEY_UNIT})")
_VALUE_UNIT = re.compile(rf"\d\s*({MONEY_SPELLED})\s*(?:[（(].*)?$")
# every money field's label, of either kind (their unit in brackets is the money unit)
_ALL_MONEY_LABELS = frozenset(
    clean(s) for fields in FIELDS.values() for f in fields if f.key in money_keys(fields)
    for s in (f.zh, *f.aliases)
)  # fmt: skip
_UNIT_LABELS = frozenset(("单位", "金额单位", "资金单位", "计量单位（金额）"))


def unit_pair(sheet: Sheet, r: int, c: int, text: str) -> str:
    """A money unit given as a label and its value (金额单位 │ 万元) read as the one text
    金额单位：万元; any other text as it is."""
    if text.rstrip("：:") not in _UNIT_LABELS:
        return text
    after = [v for v in sheet.rows[r][c + 1 : c + 4] if type(v) is str and v.strip()]
    return f"金额单位：{after[0].strip()}" if after else text


def own_unit(sheet: Sheet, r: int, c: int, text: str) -> bool:
    """A unit that is its column's own, not the table's: a list's column head over amounts
    (金额（元） over the lines of a procurement list), or a standard's (亩均补助（元）)."""
    if any(w in text for w in ("均", "单价", "标准")):
        return True
    return is_amount(sheet.cell(r + 1, c)) and is_amount(sheet.cell(r + 2, c))


# a block's title (资金来源（元）, 经费构成, 资金分配表（单位：元）, 资金测算（单位：元）): its
# amounts' own unit, not the table's
_BLOCK_TITLE = re.compile("(?:资金|拨款|经费)(?:来源|构成)|分配|测算|明细|分项|资金安排")


class Units:
    """The money units met: in labels (``项目资金（万元）``, ``金额单位：元``) and in amounts
    that carry their own (``200000.00元``, from the text or the number format)."""

    def __init__(self) -> None:
        self.labels: dict[str, CellRef] = {}
        self.stated: dict[str, dict[str, CellRef]] = {}  # the labels' units, sheet by sheet
        self.money_sheets: set[str] = set()  # the sheets of the table's money fields
        self.values: dict[str, CellRef] = {}
        self.blocks: dict[str, CellRef] = {}  # units a money block's title states

    def label(self, text: str, sheet: str, r: int, c: int) -> None:
        """A text at 0-based (r, c) of ``sheet`` (its CellRef is made only for a unit met first:
        this is asked of every text cell)."""
        unit = None
        if "单位" in text and (m := _MONEY_NOTE.search(text)):
            unit = m[1]
        elif len(text) <= 30 and (found := money_unit_of(text)) is not None:
            if any(w in text for w in MONEY_WORDS) or clean(text) in _ALL_MONEY_LABELS:
                unit = found
        if unit is not None:
            # a 资金来源（万元） block's title states its own amounts' unit: no mixing with the
            # head's (项目资金总额（元）), and the table's only when nothing else states one
            block = _BLOCK_TITLE.search(text) is not None
            kept = self.blocks if block else self.labels
            if unit not in kept:
                kept[unit] = CellRef(sheet, r + 1, c + 1)
            if not block:
                self.stated.setdefault(sheet, {}).setdefault(unit, CellRef(sheet, r + 1, c + 1))

    def only_on(self, sheets: set[str]) -> None:
        """Keep the units stated on the sheets that hold the table's money fields, when one of
        them states any: another sheet's 单位：万元 (over a budget system's goal sheet, whose
        amounts carry their own units) states no unit of them, and mixes none."""
        self.money_sheets = sheets
        if not sheets & self.stated.keys():
            return
        self.labels = {}
        for sheet, units in self.stated.items():
            if sheet in sheets:
                for unit, at in units.items():
                    self.labels.setdefault(unit, at)

    def value(self, cell: Cell) -> None:
        if isinstance(cell.value, str) and (m := _VALUE_UNIT.search(cell.text)):
            self.values.setdefault("元" if m[1] == "元" else "万元", cell.at)

    def unit(self) -> str | None:
        for found in (self.labels, self.values, self.blocks):
            if len(found) == 1:
                return next(iter(found))
        return None

    def notes(self) -> tuple[ReadNote, ...]:
        every = {**self.values, **self.labels}
        if len(every) < 2 or self._sheet_by_sheet():
            return ()
        stated = self.unit()
        odd = [at for unit, at in self.values.items() if stated is not None and unit != stated]
        at = min(odd) if odd else sorted(every.values())[-1]
        return (ReadNote("B105", at, {"units": "、".join(sorted(every))}),)

    def _sheet_by_sheet(self) -> bool:
        """Each sheet states one unit, and no amount carries another: the units differ only
        from sheet to sheet (a budget system's money sheet in 元, its goal sheet under 单位：
        万元), each sheet's amounts in its own, the table's money on one of them; nothing
        mixed."""
        if self.values or len(self.money_sheets & self.stated.keys()) > 1:
            return False
        return all(len(units) == 1 for units in self.stated.values())
