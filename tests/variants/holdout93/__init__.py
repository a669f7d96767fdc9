"""93rd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round five: a standard per household a month × households × 12 above the
budget, a subsidy per 亩 × 万亩 above the budget, an amount in 元 among 万元 ones, a goal text
whose count differs from the indicator's, a range written backwards (90%-85%), 中期 smaller than
年度, a share that disagrees with its amount, a 其中 part larger than its whole, weights that sum
to 105, a deadline in a quarter after the budget year, a 满意度 given in 分 where the form asks
for %. 18 returns: 8 correct and 10 with 1–3 planted mistakes (places 枫泽县, 云岙市, 石湄区 are
invented).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout93 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout93 import correct, departments, planted
from tests.variants.holdout93.registry import HOLDOUT93
from tests.variants.kit import Variant

MODULES = (correct, planted, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT93, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 93rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
