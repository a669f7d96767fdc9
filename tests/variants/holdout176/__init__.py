"""176th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
transport and roads (交通运输局 and 公路事业发展中心: 农村公路养护, 危桥改造, 公交车辆更新补贴,
客运站运营补助, 道路运输安全监管执法, 治超站运行, 航道疏浚, 交通运输综合执法装备): one-year and
multi-year project tables (中期 and 年度 columns, one with two complete column sets, per-公里,
per-座, per-辆, per-个, per-台 and per-套 standards, operator, direction, unit and weight
columns, percent cells, footnotes and signature lines), three 部门整体 tables of a county and two
city units with their own money blocks, and one pair of stacked projects.

10 of the 18 returns are correct; their look-alikes are legitimate: =0起 accident counts, a
"三公"经费增长率 of ≤0%, 超限率, 事故 and 投诉数量 capped with ≤, a standard × count equal to the
money, equal 实施周期 and 年度 values in a one-year department table, the same indicator name in
two stacked projects. The other 8 carry 1–3 planted mistakes each: money that does not add up
(资金总额 ≠ 财政拨款 + 其他资金, the 中期 column only, 基本支出 + 项目支出 ≠ 资金总额), a per-辆
standard × the vehicles above the year's money, a rate given as a count (公里, 班次), rates over
100 %, ≥ on 反向 indicators (超限率, 投诉数量, 事故率), a title year that disagrees with the plan
dates, a deadline in the next year of a one-year table, an annual count above the 中期 count, a
duplicate and a conflicting duplicate indicator, 服务对象满意度指标 under 效益指标, a vague value
(定期开展) for a count.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout176 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout176 import departments, periods, single
from tests.variants.holdout176.registry import HOLDOUT176
from tests.variants.kit import Variant

MODULES = (single, periods, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT176, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 176th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
