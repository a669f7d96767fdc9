"""The 721st held-out set: 18 invented returns of 榆岭县 (an invented county) on a
poverty-alleviation workshop (帮扶车间) subsidy, a rural e-commerce training for women and a
handicraft order-matching platform, with a careful reviewer's marks. Its aim is checks across the
table: goal text against indicators, years and dates, 中期 against 年度, duplicates, indicators
under the wrong tier-2, unit cost × count against the money, parts against their totals.

Layouts: project heads (kbc01–04, 07, 08, 10, 11, 13, 14, 16, 17) and department heads (kbc05,
09, 12, 18); an operator column headed 指标性质 (kbc01) or 指标方向 in words (kbc07); stacked
projects with numbered tier labels (kbc03); three- and two-year projects with 中期 and 年度
columns, one under a two-row header (kbc04, 11, 14); tier-1 points in the labels beside an
indicator score column (kbc05) or in their own column (kbc17); budget-system exports with codes
in the first columns and the header on row 3 of a second sheet (kbc06, 15); headers 考核指标,
目标值（年度）, 评价标准 (kbc08) and 预期实现值 on a second sheet (kbc13); * / ★ and abbreviated
tier labels (kbc10); flat lists with one (kbc09) or two value columns (kbc18); a 资金明细 block
(kbc16); 注, 说明, 填表说明, signature and date lines.

Planted mistakes (code, highest accepted severity, place):

* kbc02-workshop-goal-mismatch: D104 ≤warning at Sheet1!D9 (row): the goal says 15 workshops,
  the indicator ≥12个; Y102 ≤error at D12 (row, alt Y103, D104): deadline 2025年10月31日前 left
  from last year; B107 ≤warning at D13 (row): 20万元 × 12 = 240 > 200万元.
* kbc04-workshop-three-years: B103 ≤error at Sheet1!E5: 年度资金 620 > 中期资金 600 (the
  annual 财政拨款 520 > 500 at E6 tolerated up to error); Y103 ≤warning at D9 (alt Y101):
  年度目标 begins “2025年度” in a 2026 return; D201 ≤error at E11 (row, alt D104): annual ≥24个
  above the period's ≥20个 (the 中期目标 says 60).
* kbc06-workshop-export: D102 ≤error at 部门项目支出绩效目标05-2!F6 (row, alt D101, D103):
  吸纳脱贫劳动力就业人数 twice (300 / 320; any finding up to error tolerated on the first, F4);
  F201 ≤warning at F8 (row): 车间用工合同签订率 under 时效指标.
* kbc08-training-goal-dates: D104 ≤warning at Sheet1!D10 (row): goal 300人次, indicator ≥360;
  Y102 ≤error at D12 (row, alt Y103): 2027年3月31日前 in a one-year 2026 project; B107
  ≤warning at D13 (row): 2200元 × 360人次 = 79.2 > 60万元.
* kbc10-training-marked-tiers: F201 ≤warning at Sheet1!D13 (row): 培训考核合格率 under 时效;
  F109 ≤warning at B15 (row): 经济效益 left from the template; F201 ≤warning at D17 (row):
  参训学员满意度 under 社会效益.
* kbc12-training-department-money: B101 ≤error at Sheet1!B4 (row): 基本 300 + 项目 240 = 540 ≠
  520; B102 ≤error at D9 (alt B101): tasks 120 + 60 + 40 = 220 ≠ 金额合计 240.
* kbc14-platform-copied-columns: D204 ≤warning at Sheet1!D9: 年度目标 = 中期目标; D202
  ≤warning at E11 and E12: cumulative counts copied from 中期.
* kbc16-platform-money-detail: B102 ≤error at Sheet1!D12 (row, alt B101): detail lines 50 + 25
  + 20 = 95 ≠ 合计 100; B107 ≤warning at D18 (row): 3万元 × 40场 = 120 > its line 20 and the
  year's 100; D104 ≤warning at D19 (row): goal 800万元, indicator ≥500万元.
* kbc17-platform-points: Y101 ≤error at Sheet1!D4 (row, alt Y102): plan 2025-03-01…2025-12-31
  in a 2026 return; W103 ≤error at B9: 产出 50分 but 10+10+10+10+5 = 45; D103 ≤warning at E15
  (row, alt D102, D101, F201): 对接手工艺品订单数 ≥1000单 under 经济效益 repeats 手工艺品订单撮合
  数量 ≥1200单; W101 (file level, ≤error) tolerated as the consequence of the 45.

25 required marks, all found by comparing one part of a return with another.

Look-alikes in the correct returns: typed percent cells and =100% on an accuracy rate (kbc01,
07); a part count beside its total (其中 rows in kbc01, 07, 13); 0起 / =0次 on incident counts
(kbc01, 09); a unit cost × count equal to the money (kbc01: 15 × 12 = 180; kbc03: 12 × 8 = 96,
6 × 5 = 30; kbc06 and kbc15: 15 × 10 = 150, 2 × 10 = 20) or within it (kbc07, 09, 10, 11); the
same indicator name with different values in two stacked projects (kbc03); “为2027年…积累” in a
2026 goal (kbc07, 11); 中期 counts above the year's with rates and unit costs equal (kbc04, 11,
14, 18); tier points and indicator points both adding to 100 (kbc05); ≥2 / ≥5百分点 on a rate
change (kbc05, 07); a 下降率 with ≥ (kbc09); 退货投诉率 ≤3 (kbc18); fill and signature dates in
November 2025 for a 2026 budget; footnotes explaining a cost or a total.

Judgements: a deadline or plan dates wholly outside the budget year are errors (Y102 / Y101),
but a year in the goal text is only a warning (Y103). Two values for one indicator in one table
(kbc06) is D102 ≤error; a repeat with a changed name under another tier-2 (kbc17) only a
near-duplicate warning. B107 in kbc16 is marked though 3 × 40 exceeds both the line and the total.
kbc04's D201 may equally be read as the 中期 value contradicting the 中期目标 (D104 accepted).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout721 import platform, training, workshop
from tests.variants.holdout721.registry import HOLDOUT721
from tests.variants.kit import Variant

MODULES = (workshop, training, platform)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT721, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 721st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
