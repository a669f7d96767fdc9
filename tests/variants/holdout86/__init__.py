"""86th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
one ordinary season at a city finance bureau, round two (枫泽市, invented): returns from 公安局,
检察院, 法院, 司法局, 统计局, 审计局, 住房公积金管理中心, 医疗保障局, 退役军人事务局, 信访局,
机关事务管理局 and 政务服务中心, mostly project tables on the province's standard 项目支出 form
with small variations (a 指标值说明 or 评分标准 column, 比较符 and 计量单位 columns, a 指标性质
direction column, 分值 columns, tiers merged or filled down, a 中期 column or a two-line 中期/年度
header for the multi-year ones, money in 元) and three 部门整体 tables (one a flat weighted list).
10 of the 18 returns are correct; 8 carry one to three planted mistakes of the kinds reviewers
meet most often (a rate as a count, 满意度 without %, money that does not add up, plan dates a
year off, ≥ on a 反向 indicator, a missing tier-1, a duplicate, a rate over 100 %, 中期 counts
copied into 年度).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout86 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout86 import departments, standard, variations
from tests.variants.holdout86.registry import HOLDOUT86
from tests.variants.kit import Variant

MODULES = (standard, variations, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT86, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 86th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
