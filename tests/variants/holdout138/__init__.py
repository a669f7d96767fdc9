"""138th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round twenty-seven: workbooks as offices really send them
— a 封面 sheet and a 填报说明 sheet before the table, one sheet per project plus a 汇总 sheet, a
hidden sheet of dropdown lists (with data validation on the tier columns), formulas for totals
that carry their cached values, money in 会计专用 and custom formats (#,##0.00"万元",
0.0000"万元", #,##0.00"元", negatives in brackets), thousands separators typed as text
(1,250.00), cell comments holding explanations, frozen panes and print titles, a table that
begins under a logo-sized blank area.

16 returns: 10 correct, 6 with one ordinary planted mistake each (a total typed over its
formula, a rate above 100 %, ≥ on a complaint rate, plan dates of the year before, a rate given
as a count, a cumulative count copied from the 中期 column into the 年度 one).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout138 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout138 import formats, periods, projects, sheets
from tests.variants.holdout138.registry import HOLDOUT138
from tests.variants.kit import Variant

MODULES = (projects, formats, sheets, periods)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT138, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 138th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
