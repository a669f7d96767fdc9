"""The 589th held-out set: enoki mushroom (金针菇) factory growing rooms of 云岙县 and a honey
pomelo (蜜柚) packing shed of 澄岭县南汀镇. 18 invented returns, 9 correct, 9 with 2-3 planted
mistakes each (23 required marks, 15 of them of the kinds that need reading across the table).
Budget year 2025, money in 万元 (the unit in the number format).

Layouts: project heads with one value column (ea01, ea02, ea06, ea08, ea10, ea17), 中期 and 年度
columns (ea03 three years, ea04 two years), numbered tier labels with points and headers 指标内容 /
绩效标准 / 分值 (ea05), abbreviated and starred labels (ea06), operators in words in 指标性质 with
a unit column (ea07), the indicator table on a second sheet under 预期实现值 with 备注, notes and
signature lines (ea09), stacked projects (ea11, ea12), department heads with key tasks (ea13,
ea14), flat lists (ea15, ea16), header 预期目标 (ea17), a budget-system export on two sheets
with codes in the first columns, header on row 3 and repeated after a page break (ea18).

Planted mistakes (return: code, highest accepted severity, place):

* ea02-rooms-goal-count: D104 warning at Sheet1!D9 (年度目标 16间, indicator ≥14间); T108
  warning, row 10 (菌包污染率 ≥3%; D104 accepted, the goal says 3%以内); Y102 error at D12
  (一年期 2025 project, 验收 2026年3月31日前; D104, Y103 accepted).
* ea04-rooms-multi-year-wrong: D201 error at E12 (有机肥 年度 ≥9000吨 > 实施期 ≥8000吨); D202
  warning at E13 (培训 ≥400人次 copied into the annual column of a two-year project).
* ea06-rooms-leftovers: X101 error at D9 (`≥**间`); F201 warning, row 11 (验收合格率 under 时效);
  X104 warning at D12 (`45961` typed as text: 2025-10-31).
* ea08-shed-cold-store-money: B101 error at C5 (年度资金总额 150 ≠ 110 + 30); B107 warning, row
  12 (冷藏库单位造价 0.18万元 × 1000立方米 = 180万元 above the money).
* ea10-shed-title-year: Y101 error at A1 (title 2024年度, dates 2025); X102 warning at B7 (<p>
  in 年度绩效目标); D102 error, row 11 (蜜柚分级包装数量 ≥2500吨 vs 蜜柚分级包装量 ≥3000吨;
  D103 accepted).
* ea12-shed-stacked-wrong: B101 error at the second project's 年度资金总额 (75 ≠ 50 + 20); D104
  warning at its 采后处理蜜柚量 ≥3500吨 (goal: 4000吨).
* ea14-dept-money-wrong: B102 error at the 金额合计 (90 + 70 + 110 = 270 ≠ 280); D102 error, row of
  果品分级技术培训场次 ≥10场 vs 果品分级技术培训 ≥12场 (D103, D104 accepted).
* ea16-flat-list-wrong: T105 error at 出菇房冷库检修完成率 `6` 次; X101 error at 巡查覆盖率 `XX`;
  W101 error on the book (weights 95).
* ea17-template-rows: F110 error at the empty name of the `≥25吨` row; F201 warning, row of
  设备安装按时完成率 under 质量; F109 warning, row of the empty 生态效益指标.

Legitimate look-alikes in the correct returns: ea01 goal text sums its indicators (12 + 8 = 20
rooms), typed percent cells, `≥5百分点` and a 下降幅度 with ≥ in 百分点, unit costs within the money
(12 × 12 + 8 × 10 = 224 ≤ 260); ea03 a 2027 date inside the 2025-2027 period, rates and unit
costs equal in both columns, annual counts below period counts; ea05 points at two levels (tier
points in the labels, indicator points summing to them, 90 in all with 预算执行率 scored apart, a
note saying so); ea07 `小于等于` on a 破损率, `等于 0 起` on an incident count, typed percent cells
with % in the unit column, 2 × 45 = 90 ≤ 120; ea09 `=100%` on a 合格率, a 25-year service life,
a fill date in January of the budget year, 3.2元/瓦 × 200千瓦 + 500元 × 320 = 80 ≤ 85; ea11
果农满意度 ≥90% and ≥85% in two stacked projects (not duplicates), 4 × 12 = 48 = 48; ea13 the
goal text repeats 150 / 60 / 90% with the indicators' values, 温湿度巡检次数 and 温湿度达标率
measure different things; ea15 weights 100 with a 合计 row, bare numbers with the unit column;
ea18 ★ core indicators, a repeated header row, a 合计 row on the budget sheet. Fill dates in
December 2024 are not year conflicts.

Judgements: ea02's 污染率 row is a direction conflict first (T108), the goal text contradiction
accepted as D104. ea04's copied 400人次 is D202 only at the annual cell. ea06's placeholder
count is not also a D104 against the goal's 20间 (nothing to compare). ea10 and ea14 name one
measure twice with other values: D102 up to error (two values for one target cannot both hold),
D103 accepted. ea08's B107 stays a warning (a cap, not spending); with the total wrong the product
exceeds either reading (150 or 140). ea16's 完成率 as `6` with unit 次 is T105.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout589 import growing_rooms, offices, packing_shed
from tests.variants.holdout589.registry import HOLDOUT589
from tests.variants.kit import Variant

MODULES = (growing_rooms, packing_shed, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT589, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 589th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
