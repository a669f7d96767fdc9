"""The 806th held-out set: a street-lighting retrofit (LED lamps, smart poles, night inspections).

18 invented returns (kej01–kej18), 9 correct and 9 with 2–3 planted mistakes (25 required marks),
aimed at checks across the table: goal text against indicators, years and dates, 中期 against 年度,
duplicates, indicators under the wrong tier-2, unit cost × count and parts against totals,
leftovers from a template or last season. Places, units, people and figures are invented
(澄渚县, 槐屿区, 蔺江市). Budget year 2026 throughout.

Modules: ``lamps`` (kej01–06, LED lamp replacement), ``poles`` (kej07–12, smart poles),
``patrols`` (kej13–18, night inspections and repairs).

Layouts: project heads with one value column (operators inside the values), operator and unit
columns (symbols or words 大于等于 / 小于等于), 指标性质 as direction with 指标方向 as operator,
two-row header (比较符 · 目标值 · 计量单位 under 年度指标值), 中期 and 年度 columns (two- and
three-year projects), tier-1 and indicator score columns, numbered labels with points
(一、产出指标（40分）, （一）数量指标) and abbreviated labels (产出, 数量); department heads with a
flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值) or a weight column with a column-number
row, a header repeated after a page break, 小计 and 合计 rows; two projects stacked in one sheet
(twice); a budget-system export with 项目编码 · 项目名称 in the first columns on a second sheet
(部门项目支出绩效目标05-2); a 注 row between tiers, 说明 and 填表说明 lines, signature and date
lines.

Planted mistakes (code, highest accepted severity, place):

* kej02-led-goal-count: D104 ≤warning Sheet1!D9 (goal 3200盏, indicator ≥2800盏); Y102 ≤error
  Sheet1!D12 (完工时间 2025-11-30 left from last year); B107 ≤warning Sheet1!D13 row
  (1500元/盏 × 2800 = 420万 > 380万).
* kej04-led-two-year-copied: D201 ≤error Sheet1!E12 alt D104 (年度 ≥4500盏 above 中期 ≥4000盏);
  D202 ≤warning Sheet1!E13 alt D104 (cumulative ≥4000套 copied into 年度, goal says 2000套).
* kej06-lamp-stacked-mixed: F201 ≤warning Sheet1!D11 row (验收合格率 under 数量); B101 ≤error
  Sheet1!C19 (second project: 80 + 20 ≠ 96); D103 ≤warning Sheet1!C25 row alt D101, D102
  (公园景观灯具更换数量 = 景观灯具更换数量, same value).
* kej08-poles-leftover-year: Y103 ≤warning Sheet1!B7 alt Y101 (2025 in a 2026 goal); D102 ≤error
  Sheet1!E11 row alt D103, D101 (建成数量 60 vs 建设数量 80); B107 ≤warning Sheet1!E14 row
  (6万元/根 × 80 = 480万 > 420万).
* kej10-poles-misplaced: D104 ≤warning Sheet1!D10 (goal 8条主干道, indicator ≥6条); F201
  ≤warning Sheet1!C11 row (a unit cost under 数量); F201 ≤warning Sheet1!C15 row (a satisfaction
  rate under 社会效益).
* kej12-poles-points-wrong: W103 ≤error Sheet1!B9 (产出 50分, indicators 20 + 15 + 10); D104
  ≤warning Sheet1!E9 (goal 60根, indicator ≥50根); X101 ≤error Sheet1!E10 (template example row
  （示例）培训人次 ≥XX次); W101 ≤error book level tolerated (the 95 total the W103 gap causes).
* kej14-patrol-dup-deadline: D104 ≤warning Sheet1!D10 (goal 54公里, indicator ≥45公里); D102
  ≤error Sheet1!D11 row alt D101, D103 (夜间巡查次数（次） ≥104次 vs 夜间巡查次数 ≥156次);
  Y102 ≤error Sheet1!D14 alt Y103 (2027年1月31日前 in a one-year 2026 project).
* kej16-patrol-dept-money: B101 ≤error Sheet1!B4 (200 + 320 ≠ 540); B102 ≤error Sheet1!D9
  (120 + 150 + 60 = 330 ≠ 金额合计 320); D104 ≤warning Sheet1!D12 (goal and task 300次,
  indicator ≥260次).
* kej17-patrol-direction: T106 ≤error Sheet1!F10 (亮灯率 102 %); T108 ≤warning Sheet1!E11 row
  (路灯故障率 反向 with ≥).

Legitimate look-alikes in the correct returns: kej01 a 下降率 with ≥, typed percent cells, a
goal's count with its parts in brackets (2400 = 900 + 1500), 2027 named as the year the work
prepares for; kej03 the period's 9000盏 beside the year's 3000盏, rates and unit costs equal in
both columns, 2029 named after the project period as the platform's next step; kej05 a flat list
whose weights add to 100, 路灯故障率 ≤2%; kej07 word operators, `等于 100 %` on a 合格率, a
能耗下降率 with 大于等于, 5G poles as a part of the goal's 120; kej09 unit cost × count plus the
platform within the money (208 + 40 ≤ 260), codes in the first columns; kej11 100 points both
ways, rates raised in 百分点, `=100%` on a 覆盖率; kej13 `≤0起` on an incident count, a 注 row
explaining the total 208 = 4 × 52, a fill date in 2025; kej15 小计/合计 weight rows and a
repeated header, a goal's 260 with its parts in brackets; kej18 the same indicator names with
different values in two stacked projects. Every unit cost × count stays within its money.

Judgements: a conflicting duplicate (two targets for one count) is an impossibility, so D102
accepts error; a deadline or year outside the budget year accepts error as Y102 but Y103 is
accepted where the year sits in text; the 2025 goal in kej08 is marked only as a warning (text);
the goal-vs-indicator mismatches (D104) are warnings, since a reviewer asks rather than rejects;
in kej04 the copied 4000套 is D202 (warning) though the goal's 2000 makes it doubtful too, so
D104 is accepted; in kej06 the near-duplicate has the same value, so D103 (warning); a cost
target equal to the budget (kej10, kej14) is not "exceeding".
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout806 import lamps, patrols, poles
from tests.variants.holdout806.registry import HOLDOUT806
from tests.variants.kit import Variant

MODULES = (lamps, poles, patrols)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT806, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 806th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
