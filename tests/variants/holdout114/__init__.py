"""114th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round twenty (12 correct of 18; the other 6 with one or
two ordinary planted mistakes): phased deadlines (一期2026年9月底前完成、二期12月底前), values with
以上/以下/不超过/至少/力争, per-unit standards with compound units (元/人·月, 万元/公里, 元/平方米,
元/托位·月), rates against a stated base (较2025年下降10%以上, 提高5个百分点以上), counts with
ranges (3-5次, 4-6期), grades and yes/no values (是, 达标, 合格, 达到B级以上), cost indicators
in 元 while the budget is in 万元, 权重 per tier-3 with a 合计 of 100, notes and
sources written beside values (备注, 数据来源, 指标值设定依据).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout114 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout114 import layouts, mistakes, projects
from tests.variants.holdout114.registry import HOLDOUT114
from tests.variants.kit import Variant

MODULES = (projects, layouts, mistakes)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT114, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 114th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
