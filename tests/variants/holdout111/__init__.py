"""111th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round nineteen (12 correct of 18, 6 with one or two
ordinary planted mistakes): values written with words (不低于95%, 不少于120人, 控制在48小时以内,
达到省级标准, 较上年提高2个百分点, 不高于上年), ranges (90%-95%, 3~5个), Chinese numerals (两批,
十二期), dates in many forms (2026年6月底前, 6月30日前, 2026.12, 第三季度), grades (良好, 显著提升,
持续改善, 无重大安全事故), tiers written once and left blank below, a 权重 column with its 合计 row,
notes in brackets after values, an empty template row kept under a tier-2 (a warning).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout111 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout111 import layouts, mistakes, words
from tests.variants.holdout111.registry import HOLDOUT111
from tests.variants.kit import Variant

MODULES = (words, layouts, mistakes)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT111, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 111th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
