"""A table whose period and annual targets stand in two column sets side by side (中期指标 │ … │
年度指标 │ …): the sets joined into one indicator a row where their names agree."""

from __future__ import annotations

from goalbook.frameworks import label_key
from goalbook.model import Indicator
from goalbook.reader.fieldlabels import clean


def indicator_key(ind: Indicator) -> tuple[str, str]:
    """What makes a period's indicator and a year's one: its tier-2 and its name."""
    return (label_key(ind.tier2.text) if ind.tier2 else "", clean(ind.label))


def merge_sets(period: list[Indicator], annual: list[Indicator]) -> list[Indicator]:
    """Join the period and annual column sets: one indicator where the names agree."""
    key = indicator_key
    waiting: dict[tuple[str, str], list[Indicator]] = {}
    tier1_of_row = {}  # the year's set has no tier-1 column: a row's tier-1 is the period set's
    for ind in period:
        waiting.setdefault(key(ind), []).append(ind)
        if ind.tier1 is not None:
            tier1_of_row[(ind.sheet, ind.row)] = ind.tier1
    out = []
    for ind in annual:
        match = waiting.get(key(ind))
        if match:
            first = match.pop(0)
            out.append(first._replace(annual=ind.annual, annual_target=ind.annual_target))
        elif ind.tier1 is None and (ind.sheet, ind.row) in tier1_of_row:
            out.append(ind._replace(tier1=tier1_of_row[(ind.sheet, ind.row)]))
        else:
            out.append(ind)
    out += [ind for rest in waiting.values() for ind in rest]
    return sorted(out, key=lambda i: (i.row, i.annual.at.col if i.annual else 0))
