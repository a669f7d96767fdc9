"""178th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round thirty (8 correct of 18; the other 10 carry 1–2 planted mistakes a
careful reviewer marks and a hurried one misses): a 中期资金总额 in the head that is not the sum
of the money of the years of a multi-year project (twice), a per-公里 standard × the kilometres
above the year's money, a 及时率 given as ≥95天, a completion date in 2027 in a one-year 2026
table (twice), a 满意度 written ≤90%, a 年度目标 naming 3座 while the indicator says 4座, a 合格率
of 105% (three times), the same tier-3 twice under one tier-2 with the same value (twice), a 成本
indicator whose unit column says 元 (元/亩) while its value is a percentage (twice), a 效益
indicator copied into 产出 with another value. The correct returns hold legitimate look-alikes:
a 成本节约率 ≤10%, 下降率 ≥5%, a 增长率 ≤0%, =0起 accident counts, multi-year 中期 counts two or
three times the 年度 ones with a 中期 date in a later year, standards × counts within (or equal
to) the money, the same indicator name in two stacked projects.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout178 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout178 import departments, periods, single, stacked
from tests.variants.holdout178.registry import HOLDOUT178
from tests.variants.kit import Variant

MODULES = (single, periods, departments, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT178, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 178th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
