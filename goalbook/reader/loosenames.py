"""A loose name word over an indicator table's columns (绩效指标, 指标名称 without a tier): merged
over the three tier columns, or over a flat list's one name column."""

from __future__ import annotations

import functools

from goalbook.reader.fieldlabels import clean
from goalbook.reader.grid import Sheet
from goalbook.reader.headwords import header_key
from goalbook.reader.yearheads import QUALIFIER
from goalbook.vocabulary import LOOSE_NAME_WORDS


@functools.lru_cache(maxsize=8192)
def is_loose(text: str) -> bool:
    """The text is a loose name word (绩效指标), qualifiers aside (cached, like header_key)."""
    return QUALIFIER.sub("", clean(text)) in LOOSE_NAME_WORDS


_TIER_KEYS = ("tier1", "tier2", "name")


def loose_name(sheet: Sheet, r: int, c: int, cols: dict[str, int]) -> dict[str, int]:
    """The columns a loose name word (绩效指标) at (r, c) heads: merged over three columns with
    nothing named below, the three tiers (一级 | 二级 | 三级 by position); on one column of a
    flat list, the name; merged over two columns, nothing it can be sure of."""
    width = 1 + sum(1 for k in range(c + 1, c + 4) if sheet.anchors.get((r, k)) == (r, c))
    if any(k in cols for k in _TIER_KEYS) or not ("annual" in cols or "period" in cols):
        return cols
    if width == 3 and not _tiers_named_below(sheet, r):
        found = {**cols, "tier1": c, "tier2": c + 1, "name": c + 2}
    elif width == 1 and _flat_name(sheet, r, cols):
        found = {**cols, "name": c}
    else:
        return cols
    return dict(sorted(found.items(), key=lambda kv: kv[1]))


def _tiers_named_below(sheet: Sheet, r: int) -> bool:
    below = sheet.rows[r + 1] if r + 1 < sheet.nrows else []
    return any(
        type(v) is str and len(v) <= 30 and header_key(v.strip()) in _TIER_KEYS for v in below
    )


def _flat_name(sheet: Sheet, r: int, cols: dict[str, int]) -> bool:
    """A loose name word (绩效指标) heads the name column of row r when the row has a value
    column and names no tier and no name column, and the row below names none either (there it
    titles the tier columns of a two-row header)."""
    if any(k in cols for k in _TIER_KEYS) or not ("annual" in cols or "period" in cols):
        return False
    return not _tiers_named_below(sheet, r)
