"""The 697th held-out set: 18 invented returns with a careful reviewer's marks.

Theme: a township kindergarten meal subsidy (乡镇幼儿园膳食补助, ``meals``: kae01–kae06), a
kitchen upgrade for rural schools (农村学校食堂改造, ``kitchens``: kae07–kae12) and a food-safety
inspection programme for school canteens (学校食堂食品安全检查, ``inspections``: kae13–kae18).
Budget year 2026 throughout; places (椿溪县, 苇岗镇, 荻洲区, 檀口镇, 棠坪乡, 杉渡乡), people,
phone numbers and figures are invented.

Layouts: project heads (one-year, two-year and three-year with 中期/年度 money) and department
heads (budget with 基本支出/项目支出, key tasks with 金额合计); NAT-2021 and OLD-NAT tiers merged
down; an operator column (指标性质) with a unit column (kae01); headers 考核指标 / 目标值（年度）
(kae02), 指标内容 / 绩效标准 (kae08), 预期目标 (kae14), 预期实现值 on a second sheet (kae15),
绩效目标值 (kae18); 中期 and 年度 value columns (kae03, kae04, kae12); two projects stacked
(kae05); flat lists 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值 (kae06, kae13); numbered tier
labels with points and an indicator score column (kae07); a budget-system export with codes in
the first columns and a two-row header on the third row of a second sheet (kae09); detail lines
under the table (kae10); a tier-1 score column (kae16); subtotal rows and a header repeated
after a page break (kae17); 注 / 说明 / 填表说明 rows and signature lines.

Planted mistakes (code, highest accepted severity, place); 25 required marks, 21 of them found
only by comparing one part of the return with another:

* kae02-meal-goal-mismatch: D104 ≤warning Sheet1!D10 (goal: 16 村级幼儿园, indicator ≥12所);
  Y102 ≤error Sheet1!D12 alt Y103 (deadline 2025-12-31 in a one-year 2026 project); B107
  ≤warning Sheet1!D13 (row) alt D104 (5元 × 900人 × 200天 = 90万元 > 72万元).
* kae04-meal-period-wrong: D201 ≤error Sheet1!E12 alt D104 (年度 ≥12所 above 中期 ≥10所);
  D202 ≤warning Sheet1!E13 alt D104 (培训 ≥80人次 copied, goal says 40 this year); T108
  ≤warning Sheet1!E15 (row) (食品留样缺漏率 ≥2%).
* kae06-meal-department-flat: B102 ≤error Sheet1!D9 (tasks 96+150+24=270 ≠ 金额合计 294);
  D102 ≤error Sheet1!E19 (row) alt D103/D101/D104 (受补助幼儿人数 1100 beside 受补助在园幼儿人数
  1200; the first row E13 tolerates a finding up to error).
* kae08-kitchen-wrong-tier: D104 ≤warning Sheet1!D10 (goal 1800 平方米, indicator ≥1500);
  F201 ≤warning Sheet1!C11 (row) (a cost under 数量); F201 ≤warning Sheet1!C13 (row) (竣工验收
  合格率 under 时效).
* kae10-kitchen-money-wrong: B101 ≤error Sheet1!C5 (row) (120 + 20 ≠ 150; the detail lines
  add to 150); Y103 ≤warning Sheet1!B7 alt Y101/D104 (年度目标 still says 2025年); B107
  ≤warning Sheet1!D13 (row) (≤32万元 × 5所 = 160 > 150).
* kae12-kitchen-two-years-leftover: Y101 ≤error book level alt Y102/Y103 (title 2025年度, the
  project 2026—2027); X101 ≤error Sheet1!D13 (row) (template row “（示例）XX指标 ≥XX%”); T106
  ≤error Sheet1!E14 (年度 设备完好率 ≥105%, 中期 ≥95%).
* kae14-inspection-duplicates: D104 ≤warning Sheet1!D9 (goal 126所, indicator ≥118所, last
  year's figure); D103 ≤warning Sheet1!D13 (row) alt D102/D101 (检查覆盖率 100% and 监督检查
  覆盖率 ≥95%); Y102 ≤error Sheet1!D14 alt Y103 (2027-01-15 in a one-year 2026 project).
* kae16-inspection-points-wrong: W103 ≤error Sheet1!B9 alt W101 (产出 50 over 15+10+10+10 =
  45); F201 ≤warning Sheet1!D12 (row) (抽检样品检测合格率 under 时效).
* kae18-inspection-template-rows: D104 ≤warning Sheet1!D9 (goal 12 self-checks, indicator
  ≥10次); F109 ≤warning Sheet1!B14 (row) (社会成本指标 left empty); F110 ≤error Sheet1!C15
  (≥98% without a name; the cell is empty).

Legitimate look-alikes in the correct returns (kae01, kae03, kae05, kae07, kae09, kae11, kae13,
kae15, kae17): typed percent cells (pct(0.95), pct(1) as 100%, kae01, kae03, kae11, kae13);
a standard × count equal to the money (4元 × 1200人 × 200天 = 96万元 in kae01 and kae03, 8所 ×
30万元 = 240万元 in kae07 and kae11, 400人次 × 500元 = 20万元 in kae11) or within it (kae05,
kae09, kae13, kae15, kae17); 0 incidents (=0起, 0, kae01, kae13, kae15); 下降率 with ≥ / 不低于
(kae13, kae15); ≤ on 反向 rates (营养不良检出率); 100 points both ways (tier-1 points and
indicator points, kae07, with a note); a rate raised in 百分点 (kae07); a goal count with its
parts in brackets (8所 = 中心小学3所 + 村小5所, kae07, kae11); the period's count beside a
smaller year's count and equal rates and standards in both columns (kae03); a later year the
work prepares for (为2029年纳入县级常规保障, kae03); 家长满意度 with different values in two
stacked projects (kae05); =100% kept as text (kae09); 金额合计 equal to 项目支出 with a note
saying so (kae11); fill dates in late 2025 (kae01, kae11, kae13); subtotal rows, a repeated
header and a 合计 of 90 with 预算执行率 scored apart (kae17).

Judgements where a reviewer could hesitate:

* Deadlines outside a one-year project (kae02, kae14) accept an error: the date falls outside
  the only year the money covers; Y103 is accepted too.
* D102 in kae06 accepts an error (two targets for one quantity cannot both hold); the names
  differ by 在园, so D103 is as good.
* kae10: 150 is taken as the right total (the detail lines add to it); the finding may land at
  the total or at the 财政拨款 cell in the same row. The B107 there holds against 150 or 140.
* kae12: the title's 2025 is the leftover (start date, 中期 span and indicator dates all say
  2026—2027); marked on the whole return since the conflict may be reported at either side.
* kae16: the indicator scores total 95, so W101 is accepted beside W103.
* kae04 D201: 覆盖乡镇中心幼儿园数 counts the same kindergartens over the period, so a year
  cannot cover more than the period.
* kae03's 2029 in the 中期目标 is the year the work prepares for, not a leftover; a finding there
  is not asked for.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout697 import inspections, kitchens, meals
from tests.variants.holdout697.registry import HOLDOUT697
from tests.variants.kit import Variant

MODULES = (meals, kitchens, inspections)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT697, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 697th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
