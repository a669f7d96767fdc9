"""The 826th held-out set: 18 invented returns on urban flood control (drainage pipe dredging and
pumping stations; rainstorm early warning), with a careful reviewer's marks, to measure
``goalbook check`` out of sample. Budget year 2025 throughout; places (榆埭区, 鹭渚县, 沅潭市),
units, people, phone numbers and figures are invented. Aim: checks across the table (goal text
against indicators, years and dates, 中期 against 年度, duplicates, wrong tier-2, cost × count
against money, parts against totals, leftovers).

Layouts: project heads (one-year and multi-year with 中期/年度 columns), department heads with
budget and task blocks, OLD-NAT and NAT-2021 tiers merged down, operator and unit columns, a
direction column with operators in words, flat lists (two column orders), two stacked projects,
tier labels numbered with points, abbreviated or marked with * and ★, headers 考核指标 /
目标值（年度） / 绩效目标值 / 实施周期指标值, a budget-system export with codes in the first
columns and the table on a second sheet, notes, 说明 and 填表说明 rows, a header repeated after
a page break, signature and date lines.

Planted mistakes (code, highest accepted severity, place):

* kfd02-sewer-goal-mismatch: D104 ≤warning at the 疏浚长度 value (row; goal 120公里, indicator
  100公里); Y102 ≤error at the deadline ``2026年5月31日前`` in a one-year 2025 project (alt Y103,
  D104); B107 ≤warning at the unit cost (row; 1.1万元/公里 × 100公里 = 110 > 100).
* kfd04-box-culvert-copied: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201
  ≤error at the annual 箱涵清淤长度 ≥40 against the period's ≥36; Y102 ≤error at the annual
  deadline ``2024年5月31日前`` (alt Y103, last season's leftover).
* kfd06-stacked-grate-duplicate: B101 ≤error at the second project's 资金总额 80 (≠ 70 + 5);
  D103 ≤error (row; alt D102, D101) at ``雨水箅子清掏`` ≥3200个 under ``雨水箅子清掏数量`` ≥3000个.
* kfd08-pump-department-abbrev: B101 ≤error at 资金总额 720 (基本 260 + 项目 480 = 740); B102
  ≤error at 金额合计 480 (tasks 320 + 100 + 40 = 460); F201 ≤warning (row; alt D101, D103) at a
  satisfaction rate under 社会效益.
* kfd10-pump-overhaul-template: X101 ≤error at the template value ``XX``; F201 ≤warning (row) at
  an acceptance rate under 时效; T106 ≤error at a typed 105% 完好率.
* kfd12-pump-rebuild-copied: B103 ≤error at 年度资金 650 above 中期资金 600; D202 ≤warning (alt
  D104) at the annual 泵站改造数量 and 机组更换数量 copied from the 中期 column (the 年度目标
  says 1 station and 4 units).
* kfd14-warning-flat-duplicate: W101 ≤error (book level; weights add to 95); D101 ≤warning (row;
  alt D103) at the second ``暴雨预警信息发布及时率``.
* kfd16-rain-gauge-marked-labels: D104 ≤warning (row) at 雨量站新建数量 ≥25个 against the goal's
  30; F201 ≤warning (row) at 预警信息发布及时率 under 数量; T108 ≤warning (row) at 误报率 ≥5%.
* kfd18-platform-second-sheet: W103 ≤error at the 产出 tier score 50 (indicators add to 45);
  Y102 ≤error (alt Y103, D104) at ``2024年6月30日前``; W101 at book level tolerated (not
  required: the total 95 follows from the same slip).

Legitimate look-alikes in the correct returns:

* kfd01: the goal's 80公里 with 主干管30公里 in brackets, both as indicators (a part, not a
  conflict); ``=`` 100% on a 处置率 at the ceiling; ``≤ 0 起`` on an incident count; typed
  percent cells; unit costs 0.9×80 + 0.008×2400 = 91.2 within 96.
* kfd03: period counts above the year's; equal rates and unit costs in both columns; 2028 named in
  the 中期目标 as the year the work prepares for; a 下降率 with ≥; costs 108 within 120.
* kfd05: the same names (管道清淤长度, 片区居民满意度) with different values in two stacked
  projects, each with its own money.
* kfd07: tasks 320 + 150 + 80 = 550 = 项目支出; a note row between tiers; a 说明 explaining the
  total; 填表说明; fill and review dates in 2024; 25万元/台 × 6 = 150 equal to its task money.
* kfd09: tier points (50/30/20) and indicator points both adding to 100; ``≥3百分点`` next to
  机组完好率 ≥97% (a change and a level, not duplicates); costs 10×12 + 30×3 = 210 equal to the
  money.
* kfd11: an export with project codes, the goal merged down beside the table, header on the
  third row of the second sheet, a bare 98 with % in the unit column; costs 9×8 + 2×24 = 120
  within 135.
* kfd13: a 误报下降率 with ≥; 漏报事件 ≤0起; a typed percent in a flat list; weights 100.
* kfd15: operators in words with a 正向/反向 column; 下降率 marked 正向 with 大于等于; a rise in
  百分点; 预警提前发布时间 正向 with 大于等于 (longer is better); costs 74 within 75.
* kfd17: 实施周期 and 年度 values equal for a stated one-year period; the header repeated after
  a page break.

Judgements where a reviewer could hesitate:

* A deadline outside the budget year in a one-year project, or last year's date in a 2025
  return, is taken as an impossibility (Y102 ≤error), Y103 accepted.
* Two different values for one indicator within one project (kfd06) cannot both be targets:
  error accepted.
* kfd02's unit cost exceeds the money against the indicator's 100公里 as well as the goal's 120,
  so B107 fires whichever length is used.
* kfd12's copied annual counts are marked D202 at each annual cell; the mismatch with the
  年度目标 (D104) is accepted as the same problem.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout826 import alerts, dredging, pumping
from tests.variants.holdout826.registry import HOLDOUT826
from tests.variants.kit import Variant

MODULES = (dredging, pumping, alerts)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT826, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 826th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
