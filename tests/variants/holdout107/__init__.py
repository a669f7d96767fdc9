"""107th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
one ordinary season at a city finance bureau (市级, 汀岸市, invented), round four: project returns
of 教育局, 公安局, 交通运输局, 水务局, 农业农村局, 卫健委, 医保局, 退役军人事务局, 体育局, 园林局,
供销社 and a 市属医院 on the city's standard 项目支出 form with the variations staff make (比较符
and 计量单位 columns or units in the value, tiers merged or written in every row, 指标解释
columns, percentages as Excel stores them, a 中期 column for multi-year projects, a 资金来源
block), and two 部门整体 tables. 18 returns: 10 correct, 8 with the 1–3 mistakes reviewers meet
most often (money that does not add up, years that disagree, a rate over 100 %, a rate given as
a count, operator against direction, a conflicting duplicate, 中期 copied into 年度, a missing
满意度 tier, a unit conflict, a malformed value).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout107 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout107 import departments, projects_a, projects_b, projects_c
from tests.variants.holdout107.registry import HOLDOUT107
from tests.variants.kit import Variant

MODULES = (projects_a, projects_b, projects_c, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT107, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 107th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
