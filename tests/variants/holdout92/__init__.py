"""92nd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample.
Theme: one ordinary season at a county finance bureau (榆溪县, invented), round four: project
returns from 农业农村局, 水利局, 交通运输局, 乡村振兴局, 民政局, 残联, 医疗保障局, 人社局,
自然资源局, 住建局, 林业局, 商务局, mostly on the province's standard 项目支出 form with the
variations staff make (比较符 and 计量单位 columns or units in the value, tiers merged or
written in every row, a 备注 column, percentages as Excel stores them, 分值 columns, 中期/年度
columns, two stacked projects) and two 部门整体 tables. 18 returns: 10 correct, 8 with the
mistakes reviewers meet most often (money that does not add up, a year that disagrees, a rate
as a count, 满意度 without %, a 反向 indicator with ≥, a missing tier, a duplicate, a rate
over 100 %, a cost standard × count above the budget, a deadline after the budget year, 中期
counts copied into 年度).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout92 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout92 import closing, projects, variations
from tests.variants.holdout92.registry import HOLDOUT92
from tests.variants.kit import Variant

MODULES = (projects, variations, closing)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT92, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 92nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
