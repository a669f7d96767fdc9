"""The 301st held-out set: 18 invented returns of science popularisation associations (科协),
with a careful reviewer's marks, to measure ``goalbook check`` out of sample.

Theme, in two halves: 科普场馆运行 and 科普大篷车 (``venues``: sy01–sy06); 青少年科技创新大赛
(``contests``: sy07–sy12), 院士专家工作站 and 全民科学素质 (``experts``: sy13–sy18). Nine
returns are correct, nine carry 2–3 planted mistakes (25 required marks). Places (澄渚市,
柘原县, 蓼湾区, 栾屿县, 鹭汀区), units, people, phone numbers and figures are invented.

Layouts:

* sy01: project, OLD-NAT, operator column headed 指标性质 (≥/≤), unit column, typed percents,
  万元 only in the number format, a detail block under the table (correct).
* sy02: two 大篷车 projects stacked in one sheet, one value column (correct).
* sy03: project, NAT-2021, headers 指标内容 / 绩效目标值 / 备注, a 注 row between tiers,
  填表说明, a signature-box line and a signature line with a fill date (correct).
* sy04: project, OLD-NAT, operator in words (比较符: 大于等于 / 小于等于), unit column.
* sy05: three-year project, 中期 and 年度 value columns, 中期目标 and 年度目标.
* sy06: project, one value column, detail lines as pasted from a PDF.
* sy07: project, NAT-2021, numbered tier labels with points and an indicator score column
  (correct).
* sy08: department, flat list 指标名称 · 权重 · 计量单位 · 指标性质 (operator) · 指标值
  (correct).
* sy09: budget-system export, budget sheet 项目支出预算05-1, indicators on a second sheet
  项目支出绩效目标05-2 with codes in the first columns, header on row 3 under 预期实现值 and
  比较符, tiers repeated in every row (correct).
* sy10: department, flat list 指标名称 · 指标值 · 指标性质 (direction) · 计量单位 · 权重.
* sy11: project, NAT-2021, tier labels with * and abbreviated (数量, 经济成本, 社会效益), a
  tier-1 score column beside the tier-1 and an indicator score column.
* sy12: project, NAT-2021, header 预期目标, a 注 line under the table.
* sy13: department, NAT-2021, budget and tasks, 实施周期 and 年度 value columns (correct).
* sy14: three-year project, NAT-2021, 中期 and 年度 value columns (correct).
* sy15: department, NAT-2021, header 绩效目标值, 权重 column, a unit-code line, 小计 rows,
  the header repeated after a page break, 合计 row, 说明 and signature lines (correct).
* sy16: department, NAT-2021, one value column.
* sy17: project, OLD-NAT, 指标性质 as direction (正向/反向), 指标方向 as operator, bare numbers
  and percent cells with a unit column.
* sy18: two 全民科学素质 projects stacked in one sheet, one value column.

Planted mistakes (return: code, highest accepted severity, place):

* sy04: B101 ≤error at Sheet1!C5 (年度资金总额 150 ≠ 财政拨款 130 + 其他资金 15); T106
  ≤error at Sheet1!E11 (展品完好率 typed as 105%); T108 ≤warning row 14 (观众有效投诉率 with
  大于等于, at the operator cell).
* sy05: D204 ≤warning at Sheet1!D9 (年度目标 copied from 中期目标); D201 ≤error at
  Sheet1!E12 (巡展场次 ≥160场 in the year against ≥150场 for three years); D202 ≤warning at
  Sheet1!E13 (车载展品更新件数, a cumulative count, ≥120件 in both columns).
* sy06: X105 ≤warning at Sheet1!B19 (``18.5 6``, alt X103); X106 ≤error at Sheet1!B20
  (``32万32万``, alt B108). Read as 18.56 and 32, the lines add up to 86.4.
* sy10: T105 ≤error at Sheet1!B14 (科技辅导员培训合格率 ≥120 with unit 人); T108 ≤warning row
  16 (作品评审申诉率, 反向, with ≥); W101 ≤error book level (weights add to 95).
* sy11: W103 ≤error at Sheet1!B9 (产出指标 50 分, indicators 45); W103 ≤error at Sheet1!B15
  (效益指标 25 分, indicators 30); F105 ≤error at Sheet1!C14 (时效 under 成本指标).
* sy12: F110 ≤error at Sheet1!C10 (``≥45所`` with an empty name); F109 ≤warning row 14
  (the template's 社会成本指标 left without indicator or value).
* sy16: B101 ≤error at Sheet1!B4 (基本支出 330 + 项目支出 200 = 530 ≠ 资金总额 540); B102
  ≤error at Sheet1!D9 (tasks 88 + 62 + 45 = 195 ≠ 金额合计 200); T113 ≤warning at Sheet1!D17
  (全国科普日系列活动完成时限 ``100%``).
* sy17: T108 ≤warning row 10 (培训农技人员人次, 正向, with ≤); T106 ≤error at Sheet1!F11
  (示范基地验收合格率 ≥ a percent cell showing 120%); T108 ≤warning row 15 (病虫害损失率, 反向,
  with ≥).
* sy18: X104 ≤warning at Sheet1!F4 (计划完成日期 the text ``46022``, serial of 2025-12-31);
  B101 ≤error at Sheet1!C20 (second project: 38 ≠ 30 + 6); T105 ≤error at Sheet1!D25
  (培训课程完成率 ``24课时``).

Legitimate look-alikes in the correct returns:

* sy01: percent cells (0.95 shown 95%) with % also in the unit column; 设备故障率 ≤3%;
  安全责任事故发生次数 ≤0起 (a zero on an incident count, not a rounded cost); a 下降率 with ≥;
  45 万人次 against the goal's 45万人次; 展项更新单项成本 18 × 6 = 108 equal to its detail line.
* sy02: the same names (巡展场次, 受众满意度, 单场巡展成本, …) with different values in the two
  stacked projects; 其他资金 0 in the second; each project has its own tiers and money.
* sy03: a fill date in 2025 for a 2026 project; the 注 row, 填表说明 and signature lines are
  not indicators; 运行维护 96 + 布展 9 × 4 = 132, exactly the budget.
* sy07: tier points 40 + 10 + 30 + 20 and indicator points both add to 100 (not 200);
  ``=100%`` on an 执行率 (the ceiling); ``≥3百分点`` on a 比例 change; a 合计 row of 100;
  大赛组织经费 ≤65万元 equal to the budget.
* sy08: no tiers at all (a flat list); a 合计 row of the weights; ≤0起 on incidents; a
  typed 30% beside bare numbers with % in the unit column.
* sy09: no tier merging, codes in the first three columns, the budget on another sheet.
* sy13: 实施周期 = 年度 everywhere (a department's 实施周期 is the budget year);
  ``≥0.8百分点`` on a 比例; tasks add to 项目支出 500.
* sy14: a period date in 2027 inside the 2025–2027 project; rates, unit costs and a term
  (≥3年, 协议期限) equal in both columns; 60 × 6 = 360 ≤ 450 and 60 × 2 = 120 ≤ 150.
* sy15: 小计 and 合计 rows (adding all weight cells gives 300); the repeated header; a fill
  date in the year before.

Judgements where a reviewer could hesitate:

* sy17's ≥120% and sy04's 105% are errors (a 合格率 / 完好率 cannot exceed 100%); T108 stays a
  warning: the operator is doubtful, not impossible.
* sy05: a 巡展场次 above its three-year value is impossible (error); a copied cumulative
  count is doubtful (warning); the copied goal text is itself worded without figures, so it
  contradicts no indicator.
* sy16: the money marks are placed as in the main corpus (B101 at 资金总额, B102 at the
  金额合计 amount); which of 基本支出 / 项目支出 is wrong cannot be told.
* sy11: the two W103 mismatches offset each other, so the indicator scores still add to 100
  and no W101 is due.
* sy09 has no 年度绩效目标 text and no plan dates: an export of the indicator table, not a
  defect the reviewer reports; its year lives in the sheet titles.
* sy18: the ``46022`` date is read as 2025-12-31, inside the year, so only X104 is due.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout301 import contests, experts, venues
from tests.variants.holdout301.registry import HOLDOUT301
from tests.variants.kit import Variant

MODULES = (venues, contests, experts)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT301, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 301st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
