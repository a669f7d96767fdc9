"""The 741st held-out set: 18 invented returns of 榆澜市审计局 (a city audit bureau) and its
units, on a big-data audit platform, outsourced audit-service purchases and auditors'
professional training, with a careful reviewer's marks. Its aim is checks across the table:
most planted mistakes are found only by comparing one part of a return with another.

Layouts: project heads (one-year, two-year, three-year with 中期 and 年度 columns), department
heads with budget, tasks and 金额合计, two projects stacked in one sheet, a flat list with
weights, a budget-system export (sheets 05-1 and 05-2, codes in the first columns, header on
the third row), a table on a second sheet with its header repeated after a page break, tier
labels numbered (一、产出指标, （一）数量指标), with points (产出指标（45分）), marked (*产出,
★数量) or abbreviated, a tier-1 score column, operators and directions in their own columns,
two-row headers, 注 / 说明 / 填表说明 rows, 合计 rows, signature and date lines.

Planted mistakes (return: code, highest accepted severity, place):

* kbw02-data-centre-three-year: D104 ≤warning at 区县数据归集数's 年度 value (row; 年度目标 says
  12, indicator ≥10); D201 ≤error at 建成审计分析模型's 年度 value ≥80 against 中期 ≥60 (alt
  D104); D202 ≤warning at 审计人员数据分析培训's 年度 value copied from 中期.
* kbw04-analysis-reports: D102 ≤error at 专题数据分析报告编制数 20 (row; alt D103, D101, D104)
  against 专题数据分析报告 24; F201 ≤warning at 分析报告质量评审优良率 under 时效 (row); Y102
  ≤error at the deadline 2024年11月30日 in a 2025 project (alt Y103, Y101).
* kbw06-hardware-expansion: B107 ≤warning at 服务器采购单价 ≤8万元/台 (row; × 40台 = 320 > 260
  and > 硬件购置 120); B102 ≤error at the detail 合计 260 (alt B101; lines add to 255).
* kbw09-settlement-audits: D104 ≤warning at 委托结算审计项目数 ≥35个 (row; goal 40); B107
  ≤warning at 单个项目审计服务费 ≤6万元/个 (row; × 40 = 240 > 200); F201 ≤warning at
  被审计单位满意度 under 社会效益指标 (row).
* kbw11-economic-responsibility: Y101 ≤error book level (alt Y102; 2025 title, plan dates in
  2024); X101 ≤error at the template example row ≥XX% (row); F110 ≤error at an empty name cell.
* kbw12-quality-review: T105 ≤error at 委托审计报告复核覆盖率 40 份 (row); T108 ≤warning at the
  反向 差错率's 大于等于 (row; alt D104, the goal says below 3%).
* kbw14-induction-points-wrong: W103 ≤error at 效益指标's score 30 (indicators 10 + 15); D104
  ≤warning at 岗前培训人数 ≥100人 (row; goal 120); F201 ≤warning at 岗前培训班期数 under 质量
  (row). W101 (indicator scores total 95) is tolerated at book level, not required.
* kbw15-cadre-three-year: B103 ≤error at 年度资金总额 320 > 中期 300; D204 ≤warning at the
  年度目标 cell (copied from 中期目标); D202 ≤warning at 培训审计干部人次's 年度 value.
* kbw17-backbone-study: Y103 ≤warning at the 年度绩效目标 cell naming 2023年度 (alt Y101); D102
  ≤error at 结业考核合格率 ≥90% (row; alt D103, D101) against 研修结业考核合格率 ≥95%; Y102
  ≤error at 研修成果汇编完成时间 2026年3月31日前 (alt Y103).

Legitimate look-alikes in the correct returns: goal totals with parts in brackets and the parts
as indicators (kbw01 45 = 30 + 15, kbw07 800 with 120, kbw10 100 with 45 for 2025, kbw13 600
with 200); a later year the work prepares for (kbw03 为2026年推广, kbw16 为2026年推行); 2024年度
业务数据 as the data collected in 2025 (kbw05); 中期 counts above the year's, rates, unit costs
and time limits equal in both columns (kbw10); 0起 on incident counts, also in both columns of
kbw10; a 下降率 with ≥ (kbw01, kbw12's look-alike row); =100% and typed 100% at the ceiling;
比上年提高≥5百分点 / 提高≥3百分点 on rates (kbw01, kbw13); points both at tier and indicator
level adding to 100 each (kbw13) and a 合计 row; unit cost × count within or equal to the money
(kbw01 270 ≤ 380, kbw04 96 = 96, kbw07 360 ≤ 380, kbw10 550 ≤ 600 and 247.5 ≤ 280, kbw13 120 ≤
150, kbw16 100 ≤ 120, kbw17 36 = 36, kbw18 90 ≤ 95); the same satisfaction indicator with
different values in two stacked projects (kbw05); fill dates in November 2024.

Judgements: kbw02's ≥80 models is both above the period and against the goal's 20: D201 is asked
for, D104 accepted. kbw06's server cost is compared with the hardware line (120) and the whole
money (260); it exceeds both, a warning because ≤ is a cap. kbw09's fee exceeds the money with
the goal's 40 or the indicator's 35. kbw11's indicator deadline in 2025 falls outside the plan's
2024 dates: the same leftover, covered by the book-level Y101 (Y102 accepted). kbw15's
实训基地建成时间 2026 is inside the three-year period. kbw17's 研修结业考核合格率 and
结业考核合格率 differ by one word: a conflicting duplicate, marked at the second.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout741 import bigdata, services, training
from tests.variants.holdout741.registry import HOLDOUT741
from tests.variants.kit import Variant

MODULES = (bigdata, services, training)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT741, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 741st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
