"""77th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
one ordinary season at a provincial finance department (岚川省, invented): project tables of 省直
departments (教育厅, 科技厅, 农业农村厅, 水利厅, 卫健委, 人社厅, 自然资源厅, 交通运输厅, 体育局, a
省属高校 and a 省属医院), most on the province's standard 项目支出 form with small variations (a
指标权重 column, a 指标值说明 or 评（扣）分标准 column, 中期 and 年度 columns for multi-year
projects, a two-line header, units in their own column or in the value, a 比较符 column in
words, a 指标方向 column, tiers filled down, two projects stacked), two 部门整体 tables and one
export of the budget system (sheets 05-1 and 05-2, header on the third row, footer).

18 returns, 10 correct and 8 with the mistakes reviewers meet most often: money that does not
add up, plan dates from last year, a rate as a count, a rate above 100 %, a 反向 rate with ≥, a
conflicting duplicate, an exact duplicate, a missing 满意度指标, 中期 counts copied into 年度,
weights adding up to 95.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout77 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout77 import departments, periods, projects, scored
from tests.variants.holdout77.registry import HOLDOUT77
from tests.variants.kit import Variant

MODULES = (projects, periods, departments, scored)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT77, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 77th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
