"""56th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
department whole-of-budget returns, round three (部门整体支出绩效目标表 of 卫健委, 民政局,
教育局, 财政局, 机关事务管理局, 街道办事处): 年度预算 split into 基本支出 (人员经费, 公用经费)
and 项目支出, 财政拨款 and 其他资金, shares; 年度主要任务 with their amounts and a 金额合计 row;
indicators under 产出/成本/效益/满意度 or 履职目标/效果目标/管理目标; 三公经费 control,
预算执行率, 政府采购执行率, 资产管理, 重点工作任务完成率; 本级 tables with their 下属单位
stacked; flat lists with weights; 实施周期 and 年度 columns under a two-line header. 18 returns:
9 correct and 9 with one to three planted mistakes (parts not adding up, task amounts above the
项目支出, a 三公经费 with ≥ or 不低于, years copied from last year, rates as counts, rates over
100 %, a duplicate, a missing or misplaced tier, a unit conflict).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout56 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout56 import civil, education, finance, health, offices
from tests.variants.holdout56.registry import HOLDOUT56
from tests.variants.kit import Variant

MODULES = (health, civil, education, finance, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT56, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 56th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
