"""98th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample.

Theme: one ordinary season at a district finance bureau (区财政局, 澜溪区, invented), round
two: returns from a 街道办事处, 区教育局, 区卫健局, 区民政局, 区城管局, 区农业农村局,
区文旅局, 区住建局, 区应急局, 区退役军人事务局, a 社区 and a 区属学校: project tables on the
district's form (tiers merged or filled down, 比较符 · 计量单位 columns in some, units in the
value in others, percentages as Excel stores them, a two-line header over 中期/年度 columns,
two stacked projects, a 权重 column) and three 部门整体 tables with their budget blocks.
18 returns: 10 correct, 8 with 1–3 planted mistakes (money that does not add up, 基本+项目 ≠
合计, key tasks not adding to 金额合计, a rate as a count, ≥ on a 反向 rate or cost, years
that disagree, a duplicate and a conflicting duplicate, 满意度 without %, 中期 counts copied
into 年度, a rate over 100 %).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout98 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout98 import bureaus, departments, street
from tests.variants.holdout98.registry import HOLDOUT98
from tests.variants.kit import Variant

MODULES = (street, bureaus, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT98, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 98th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
