"""One value column holding both targets, 中期 then 年度 (a conversion or a web system joins
them): its head says so (指标值（中期/年度）) and each cell holds two values after a slash or on
two lines (≥120个/≥40个, ≥1600人次⏎≥800人次); or, under any head, each cell names them
(中期：≥120公里；年度：≥40公里). Each indicator gets its period and its annual target from the
one cell, so the two are compared as in a two-column layout."""

from __future__ import annotations

import re

from goalbook.model import Cell, Indicator
from goalbook.reader.grid import Sheet
from goalbook.targets import parse_target

# a head announcing both targets in its column: 指标值（中期/年度）, 目标值(实施期、年度)
_BOTH = re.compile(r"(?:中期|实施期)\s*[/／、]\s*(?:年度|当年)")
# where the second value starts: a line break, or a slash before an operator, a figure or a year
# (not the slash of a unit: 1次/季度, 元/人)
_SECOND = re.compile(
    r"\s*\n\s*|\s*[/／]\s*(?=[≥≤<>=＞＜≧≦±]|\d|不低于|不高于|不少于|不超过|达到|完成|全部|100)"
)


def holds_both(sheet: Sheet, row: int, col: int) -> bool:
    """Whether the value column headed at (row, col), 0-based, holds both targets in a cell."""
    return _BOTH.search(sheet.text(row, col, spread=False)) is not None


def split_both(found: list[Indicator]) -> list[Indicator]:
    """Each indicator whose one value cell holds two values, with the first as its period
    target and the second as its annual one (both at that cell); any other as it was read."""
    return [_split(ind) for ind in found]


def split_labelled(found: list[Indicator]) -> list[Indicator]:
    """Each indicator whose one value cell names both its targets (中期：≥120公里；年度：≥40公里,
    either first), split as :func:`split_both` does; any other as it was read."""
    return [_split(ind, labelled=True) for ind in found]


# 中期：≥120公里；年度：≥40公里 (or 年度 first): the period's and the year's target, each named
_NAMED = re.compile(
    r"^\s*(中期|实施期|实施周期|年度|当年)(?:目标|指标值)?\s*[:：]\s*(.+?)\s*[；;，,\n]\s*"
    r"(中期|实施期|实施周期|年度|当年)(?:目标|指标值)?\s*[:：]\s*(.+?)[；;。]?\s*$",
    re.S,
)
_YEARLY = ("年度", "当年")


def _named(text: str) -> list[str] | None:
    """The period's then the year's target of a cell that names both, or None."""
    m = _NAMED.match(text) if "：" in text or ":" in text else None
    if m is None or (m[1] in _YEARLY) == (m[3] in _YEARLY):
        return None
    return [m[2], m[4]] if m[3] in _YEARLY else [m[4], m[2]]


def _split(ind: Indicator, labelled: bool = False) -> Indicator:
    cell = ind.period or ind.annual
    if cell is None or (ind.period is not None and ind.annual is not None):
        return ind
    if labelled:
        parts = _named(cell.text) or []
    else:
        parts = _named(cell.text) or [p for p in _SECOND.split(cell.text.strip()) if p]
    if len(parts) != 2:
        return ind
    hints = (ind.unit.text if ind.unit else "", ind.op.text if ind.op else "")
    period, annual = (Cell(cell.at, p, p, cell.carried) for p in parts)
    return ind._replace(
        period=period,
        annual=annual,
        period_target=parse_target(parts[0], *hints),
        annual_target=parse_target(parts[1], *hints),
    )
