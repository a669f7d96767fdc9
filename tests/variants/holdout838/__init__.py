"""The 838th held-out set: science popularization (science museum exhibitions, science lectures
in schools, mobile science vans), 18 invented returns, 9 correct, 9 with 25 required marks.

Layouts: project heads (one-year, two- and three-year with 中期 and 年度 columns), department
heads with budget and key tasks, flat lists (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值, and
指标名称 · 指标值 · 计量单位 · 指标性质 as direction · 权重), two projects stacked in one sheet,
a head on one sheet and the indicators on a second (绩效指标, header 预期实现值), tier-1 score
columns beside indicator scores, operator and unit columns, budget-system exports (sheets
部门项目支出预算05-1 and 部门项目支出绩效目标05-2, codes first, header on the third row), headers
绩效目标值 / 预期目标 / 预期实现值, tier labels numbered, marked (*, ★) and abbreviated, 注 rows
between tiers, 填表说明, signature, stamp and date lines.

Planted mistakes (return: code, highest accepted severity, place):

* kfp02-space-expo: D104 ≤warning Sheet1!D9 (goal 4期, indicator ≥3期); Y102 ≤error Sheet1!D12
  alt Y101/Y103 (opening date in 2025 for a 2026 budget); B107 ≤warning Sheet1!D13 (45万元/期 ×
  4期, or × 3, above the year's 120万元).
* kfp04-museum-dept-wrong: B101 ≤error 部门整体!B4 row (420 + 320 ≠ 720); B102 ≤error
  部门整体!D9 (tasks 180 + 90 + 60 = 330 ≠ 金额合计 320).
* kfp06-dome-three-years: Y103 ≤warning Sheet1!D9 alt Y101 (年度目标 says 2024 in a 2026-2028
  project); D201 ≤error Sheet1!E12 (≥3200场 in the year above ≥3000场 in three years); T108
  ≤warning Sheet1!E14 row, alt D203 (故障率 with ≥).
* kfp08-academician-class: D104 ≤warning Sheet1!E10 row (goal 40所, indicator 30所); T105 ≤error
  Sheet1!E11 row (完成率 given as 120场); F201 ≤warning Sheet1!C16 row (满意度 under 社会效益).
* kfp10-drama-stacked: B101 ≤error Sheet1!C18 row (second project 45 + 5 ≠ 55); D102 ≤error
  Sheet1!D24 row, alt D103/D101/D104 (演出场次 ≥30场 and ≥24场 in one project).
* kfp12-lecture-points-wrong: W103 ≤error 绩效目标!B9 (产出 50, indicators 20+5+10+5 = 40; W101 at
  file level tolerated); F201 ≤warning 绩效目标!D10 row (a cost under 数量指标); Y102 ≤error
  绩效目标!E12 (deadline 2027-06-30 in a one-year 2026 project).
* kfp14-van-copied: D204 ≤warning Sheet1!D9 (年度目标 = 中期目标); D202 ≤warning Sheet1!E11 and
  Sheet1!E15 (two-year cumulative counts copied into 年度).
* kfp16-van-export-wrong: B102 ≤error 部门项目支出预算05-1!C4 (lines 95 ≠ 100); X104 ≤warning
  部门项目支出绩效目标05-2!F6 (text 46387 = 2026-12-31); B107 ≤warning 部门项目支出绩效目标05-2!F7
  row (0.8万元 × 150站次 = 120 > 100).
* kfp18-van-template-left: Y103 ≤warning Sheet1!C9 row, alt Y101 (indicator named 2025年度 in a
  2026 project); F110 ≤error Sheet1!C11 (value without a name); F109 ≤warning Sheet1!B15 row
  (生态效益指标 left from the template).

Of the 25 marks, 20 are found only by comparing parts of the return: D104 ×2, Y102 ×2, Y103 ×2,
B107 ×2, B101 ×2, B102 ×2, D201, D202 ×2, D204, D102, F201 ×2, W103.

Legitimate look-alikes in the correct returns: a goal count with its part in brackets
(kfp01 其中触屏类10件, kfp03 其中青少年20万人次, kfp17 其中乡村学校90站, each part given its
own smaller indicator); `=100%` on 合格率 / 审核通过率 (the ceiling); typed percent cells
(`pct(0.95)`, `pct(0.92, "0.00%")`) with and without a % unit column; `=0起` / `0 起` on incident
counts; 观众投诉率 and 故障率 with ≤; rises in 百分点 (kfp07, kfp17); tier and indicator points
both 100 (kfp05); unit cost × count equal to or within its money (kfp01 72 ≤ 130, kfp07 80万 ≤
120, kfp09 60 = 60 and 40 ≤ 45, kfp11 30 ≤ 36, kfp13 90 ≤ 120 and 270 ≤ 360, kfp15 60 ≤ 70,
kfp17 120 = 120); a later year prepared for (kfp09 为2027年…, kfp13 为2029年…); 中期 counts
above the year's and equal rates in multi-year projects (kfp13); the same indicator name with
other values in two stacked projects (kfp09 学生满意度 90 % / 92 %); signature dates in the
year before the budget year; 注 and 填表说明 rows, a stamp line and 合计 rows.

Judgements: the exhibition count (kfp02) and the school count (kfp08) below the goal are
warnings, the goal may have been revised; a date before the budget year (kfp02) or after a
one-year project (kfp12) is an error; a year left in 年度目标 or an indicator name (kfp06,
kfp18) is a warning (Y101 accepted); the duplicate with two values in one project (kfp10) is
accepted as an error, a reviewer cannot hold both targets; the 满意度 under 社会效益 and the cost
under 数量 are misplacements (F201), not unknown tiers; B107 stays a warning although the
product clearly exceeds the money, per the catalogue's severity.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout838 import lectures, museum, vans
from tests.variants.holdout838.registry import HOLDOUT838
from tests.variants.kit import Variant

MODULES = (museum, lectures, vans)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT838, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 838th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
