"""The 846th held-out set: 18 invented returns on rural housing safety, with a careful
reviewer's marks, to measure ``goalbook check`` out of sample.

Theme: dilapidated rural house renovation (农村危房改造) and seismic retrofits of rural houses
(农房抗震改造) on one side, housing safety inspections and appraisals (农村房屋安全排查、鉴定)
on the other. Invented places: 栗坪县, 青檀乡, 墨涧镇, 桐岙乡/县, 松塬镇, 柘川乡/县, 苍榆县,
岚溪镇. The set aims at checks across the table: goal text against indicators, years and dates,
中期 against 年度, duplicates, tiers, unit cost × count against the money, parts against totals.

Modules: ``renovation`` (kfx01–kfx06), ``seismic`` (kfx07–kfx12), ``inspection`` (kfx13–kfx18).

Layouts: project heads with one value column, operator and unit columns, 中期 and 年度 columns
(two- and three-year projects), a 指标方向 column; two projects stacked in one sheet; tier labels
numbered with points (一、产出指标（50分）, （一）数量指标, 1.数量指标), marked (*产出, ★ core
indicators) or abbreviated (数量, 成本); a two-row header (绩效指标 / 绩效标准, 指标内容);
department heads with budget rows and key tasks; flat lists (指标名称 · 权重 · 计量单位 · 指标性质
· 指标值, and 指标名称 · 指标值 · 计量单位 · 权重); a table on a second sheet under 预期实现值;
header 预期目标; a budget-system export (sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2,
codes in the first columns, header on row 3); 注 and 填表说明 rows, subtotal rows, signatures.

Planted mistakes (code, highest accepted severity, place), 24 required marks:

* kfx02-weifang-goal-count: D104 ≤warning at the 危房改造户数 value, row (goal 80户, indicator
  ≥60户; the goal cell tolerates a warning); Y102 ≤error alt Y103 at 改造工程完工时间
  (2024年11月30日前 in a 2025 project); B107 ≤warning, row, at 户均改造补助 (3万 × 60 = 180 > 160).
* kfx04-stacked-leftover: B101 ≤error at the second project's 资金总额 (200 ≠ 150 + 40); Y103
  ≤warning alt Y101 at its 年度绩效目标 (完成2024年度…); D103 ≤warning alt D101, row, at
  农房抗震改造完成户数 (the row above is 农房抗震改造户数, same value).
* kfx06-multi-year-copied: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201 ≤error
  at the 年度 危房改造户数 (≥350户 above the two-year ≥300户); T108 ≤warning, row,
  改造房屋返修率 ≥2%.
* kfx08-kangzhen-points-wrong: W103 ≤error at 产出指标（50分） (indicators 45) and at
  效益指标（30分） (indicators 35); the indicator total is still 100.
* kfx10-kangzhen-wrong-tier: F201 ≤warning, row, 农房抗震改造户数 under 质量指标; F201 ≤warning,
  row, 村民对农房安全工作的满意度 under 社会效益指标.
* kfx12-department-tasks-wrong: B102 ≤error at 金额合计 (520 + 430 + 260 = 1210 ≠ 1200); D104
  ≤warning, row, 农房抗震加固户数 ≥800户 against 860户 in the goal (goal cell tolerated);
  Y102 ≤error alt Y103 at 抗震加固工程完工时间 2026年6月30日前 in a 2025 department table.
* kfx14-flat-wrong: W101 ≤error, book level (weights 95); D102 ≤error alt D101/D103, row, the second
  房屋安全隐患排查户数 (≥6000 against ≥8000 in the first row, without 农村); Y103 ≤warning alt Y101,
  row, 2024年经营性自建房排查户数 in a 2025 table.
* kfx16-export-codes: X104 ≤warning at 计划完成日期 "46022" (a serial in a text cell); B107
  ≤warning, row, 户均鉴定费用 ≤800元/户 × 1500户 = 120万 > 90万.
* kfx18-inspection-template-rows: D104 ≤warning, row, 排查户数 ≥2000户 against 2600户 in the goal
  (goal cell tolerated); F110 ≤error at the empty name of a ≥95% row; F109 ≤warning, row, at the
  empty 生态效益指标.

Correct returns and their look-alikes: kfx01 (typed percents pct(1) with =, pct(0.95), 0起 on an
incident count with =, goal 150户 with its parts 120 + 30 in brackets and as indicators, 2.4万 ×
150 = 360 = the money); kfx03 (the same 竣工验收合格率 and 改造户满意度 in two stacked projects,
≥90% and ≥92%; each cost × count equals its money); kfx05 (three-year project: period counts 450
and 300 beside year counts 150 and 100, rates and unit cost equal in both columns, 2027 deadline
in 中期, 为2028年起… in the 中期目标 as the later year the work prepares for); kfx07 (tier points
in labels and indicator points both add to 100, 提高≥5百分点 on a 比例); kfx09 (*产出, abbreviated
tiers, ★ indicators, 中央补助 + 地方资金, fill date in March of the budget year); kfx11 (budget adds
both ways, tasks add to 金额合计 = 项目支出, goal 900户 with 600户 in brackets, 1万 × 900 = 900 =
its task); kfx13 (flat list, weights 100, C、D级危房存量下降率 ≥ 30%, 伤亡事故 = 0起, goal total
with its part in brackets); kfx15 (a 注 row inside the table explaining a total, 填表说明 and a
signature dated in the year before); kfx17 (下降率 正向 with ≥, 反向 time limit and cost with ≤,
period counts above the year's, 6000 × 400元 = 240万 = the period money).

Judgements where a reviewer could hesitate: D104 is marked on the indicator row with the goal
cell tolerated, since a checker may report either side. kfx04's duplicate carries the same value,
so it is a near-duplicate (warning), while kfx14's pair differs in value (D102, error accepted:
one indicator cannot have two targets). A deadline outside the single budget year (kfx02 in the
past year, kfx12 in the next) is an error with Y103 accepted. kfx10's 村民…满意度 beside
改造户满意度 is a different group, not a duplicate (tolerated as a warning). kfx06's 中期 goal
states no count, so the wrong 中期 count is only D201 against the year's. In kfx16 the 指标值
column holds bare numbers with the unit in 度量单位 and 指标性质 as the operator. Fill dates in
the autumn before the budget year are not year conflicts.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout846 import inspection, renovation, seismic
from tests.variants.holdout846.registry import HOLDOUT846
from tests.variants.kit import Variant

MODULES = (renovation, seismic, inspection)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT846, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 846th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
