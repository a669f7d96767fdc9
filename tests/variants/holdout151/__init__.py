"""151th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round twenty-one (8 correct, 10 with one to three planted mistakes a careful
reviewer marks and a hurried one misses): 财政拨款 + 其他资金 that miss the 年度资金总额 (project
and department), a 中期 rate below the 年度 one for a rate that should not fall, a 时效 deadline
after the 计划完成日期, a 成本指标 written with ≥, a 满意度 of 0.9 stored in a General cell, weights
adding to 100 while one indicator has none, a 数量指标 placed under 效益指标, a 覆盖率 given as a
count of villages, a 中期目标 text identical to the 年度目标 text.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout151 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout151 import mixed, more, projects
from tests.variants.holdout151.registry import HOLDOUT151
from tests.variants.kit import Variant

MODULES = (projects, mixed, more)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT151, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 151th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
