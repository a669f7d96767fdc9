"""The 869th held-out set: housing security (住房保障): public rental housing (公租房)
maintenance, rent subsidies (住房租赁补贴) and old residential area renovation (老旧小区改造).

18 invented returns, budget year 2025, 9 correct, 25 required marks, 21 of them found only by
comparing one part of a return with another. Places, units, people and figures are invented
(澄岭市, 枫渡区, 栗阳县, 南湾县).

Modules: ``upkeep`` (kgu01–kgu06, 公租房维修养护), ``subsidy`` (kgu07–kgu12, 租赁补贴),
``renewal`` (kgu13–kgu18, 老旧小区改造); ``common`` holds the shared helpers.

Layouts: project heads with 项目资金（万元） blocks (unit in the number format), NAT-2021 and
OLD-NAT tiers merged down; an operator column (指标性质 = ≥/≤) with a unit column and typed
percent cells (kgu01); headers 考核指标 / 目标值（年度） (kgu02), 预期目标 (kgu10), 指标内容 /
绩效标准 (kgu14), 预期实现值 on a second sheet (kgu18); 中期 and 年度 columns in two- and
three-year projects (kgu03, kgu04, kgu15, kgu16); stacked projects (kgu05, kgu11, kgu17);
numbered tier labels with points and a 分值 column (kgu06, kgu09); abbreviated labels with ★
core indicators (kgu15); department heads with flat lists (kgu07 operator column, kgu08
direction column) and a tiered table with a 说明 row, a repeated header, footnotes and a
signature line (kgu12); a budget-system export with 05-1 / 05-2 sheets, codes in the first
columns and the header on the third row (kgu13).

Planted mistakes (code, highest accepted severity, place):

* kgu02-upkeep-outer-walls: D104 ≤warning Sheet1!D9 (row): the goal says 860套, the indicator
  ≥680套; Y102 ≤error Sheet1!D12 (alt Y103, D104): deadline 2026年3月31日前 in a one-year
  2025 project whose goal says 11月30日前; B107 ≤warning Sheet1!D13 (row): 3000元/套 × 860套
  = 258万元 (× 680 = 204万元) beyond 180万元.
* kgu04-upkeep-three-year-copy: D204 ≤warning Sheet1!D9: 年度目标 copied word for word from
  中期目标; D202 ≤warning Sheet1!E11: the three-year 3600套 copied into 年度; D201 ≤error
  Sheet1!E12: 年度 150处 above the period's 120处.
* kgu06-upkeep-points-dup: D102 ≤error Sheet1!C11 (row; alt D101, D103): 水质检测合格率 twice
  under 质量 with ≥98% and ≥95%; F201 ≤warning Sheet1!C12 (row): 维修材料抽检合格率 under 时效.
* kgu08-subsidy-flat-wrong: D104 ≤warning Sheet1!B11 (row): goal 2860户, indicator ≥2680;
  T108 ≤warning Sheet1!B13 (row): 补贴发放差错率 (反向) with ≥; W101 ≤error, book level:
  weights add to 95.
* kgu10-subsidy-last-year: B101 ≤error Sheet1!C5: 资金总额 900 ≠ 820 + 60; Y103 ≤warning
  Sheet1!B7 (alt Y101): the 年度目标 still says 2024年度; Y102 ≤error Sheet1!D11 (alt Y101,
  Y103): deadline 2024年12月31日前 in the 2025 return.
* kgu11-subsidy-stacked-wrong (second project): Y102 ≤error 绩效目标表!D25 (alt Y101, Y103,
  D104): 2024年9月30日前 where the goal says 2025年; B107 ≤warning 绩效目标表!D26 (row; alt
  D104): 3.0万元/人 × 400人 = 1200万元 beyond 960万元 (the goal says 2.4万元).
* kgu14-renewal-goal-area: D104 ≤warning Sheet1!D10 (row): goal 28.6万平方米, indicator
  26.8万; F201 ≤warning Sheet1!C13 (row): 加装电梯数量 under 质量; B107 ≤warning Sheet1!D15
  (row): 350元/平方米 × 28.6万平方米 = 10010万元 beyond 8000万元.
* kgu16-renewal-period-wrong: D201 ≤error Sheet1!E11: 年度 ≥40个 above 中期 ≥35个; D104
  ≤warning Sheet1!E11 (row): the 年度目标 says 30个; T108 ≤warning Sheet1!E16 (row): 施工安全
  事故发生率 ≥0.5% in the year column.
* kgu17-renewal-stacked-dup: D102 ≤error 绩效目标表!C11 (row; alt D101, D103): 燃气管网改造
  长度 twice, ≥12公里 and ≥15公里; F110 ≤error 绩效目标表!C13: a value without a name;
  B107 ≤warning 绩效目标表!D29 (row; alt D104): 60万元/部 × 30部 = 1800万元 beyond 1500万元
  (the goal says 50万元).

Legitimate look-alikes in the correct returns:

* kgu01: typed percent cells with % in the unit column, 维修返修率 ≤3%, 维修安全事故发生数 ≤0起,
  1260套 × 1000元 = 126万元 within 150万元 with a footnote explaining the 24万元 left, goal
  counts 320 and 210 that are parts of 1260, a fill date in 2024.
* kgu03 / kgu15: the period's count in 中期 beside a smaller year's count, rates and unit costs
  equal in both columns, 2027年 / 2028年 named as the year the work prepares for; costs ×
  counts within both money blocks (38×8 + 2400×0.07 = 472 ≤ 520, 18×8 + 1300×0.07 = 235 ≤
  260; 60×230 = 13800 ≤ 15000, 22×230 = 5060 ≤ 5200).
* kgu05: the same 住户满意度 with ≥90% and ≥92% in two stacked projects; 64 × 1.5万 = 96万
  equal to its money; 火灾事故发生数 0起; =100% on a 合格率.
* kgu07: flat list, weights 100, 3200户 × 6000元 = 1920万元 equal to the task's money, 新增
  450户 a part of 3200户, a 合计 row.
* kgu09: tier points (40/10/30/20) and indicator points both adding to 100; 租金负担率下降
  ≥2百分点; 100% typed on a 及时率; 1600 × 3600元 = 576万元 within 640万元.
* kgu12: tasks 1500 + 800 + 500 = 2800 = 项目支出; a 说明 row, a repeated header, a footnote
  explaining the totals, a fill date in 2024; 2100 × 7000元 = 1470 ≤ 1500, 900 × 8800元 = 792
  ≤ 800.
* kgu13: detail lines 3100 + 1400 + 300 = 4800; 24 × 45万 = 1080万 inside the 1400 block.
* kgu18: “其中” row (27 of 45 ramps), 9 × 40万 = 360万 equal to the money, =100% in an
  operator column.

Judgements where a reviewer could hesitate:

* Deadlines and goal years outside the budget year (kgu02, kgu10, kgu11) accept an error:
  a one-year 2025 project cannot end in 2024 or 2026; the leftover year in a goal text is a
  warning only (Y103).
* A goal-versus-indicator count (D104) is a warning: the reviewer cannot tell which is wrong.
  In kgu16 the same annual cell also carries D201 (error: a year cannot exceed its period).
* Unit cost × count beyond the money (B107) is a warning, as in the catalogue; D104 is accepted
  where the goal states a different standard.
* The same name twice with two values under one tier-2 (D102) accepts an error; D101 / D103
  are accepted for it.
* kgu08 weights add to 95, not 90, so no reading of “90 when 预算执行率 is scored separately”
  rescues them.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout869 import renewal, subsidy, upkeep
from tests.variants.holdout869.registry import HOLDOUT869
from tests.variants.kit import Variant

MODULES = (upkeep, subsidy, renewal)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT869, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 869th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
