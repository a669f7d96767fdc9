"""The one place an :class:`Indicator` is built from a row's cells, for both ways of reading
a table (by position: goalbook's own templates; by content: official layouts), with a rolling
table's later years and the note for a row whose name is missing."""

from __future__ import annotations

import re

from goalbook.model import Cell, CellRef, Indicator, ReadNote, TargetKind
from goalbook.reader.grid import Sheet
from goalbook.reader.rows import is_value
from goalbook.spelling import fold
from goalbook.targets import parse_target
from goalbook.vocabulary import VALUE_TYPES

VALUE_KEYS = ("period", "annual")
# a rate's unit said at the end of its name (损耗率下降（百分点）, 合格率（%）), no unit column
_RATE_SIGN = re.compile(r"[（(]\s*([%％‰‱]|百分点)\s*[)）]\s*$")


def _rate_sign(name: str) -> str:
    """The unit a rate's bare value is in by its name (果品损耗率下降（百分点） │ ≥2), or ""."""
    m = _RATE_SIGN.search(name) if name.endswith(("）", ")")) else None
    return m[1] if m is not None else ""


def new_indicator(
    r: int, sheet: str, cells: dict[str, Cell | None], shifted: bool, flat: bool = False
) -> Indicator:
    """The one place an :class:`Indicator` is built, for both ways of reading a row: from its
    cells by column key (0-based row ``r``), the targets parsed with the unit and operator
    columns as hints."""
    get = cells.get
    period, annual, unit, op = get("period"), get("annual"), get("unit"), get("op")
    direction, declared = get("direction"), get("declared")
    if declared is None and direction is not None and fold(direction.text) in VALUE_TYPES:
        declared = direction  # 定性 in a direction column declares the value's type
    name = get("name")
    said = unit.text if unit else _rate_sign(name.text) if name else ""
    hints = (said, op.text if op else "")
    if name is not None and name.text[0] in _NUMBER_FIRST:  # (1) 维护路灯, ①…, 1.2.1 …
        numbered = _NAME_NUMBER.match(name.text)
        if numbered and len(name.text) - numbered.end() >= 2:
            name = name._replace(text=name.text[numbered.end() :])
    if name is not None and " " in name.text:  # 受援群众满 意 度: spaces a paste left in a word
        name = name._replace(text=_IN_WORD_SPACE.sub("", name.text))
    return _new(  # positional, in the field order of Indicator (a third of the keyword cost)
        Indicator,
        (
            r + 1,
            sheet,
            get("tier1"),
            get("tier2"),
            name,
            period,
            annual,
            op,
            unit,
            direction,
            get("weight"),
            get("tier_weight"),
            declared,
            parse_target(period.value, *hints) if period else None,
            parse_target(annual.value, *hints) if annual else None,
            shifted,
            flat,
            (),
            get("deadline"),
        ),
    )


_new = tuple.__new__
# the number an office writes before an indicator's name ((1) 维护路灯, （2）, ①, 1.1.1 , 3、):
# no part of the name, which messages quote and duplicates compare without it
_NUMBER_FIRST = frozenset("(（①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳0123456789")
_NAME_NUMBER = re.compile(
    r"(?:[（(]\s*\d{1,2}\s*[)）]|[①-⑳]|\d{1,2}(?:\.\d{1,2}){0,3}\s*[、.．)）](?!\d)"
    r"|\d{1,2}(?:\.\d{1,2}){1,3}\s+)\s*"
)
_IN_WORD_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def with_later(ind: Indicator, sheet: Sheet, r: int, later: tuple[int, ...]) -> Indicator:
    """The indicator of row r with its later years' values (a rolling table's 2027年 · 2028年
    columns), each parsed with the row's unit and operator columns as hints; a value merged
    across from the year before (逐年扩大 over all years) is that year's, not read again."""
    hints = (ind.unit.text if ind.unit else "", ind.op.text if ind.op else "")
    found = []
    for c in later:
        cell = sheet.cell(r, c)
        if cell is not None and not cell.carried and cell.text:
            found.append((cell, parse_target(cell.value, *hints)))
    return ind._replace(later=tuple(found)) if found else ind


def with_upper(ind: Indicator, sheet: Sheet, r: int, c: int) -> Indicator:
    """The indicator of row r with its range's upper bound in column c (指标值 over 下限 │ 上限):
    both bounds are the range (18 │ 22 万元/处: 18～22); the upper alone is the value, ≤ it
    unless the operator column says otherwise (read at its cell); the lower alone, as read."""
    upper = sheet.cell(r, c)
    if upper is None or upper.carried or not upper.text or not is_value(upper):
        return ind
    unit = ind.unit.text if ind.unit else ""
    if ind.annual is None or not ind.annual.text:
        op = ind.op.text if ind.op is not None and ind.op.text in ("≤", "<", "=") else "≤"
        return ind._replace(annual=upper, annual_target=parse_target(upper.value, unit, op))
    return ind._replace(annual_target=parse_target(f"{ind.annual.text}～{upper.text}", unit, ""))


def name_missing(ind: Indicator, cols: dict[str, int]) -> ReadNote | None:
    """F110 at the empty name cell: an indicator row with a target value in its column but no
    name, read as it stands (a realigned row is not sure enough to call the name missing)."""
    if ind.name is not None or ind.shifted or "name" not in cols:
        return None
    held = ((ind.period, ind.period_target), (ind.annual, ind.annual_target))
    if not any(
        c is not None and (is_value(c) or (t is not None and t.kind is TargetKind.GRADE))
        for c, t in held
    ):  # (a state such as 持续运营 is a value too)
        return None
    at = CellRef(ind.sheet, ind.row, cols["name"] + 1)
    return ReadNote("F110", at, {"row": str(ind.row), "tiers": ind.tiers})
