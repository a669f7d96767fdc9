"""141th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round twenty-eight: layouts typed by hand in WPS, with an
empty spacer column between every two columns, tier-2 labels merged across two columns, one cell
holding both targets (中期：≥100个；年度：≥30个) under one 指标值 head, vertical text in merged
tier-1 cells (产\\n出\\n指\\n标), indicator numbers as their own column (1.1, 1.2, 2.1), the 指标值
split into 比较符 │ 数值 │ 单位 with the unit left out where the name carries it, a table
continued on a second sheet named 续表. 12 returns are correct; 6 carry one or two ordinary
planted mistakes (a total that does not add up, a rate above 100 %, a 中期 count copied into
年度, an annual count above its period count, ≥ on a complaint rate, a rate given as a count,
plan dates of the year before, ≤ on a count, a unit conflict, a duplicate on the 续表 sheet, a
missing 效益指标, a placeholder).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout141 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout141 import continued, mistakes, spacers
from tests.variants.holdout141.registry import HOLDOUT141
from tests.variants.kit import Variant

MODULES = (spacers, continued, mistakes)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT141, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 141st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
