"""The 708th held-out set: 18 invented returns on rural drinking-water quality monitoring, small
water-works disinfection upgrades and a rural water-fee collection reform (budget year 2025),
with a careful reviewer's marks. Nine are correct, nine carry 2–3 planted mistakes (25 required
marks), most of them found only by comparing one part of a return with another.

Layouts: project heads (one-year, two- and three-year with 中期 and 年度 columns), department
heads with budget shares and 年度主要任务, flat lists (kap05, kap17), two projects stacked in
one sheet (kap09, kap10), a budget-system export with codes in the first columns and the table
on a second sheet with a header repeated after a page break (kap11), operator and unit columns
(kap07, kap14), tier and indicator score columns (kap12), a two-row header with 预期目标 and
分值 (kap18), headers 考核指标 / 目标值（年度） (kap02) and 绩效目标值 (kap11), numbered (kap01)
and abbreviated (kap13) tier labels, 注/说明/填表说明 rows and signature lines.

Planted mistakes (code, highest accepted severity, place):

* kap02: D104 ≤warning, row of 水质监测点位布设数 (goal 120 个, indicator ≥100个); F201
  ≤warning alt F105, row of 出厂水检测结果合格率 under 时效指标; Y102 ≤error alt Y103/D104, row
  of 枯水期采样完成时间 (2024年11月30日前 in a 2025 return whose goal says 10月底).
* kap04: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D202 ≤warning at the annual
  cell of 巡检点建成数 (≥15个 copied); D201 ≤error at the annual cell of 水样检测份数 (1500 >
  1200 over three years).
* kap06: B102 ≤error alt B101 at the 金额合计 amount (60+45+30 = 135 ≠ 140); Y103 ≤warning alt
  Y101 at the 年度总体目标 cell (2024年 left over); F201 ≤warning alt F105, row of a
  satisfaction rate under 社会效益指标.
* kap08: B101 ≤error at 年度资金总额 (100 + 15 ≠ 120); D104 ≤warning, row of
  消毒设施改造工程数 (goal 30处, indicator 28处); B107 ≤warning, row of the unit cost (4.5 × 28 =
  126 > 120).
* kap09 (second stacked project): Y104 ≤error alt Y102 at 计划完成日期 (before the start); B101
  ≤error at its 年度资金总额 (36 + 4 ≠ 42); D103 ≤error alt D101/D102, row of
  紫外线消毒设备安装数量 (≥10台 beside 紫外线消毒设备安装数 ≥8台).
* kap12: W103 ≤error at the 产出指标 score (50 declared, 45 below) and at the 效益指标 score
  (30 declared, 35 below); F201 ≤warning alt F105, row of a unit cost under 数量指标.
* kap14: T106 ≤error at 计量收费覆盖率 (a typed 105%); D104 ≤warning, row of 水费收缴率 (95%
  against the goal's 98%); T108 ≤warning, row of 用水户欠费率 with ≥.
* kap16: Y102 ≤error alt Y103 at 计划完成日期 (2026-03-31 in a one-year 2025 project); X101
  ≤error alt T116, row of the template's example row 示例：XX工程完成率 ≥XX%.
* kap17: W101 ≤error on the whole return (weights add to 95); D102 ≤error alt D101/D103, row of
  the second 农村水费收缴率 (≥90 beside ≥95).

Legitimate look-alikes in the correct returns: typed percent cells (kap01, kap03, kap10, kap11,
kap13, kap15, kap18); `≥3百分点` / `≥5百分点` / `≥4百分点` rate changes (kap01, kap12,
kap18); `饮用水突发污染事件 0起` (kap01); a 下降率 with ≥ (kap07, kap18); `=100%` at the ceiling
(kap07); goal counts that are totals with their parts in brackets (kap01, kap07, kap15); a later
year the work prepares for (为2027年… in the two-year kap15) and a baseline year in a 备注
(与2024年比, kap18); period counts beside smaller annual counts and equal rates in both columns
(kap03, kap15); unit cost × count within the money (kap01 688 × 420元, kap07 24 × 3.5, kap10,
kap11 32 × 1.4, kap13, kap15, kap17); a 金额合计 equal to 项目支出 explained by a footnote
(kap13); tier points in the labels and indicator points both adding to 100 (kap18); the same
indicator names with different values in two stacked projects (kap10); signature dates in the
year before the budget year; a 注 row inside a table (kap10) and a header repeated after a page
break (kap11).

Judgements where a reviewer could hesitate:

* kap03: 县级水质检测中心建成数 is 1个 in both columns: the centre is built in the first year, so
  the equal columns are right; a finding there is tolerated (`ok`, ≤warning), not asked for.
* kap02: a deadline in the year before the budget year cannot be met, so an error is accepted;
  it is also a contradiction with the goal (D104 accepted).
* kap09: two targets for one indicator in one project cannot both hold, so up to error.
* kap12: only one W103 per wrong tier; the declared tier scores add to 100 and so do the
  indicator scores, so no W101.
* kap07: 消毒设备故障停运率 ≤5% is a 反向 rate with ≤ (correct); the 可持续 row's 定性 in the
  operator column goes with a grade value.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout708 import disinfection, fees, quality
from tests.variants.holdout708.registry import HOLDOUT708
from tests.variants.kit import Variant

MODULES = (quality, disinfection, fees)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT708, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 708th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
