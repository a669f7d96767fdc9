"""90th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
project returns of schools and hospitals (区属中小学, 职业学校, 县医院, 乡镇卫生院, 疾控中心,
妇幼保健院) on the newer form that adds 成本指标 (经济成本指标 · 社会成本指标 · 生态环境成本指标)
beside 产出 · 效益 · 满意度, mixed with returns still on the older form (成本指标 under 产出): cost
standards per student or per bed (元/生·年, 元/床日, 元/人·年) against counts and the budget, 生均
and 人均 values, 达标率 and 合格率, 门诊量 and 出院人次, 中期 columns for two-year equipment
projects, stacked projects, points columns, a flat department list, word operators in an 指标性质
column. 9 correct and 9 with 1–3 planted mistakes each (a cost standard × count above the budget,
预算执行率 listed as a cost indicator, a rate as a count, ≥ on a 反向 indicator, money that does not
add up, 满意度 without %, 中期 counts copied into 年度, a rate of ≥100 %, weights adding to 95, a
conflicting duplicate, a 计划完成日期 before the start).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout90 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout90 import hospitals, mixed, schools
from tests.variants.holdout90.registry import HOLDOUT90
from tests.variants.kit import Variant

MODULES = (schools, hospitals, mixed)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT90, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 90th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
