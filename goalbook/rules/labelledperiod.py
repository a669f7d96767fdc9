"""The period a label of the table states (实施期目标（2025—2027年）, 中期规划期 │ 2025—2027年),
for tables with no start and end fields. Used by the Y rules (:mod:`goalbook.rules.dates`), the
period checks and the years in goal texts."""

from __future__ import annotations

import re

from goalbook.model import CellRef
from goalbook.rules.common import Context
from goalbook.vocabulary import YEAR_SPAN

# a period a label gives (实施期资金总额（2025—2027年）, 中期目标（2025-2027年）)
_LABELLED_PERIOD = re.compile(YEAR_SPAN)
_PERIOD_WORDS = ("实施期", "中期", "项目期", "周期", "规划期", "滚动")


def labelled_period(ctx: Context, head_only: bool = False) -> tuple[int, int] | None:
    """The years of a period a label of the table states (实施期目标（2025—2027年）, or 中期规划期
    │ 2025—2027年 in the cell right of it) when they include the budget year: a table with no
    start and end fields may say its period so. With ``head_only`` a note on an indicator's row
    (备注 │ 实施周期2025—2027年) is not looked at: it says no more than that row's period."""
    found = labelled_period_at(ctx, head_only)
    return None if found is None else found[:2]


def labelled_period_at(ctx: Context, head_only: bool = False) -> tuple[int, int, CellRef] | None:
    """:func:`labelled_period` and the cell that states it."""
    texts = [t for t in ctx.table.texts if len(t[3]) <= 30]
    if not _LABELLED_PERIOD.search("\0".join([t[3] for t in texts])):
        return None  # no span of years in any short text (one search: most tables)
    rows: set[tuple[str, int]] | None = None  # the indicators' rows, made when first needed
    left_of: dict[tuple[str, int, int], str] | None = None
    for sheet, row, col, text in texts:
        if text.count("20") < 2 or (m := _LABELLED_PERIOD.search(text)) is None:
            continue  # (two years at least: a cheap test first, this runs over every text)
        if head_only:
            if rows is None:
                rows = {(i.sheet, i.row) for i in ctx.table.indicators}
            if (sheet, row) in rows:
                continue
        if not any(w in text for w in _PERIOD_WORDS):
            if left_of is None:
                left_of = {(t[0], t[1], t[2] + 1): t[3] for t in texts}
            label = left_of.get((sheet, row, col), "")
            if not any(w in label for w in _PERIOD_WORDS) or m.start() > 0:
                continue  # years alone, right of no period's label
        lo, hi = int(m[1]), int(m[2])
        if ctx.year is not None and lo <= ctx.year <= hi and hi - lo <= 5:
            return lo, hi, CellRef(sheet, row, col)
    return None
