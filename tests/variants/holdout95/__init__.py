"""95th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample.

Theme: one ordinary season at a city finance bureau (澄川市, invented), round three:
project returns of 发改委, 工信局, 科技局, 商务局, 文广旅体局, 卫健委, 民政局, 人社局,
住建局, 城管局, 市场监管局, 数据局 on the city's standard 项目支出 form with the
variations staff make (比较符 and 计量单位 columns or units in the value, tiers merged
or written in every row, 指标解释 or 备注 columns, a 权重 or 分值 column, a 指标方向
column, percentages as Excel stores them, 中期/年度 columns for multi-year projects, a
two-line header), and two 部门整体 tables. 18 returns: 10 correct, 8 with 1–3 planted
mistakes (money that does not add up, annual money above the period, plan dates a year
off, a rate over 100 %, a rate as a count, ≥ on a 反向 rate, a conflicting duplicate,
中期 counts copied into 年度, an annual count above its period, a unit conflict, a blank
tier-2, points that do not add up, a doubled operator).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout95 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout95 import departments, projects_a, projects_b, projects_c
from tests.variants.holdout95.registry import HOLDOUT95
from tests.variants.kit import Variant

MODULES = (projects_a, projects_b, departments, projects_c)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT95, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 95th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
