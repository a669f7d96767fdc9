"""135th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round twenty-six, in unusual table shapes: indicators in
two column pairs side by side (产出 and 成本 on the left, 效益 and 满意度 on the right); a name
column that holds the target as well (门诊人次≥18万人次) beside an empty value column; tier-1s
only as section rows marked ■ or 【】; a table split over three sheets by tier-1; header rows in
Chinese and English; forms that start in column C with notes in column A. 12 of the 18 returns
are correct; 6 carry 2–3 ordinary planted mistakes each (money that does not add up, a rate
over 100 %, operators against direction, a rate as a count, one indicator twice with different
targets, a 中期 count copied into 年度, a unit conflict, a doubled operator, deadlines given as
percentages, annual money above the period money).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout135 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout135 import halves, margins, sections, sheets
from tests.variants.holdout135.registry import HOLDOUT135
from tests.variants.kit import Variant

MODULES = (halves, sections, sheets, margins)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT135, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 135th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
