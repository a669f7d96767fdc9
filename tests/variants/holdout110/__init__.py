"""110th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample.
Theme: one ordinary season at a county finance bureau (松岙县, invented), round five: project
returns of 县教育局, 县卫健局, 县民政局, 县人社局, 县住建局, 县交通运输局, 县水利局, 县林业局,
县文旅局, 县应急局, two townships (溪口镇, 石门乡) and the 县人民医院 on the county's standard
项目支出 form with the variations staff make (比较符 and 计量单位 columns or units in the value,
tiers merged or written in every row, 指标解释 and 备注 columns, operators in words, a 权重
column, percentages as Excel stores them, 中期 columns for multi-year projects, a 资金来源
block, a two-line header) and two 部门整体 tables. 18 returns: 10 correct (lp01–lp10), 8 with
1–3 planted mistakes (lp11–lp18: totals or task sums that do not add up, a plan date in another
year, a rate over 100 %, a rate as a count, an operator against direction, a conflicting
duplicate, a missing 满意度 tier, 中期 counts copied into 年度, an annual count above the
period, a unit conflict, 预算执行率 as a cost indicator, ``=`` on a satisfaction rate).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout110 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout110 import correct, mistakes
from tests.variants.holdout110.registry import HOLDOUT110
from tests.variants.kit import Variant

MODULES = (correct, mistakes)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT110, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 110th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
