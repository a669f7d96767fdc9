"""The 787th held-out set: grain reserve warehouses upkeep, grain quality testing and green
grain-storage technology upgrades (budget year 2025), 18 returns, 9 correct.

Layouts: project heads (one-year, two-year and three-year with 中期 and 年度 columns), department
heads with budget, shares of 基本/项目支出 and key tasks, an operator column in symbols or in
words, a unit column, a two-row header, a flat list, stacked projects, a budget-system export
with codes in the first columns and the header on the third row, a table on a second sheet,
tier labels numbered with points or abbreviated, a tier-1 score column, footnotes, 说明 rows and
signature lines.

Planted mistakes (return: code, highest accepted severity, place):

* kdq04-repair-goal-mismatch: D104 warning (row of 屋面维修仓房数量: goal 8栋, indicator 10栋);
  Y102 error alt Y101/Y103 (row of the 2024年10月31日前 deadline in a 2025 project); B107 warning
  (row of 单栋成本 50万元 × 10栋 = 500 > 400).
* kdq05-two-year-copied-goal: D204 warning (年度目标 cell, copied from 中期目标); D201 error
  (annual cell 7500平方米 above the period's 6000).
* kdq06-stacked-fire-wiring: B101 error (row of the second project's 年度资金总额 180 ≠ 150 +
  20); D101 warning alt D102/D103 (row of the repeated 消防设施改造点位).
* kdq10-harvest-survey-tiers: D104 warning (row: goal 1200份, indicator 1000份); F201 warning
  (row of a report count under 质量); F201 warning (row of 检测结果准确率 under 时效).
* kdq11-lab-capacity-leftovers: Y103 warning alt Y101 (年度目标 cell naming 2024年度);
  D102 error alt D101/D103 (row of 重金属检测样品数 350 beside 重金属检测样品数量 300);
  X104 warning (the text 45961, a date serial, at the deadline cell).
* kdq12-inspection-centre-money: B101 error (row of 资金总额 860 ≠ 520 + 320); B102 error (row
  of 金额合计 320 ≠ 150 + 110 + 70); X101 error (the ≥**份 placeholder).
* kdq15-cooling-template-rows: D104 warning (row: goal 5万吨, indicator 4万吨); F110 error (the
  empty name cell of a row with ≥95%); F109 warning (row of the empty 生态环境成本指标).
* kdq16-ventilation-direction: D202 warning at the annual cells of 智能通风升级仓房 and 布设测温
  电缆 (copied from 中期, the 年度目标 says 6栋 and 1800根); T108 warning (row of 耗电量 ≥); a
  B107 at the cost row is tolerated (the copied 12栋 × 21万元 exceeds the year's 140万元).
* kdq17-fumigation-points: W103 error alt W101 (产出 score cell 40, indicators 35); F201 warning
  (row of a cost indicator under 数量指标).

24 required marks, 17 of them found only by comparing parts of the return (goal against
indicator, year against deadline and text, 中期 against 年度, duplicates, wrong tier-2, cost
against money, parts against totals).

Legitimate look-alikes in the correct returns: typed percent cells (kdq01, kdq07, kdq13), =100%
at the ceiling (pct(1) in kdq01 and kdq07, text =100% in kdq09 and elsewhere), 0起 on incident
counts (kdq01, kdq07, kdq08), 下降率 with ≥ / 大于等于 (kdq08, kdq13, kdq14), a unit cost × count
equal to the money (kdq01 12 × 30 = 360, kdq09 400 × 2150元 = 86万, kdq14), a goal total with its
parts in brackets matching two indicators (kdq01, kdq08), a goal naming 2028 that the work
prepares for (kdq03, kdq13), the period's count in 中期 beside a smaller year's count (kdq03,
kdq13), rates and unit costs equal in both columns, tier points and indicator points both adding
to 100 (kdq02), rates raised in 百分点 (kdq02, kdq18), the same indicator names with different
values in stacked projects (kdq14), footnotes explaining a cost total (kdq01, kdq07, kdq13),
signature dates in the year before the budget year (kdq01, kdq07, kdq18).

Judgements: D104 marks the indicator row, not the goal cell, and stays a warning (which of the
two is wrong is the office's call). kdq04's deadline before the project start is an error
(impossible), its B107 a warning since it follows the wrong count. kdq10's report count under 质量
and accuracy rate under 时效 are two F201 warnings, not F105 (the tier-2s are valid). In kdq11
the two names differ by one character and carry different values: D102 up to error. kdq16's
energy 下降率 with ≥ is correct while 耗电量 ≥ is not. kdq17's indicator points total 95 while
the tier points total 100: W103 at the 产出 score, W101 accepted.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout787 import green, testing, upkeep
from tests.variants.holdout787.registry import HOLDOUT787
from tests.variants.kit import Variant

MODULES = (upkeep, testing, green)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT787, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 787th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
