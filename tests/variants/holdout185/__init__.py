"""185th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
water resources and ecology (水利局, 水务局, 生态环境分局: 小型水库除险加固, 河湖长制巡查,
农村饮水安全维修养护, 水土保持治理, 山洪灾害防治, 大气污染防治, 地表水水质监测, 农村生活污水治理),
one-year and multi-year project tables with 中期 and 年度 columns and per-座, per-处, per-公里 and
per-村 standards, three 部门整体 tables, a Shanghai-framework return in 元, two stacked pairs.

10 of the 18 returns are correct; the other 8 carry 2 planted mistakes each (16 marks) of the
ordinary kinds a reviewer sends back: 财政拨款 + 其他资金 that miss the total (in the 年度 column
of one return, the 中期 column of another), a 河道保洁单价 × 公里 above the year's money, rates
given as counts (a 合格率 in 座, a 及时率 in 次), a 合格率 of 102 %, ≥ on 反向 indicators
(投诉率, 水土流失面积, 化学需氧量排放量, 超标天数), plan dates and a deadline in 2025 under a 2026
title, the same indicator twice (once with the same target, once with another), 生态效益指标
under 产出指标, a vague value (按要求完成) on a count. The correct returns hold legitimate
look-alikes: =0人 and =0起 targets, a 增长率 ≤0%, =100% at the ceiling, a rise in 百分点, the
same 满意度 name in two stacked projects, standards × units equal to (not above) the money.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout185 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout185 import departments, periods, single, stacked
from tests.variants.holdout185.registry import HOLDOUT185
from tests.variants.kit import Variant

MODULES = (single, periods, departments, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT185, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 185th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
