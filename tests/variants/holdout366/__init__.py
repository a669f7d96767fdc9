"""The 366th held-out set: 18 invented returns on glacier and permafrost (冰川/冻土) monitoring
stations and their data, with a careful reviewer's marks (domain.md), to measure
``goalbook check`` out of sample. Places, units, people, phone numbers and figures are invented
(雪岭州, 霜岩冰川, 冷泉沟 …); budget year 2026, money in 万元 unless said otherwise.

Layouts. ``glacier`` (vl01–vl06): project heads (heads.project_head) with operator and unit
columns and typed percents, two projects stacked in one sheet, tier labels numbered with points
under the headers 指标内容 / 绩效标准, abbreviated NAT-2021 labels under 预期目标.
``permafrost`` (vl07–vl12): three-year projects with 中期 and 年度 columns, 指标性质 as
direction and 指标方向 as operator in words with a unit column, tier-1 and indicator score
columns, a weight column with a 说明 row, a header repeated after a page break, a 合计 row,
footnotes, 填表说明 and signature lines. ``datasets`` (vl13–vl18): department heads
(heads.department_head) with tasks and 金额合计, flat lists in two column orders, a
budget-system export (codes in the first columns, money on 部门项目支出预算05-1, indicators on
部门项目支出绩效目标05-2 under a header on row 3), detail lines under a table, headers 考核指标 /
目标值（年度） / 评价标准.

Planted mistakes (return: code, highest accepted severity, place):

* vl02-glacier-percent-wrong: B105 error at 其他资金 (150,000.00元 in a 万元 block), with B101
  tolerated at book level; T106 error at the typed 105% of 预警信息发布及时率.
* vl04-glacier-stacked-defects: B101 error at the second project's 年度资金总额 (60 + 10 ≠ 75);
  T108 warning, row, at 航片重叠区漏测率 ≥3%.
* vl06-glacier-template-rows: F105 error at the tier-2 生态效益 under 产出; F109 warning, row,
  at the template tier-2 社会成本 left empty; F110 error at the empty name of a row valued ≥2份.
* vl08-permafrost-period-copied: D204 warning at the 年度目标 copied from the 中期目标; D202
  warning at the annual cells of 活动层观测场建设数量 and 融化深度探针测量次数.
* vl09-permafrost-direction: T108 warning, row, at the 指标方向 cells of 冻胀形变监测点数
  (正向, 小于等于), 冻融灾害漏报率 (反向, 大于等于) and 单个监测点年运维成本 (等于 on a cost cap).
* vl11-permafrost-points-wrong: W103 error at the 产出指标 score 50 (indicators add to 45), with
  W101 tolerated at book level; T105 error at 钻孔测温数据完整率 ≥12个.
* vl14-data-flat-defects: W101 error at book level (weights add to 95); T112 error at
  存储扩容采购成本 ≤12万元 against the unit column 台.
* vl16-data-department-money: B101 error, row, at 资金总额 410 (基本支出 160 + 项目支出 240);
  B102 error at 金额合计 240 (tasks 150 + 95).
* vl17-data-artefacts: X105 warning (alt X103) at 财政拨款 ``106.537 5``; X106 error (alt
  B108) at the detail line ``40万40万(含运输)``.

Legitimate look-alikes in the correct returns: typed percents with a unit column left empty
(vl01) or holding % (vl13); ≤ on a 故障率 (vl01); the same indicator name with different values
in two stacked projects (vl03, and the first project of vl04); 0.00万元 as 其他资金 (vl05, vl10,
vl12, vl15); unit cost × count equal to the money (vl03, vl12); annual counts below the period
and rates and unit costs equal in both columns (vl07); 人工巡检频次下降率 ≥30% and
观测数据缺测率下降率 ≥20% (a reduction written as a positive rate, vl07, vl18); ≥3百分点 on a
rate raise and tier and indicator scores both adding to 100 (vl10); a 说明 row, a repeated
header, a 合计 row and a fill date in 2025 (vl12, vl01, vl13, vl18); 网络安全事件发生次数 = 0起 and
观测站安全生产事故 0起 (vl13, vl18); =100% on a 通过率 (vl11, not marked).

Judgements: the D202 marks are on cumulative counts only (rates, unit costs and the deadline
keep their value); 漏测率 with ≥ is marked as a direction conflict, not an impossibility; the
bare 90% on satisfaction in vl18 is tolerated up to a warning but not asked for; the =
operator on a cost cap (vl09) is marked T108 as domain.md rule 7 lists it with the direction
checks; in vl11 the tier-1 scores add to 100, so the indicator total of 95 is the same slip as
the W103 mark and W101 is only tolerated.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout366 import datasets, glacier, permafrost
from tests.variants.holdout366.registry import HOLDOUT366
from tests.variants.kit import Variant

MODULES = (glacier, permafrost, datasets)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT366, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 366th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
