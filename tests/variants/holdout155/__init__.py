"""155th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
veterans' affairs, the disabled persons' federation and mass organisations (退役军人事务局:
优抚对象抚恤补助, 退役士兵适应性培训, 烈士纪念设施修缮及光荣院, 退役军人服务站, 就业创业扶持;
残联: 康复救助, 辅助器具适配, 职业技能培训, 无障碍改造; 妇联, 共青团, 红十字会: 妇女儿童维权,
青少年活动与心理健康, 青年志愿服务, 应急救护培训, 人道救助, 造血干细胞志愿者招募), county and
city units, one-year and multi-year project tables, three 部门整体 tables and two stacked projects.

10 of the 18 returns are correct; the other 8 carry 2–3 planted mistakes of the ordinary kinds a
reviewer sends back (17 marks): 财政拨款 + 其他资金 that miss the total (in both columns, or in
the 中期 column only), key tasks that miss their 金额合计, a rate given as a count (a 合格率 in 人,
a 结项率 in 个), a rate over 100 % (a 105 % percent cell, a 年度 ≥105 with the unit %), an
operator against the direction (a 投诉率 and a 发生率 with ≥), plan dates and a deadline of the
year before the table's year, the same indicator under two tier-2s, a tier-2 under the wrong
tier-1 (可持续影响指标 under 产出指标, 经济成本指标 under 产出指标), a slogan as a target value.
The correct returns hold legitimate look-alikes: a =0起 accident count, a 增长率 ≤0%, a 100%
cell without an operator, a fill date of the year before, the same 满意度 name in two stacked
projects, a standard × count equal to the money, equal 实施周期 and 年度 values in a one-year
department table, a weight column adding up to 100.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout155 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout155 import departments, periods, projects, stacked
from tests.variants.holdout155.registry import HOLDOUT155
from tests.variants.kit import Variant

MODULES = (projects, periods, departments, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT155, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 155th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
