"""74th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
one ordinary season at a county finance bureau (柘川县), round two: returns from 公安, 司法,
应急管理, 林业, 水务, 科技, 档案, 统计, 机关事务 and 退役军人 offices, most on the province's
standard 项目支出 form with small variations (a 备注 column, a 比较符 column, units in their own
column or inside the value, a 指标方向 column, a two-line header with 分值, a 指标值设定依据
column, 中期 and 年度 columns, two projects stacked), three 部门整体 tables (one exported from
the budget system on two sheets, header on row 3, tiers filled down). 10 correct and 8 with one
to three planted mistakes (a rate as a count, money that does not add up, a year that
disagrees, a 反向 indicator or a cost cap with ≥, a missing 满意度 tier, a duplicate, 满意度
above 100 %, 中期 counts copied into 年度).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout74 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout74 import departments, forestry_water, police_justice, veterans
from tests.variants.holdout74.registry import HOLDOUT74
from tests.variants.kit import Variant

MODULES = (police_justice, forestry_water, departments, veterans)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT74, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 74th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
