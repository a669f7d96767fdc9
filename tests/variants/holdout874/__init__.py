"""The 874th held-out set: 18 invented flood-control returns with a careful reviewer's marks.

Theme: flood control. ``embankment.py`` (kgz01–kgz06) river embankment repairs,
``stations.py`` (kgz07–kgz12) flood warning stations, ``reserves.py`` (kgz13–kgz18)
emergency supplies reserves. Invented places: 柘川市, 蔺河县, 潆湾区, 箬岭镇.

Layouts: project heads (one-year and two/three-year with 中期 and 年度 columns), department heads
with budget, shares and tasks, two flat lists, two projects stacked in one sheet, a
budget-system export (codes in the first columns, header on the third row of the second sheet
项目支出绩效目标05-2), an operator column in words with a unit column, 分值 columns with points
on tier-1 labels, headers 考核指标 / 目标值（年度） / 评价标准 / 预期目标, labels numbered
(一、 1.), marked (★, *) or abbreviated (产出, 数量), 注 / 说明 / 填表说明 rows, a subtotal
row, signature, stamp and date lines.

Planted mistakes (code, highest accepted severity, place); 24 required marks in 9 returns:

* kgz02-flood-damage-repair: D104 ≤warning Sheet1!D9 (row): goal 4.5公里, indicator ≥3.5公里;
  Y102 ≤error Sheet1!D12 (alt Y103, Y101): 完工 2025年5月31日前 in a 2026 project; B107
  ≤warning Sheet1!D13 (row): 190万元/公里 × 3.5 = 665 > 600.
* kgz04-gully-two-years: Y103 ≤warning Sheet1!D9 (alt Y101, Y102): annual goal says 2025年汛前;
  D202 ≤warning Sheet1!E11 (alt D104): 6条 copied from 中期 to 年度 (goal says 3 a year);
  D201 ≤error Sheet1!E12: annual 10公里 above the period's 9公里.
* kgz06-stacked-levee-works: D103 ≤warning Sheet1!C11 (row; alt D101, D102): 堤顶道路修复长度
  repeats 堤顶防汛道路修复长度; B101 ≤error Sheet1!C21: second project 180 ≠ 150 + 20.
* kgz08-warning-broadcast: B102 ≤error Sheet1!D8: tasks 270 + 216 ≠ 金额合计 496; F201
  ≤warning Sheet1!C15 (row): 水位数据准确率 under 时效指标; F201 ≤warning Sheet1!C18 (row):
  沿河村民满意度 under 社会效益指标.
* kgz10-flat-gauges-defects: D104 ≤warning Sheet1!B7 (row): goal 24个, indicator ≥20; D102
  ≤error Sheet1!A12 (row; alt D103, D101): 自动雨量站数据到报率 ≥90 against 雨量站数据到报率
  ≥95; W101 ≤error book level: weights add to 95.
* kgz12-gauge-deadline: D104 ≤warning Sheet1!D9 (row): goal 30处, indicator ≥25处; Y102 ≤error
  Sheet1!D11 (alt Y103): ≤2027年6月30日 in a one-year 2026 project; B107 ≤warning Sheet1!D12
  (row): 13万元/处 × 25 = 325 > 300.
* kgz14-rescue-boats: B101 ≤error Sheet1!C5: 260 ≠ 220 + 30; F201 ≤warning Sheet1!C11 (row):
  冲锋舟采购单价 under 数量指标.
* kgz16-county-reserve-leftovers: X101 ≤error Sheet1!D12 (row): the template's example row
  XX物资储备数量 ≥**件; Y103 ≤warning Sheet1!C14 (row; alt Y101, Y102): 2025年汛前物资补库完成时间
  in a 2026 return.
* kgz18-supply-points-empty-rows: D104 ≤warning Sheet1!D10 (row): goal 1200件, indicator
  ≥1000件; F110 ≤error Sheet1!C12: =100% without a name; F109 ≤warning Sheet1!B13 (row):
  时效指标 left from the template.

Checks across the table (goal against indicators, years and dates, 中期 against 年度,
duplicates, wrong tier-2, cost × count, parts against totals, leftovers): 22 of the 24, all
but kgz18's F110 and F109.

Legitimate look-alikes in the correct returns: kgz01 typed percent cells (90%, 100%), 0起 on a
险情 count, goal 3.2公里 with its part (1.2公里) in brackets, 150 × 3.2 = 480 ≤ 520; kgz03 period
counts (12公里, 3座) beside smaller annual ones, rates, standard and unit cost equal in both
columns, 260 × 12 ≤ 3600 and 260 × 4 ≤ 1200; kgz05 =100% on a 整改率 at the ceiling, typed 95%,
6.5 × 42 = 273 ≤ 280; kgz07 points on tier-1 labels and per indicator both adding to 100 with
a 合计 row, 提高≥5百分点, 3.5 × 120 = 420 ≤ 740; kgz09 山洪预警误报率下降率 with ≥, typed 98%
beside a % unit column, weights 100, 2.8 × 86 ≤ 250; kgz11 goal 20处 with 8处 as a part
(其中 row), 为2027年…积累 a later year prepared for, 18 × 20 = 360 equal to the money; kgz13
operator words, 等于 100 % and 等于 0 次, a 注 row between tiers, fill date 2025-11-18; kgz15
≤2% on a 损耗率, the same deadline in both columns, 2200元/平方米 × 6000 = 1320 ≤ 1600; kgz17
shares rounded to 0.01 % adding to 100 %, tasks adding to 金额合计, a footnote explaining it,
★ and * labels, 0次 on safety incidents.

Judgements: fill and signature dates in 2025 for 2026 budgets are not year conflicts. kgz02's
2025 deadline is an impossibility for a 2026 project (error accepted); kgz12's 2027 deadline
lies after the plan's end (error accepted). kgz04's copied 6条 is marked D202 only (D104
accepted), not also D104 on its own. B107 is at most a warning. kgz06's second 修复长度 row has
the same value, so D103 (warning) with D101/D102 accepted. kgz10's conflicting rate pair
carries D102 (error) since the values differ. kgz16's year is in an indicator name, so Y103.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout874 import embankment, reserves, stations
from tests.variants.holdout874.registry import HOLDOUT874
from tests.variants.kit import Variant

MODULES = (embankment, stations, reserves)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT874, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 874th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
