"""63rd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
returns exported from the provincial 预算管理一体化 system and then edited by the unit (9 correct,
9 with 2–3 planted mistakes each): long column lists (项目编码, 项目名称, 一级/二级/三级指标,
指标解释, 指标值设定依据, 评（扣）分标准, 数据来源, 分值, 指标方向, 计量单位, 年度/实施期指标值),
codes in front of names (30305 生活补助, ZB001), 1/0 flags (是否核心指标, 是否必填), several
projects of one unit in one sheet with the project in every row (05-1 budget and 05-2 goal
sheets) or in a block, a cover sheet with the unit's totals, values split into 比较符 │ 数值 │ 单位
columns, two-line headers. Planted: weights not adding up within one project, a 反向 indicator
with ≥, a value in the wrong unit, a rate given as a count, a 年度 value above the 实施期 one,
a 中期 value copied into 年度, a missing 满意度 tier, a duplicate indicator with two values, money
that does not add up, years that disagree, a rate of ≥100%.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout63 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout63 import blocks, dept, rows, single
from tests.variants.holdout63.registry import HOLDOUT63
from tests.variants.kit import Variant

MODULES = (single, blocks, rows, dept)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT63, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 63rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
