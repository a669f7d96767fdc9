"""The 822nd held-out set: a county hospital's equipment upgrade (invented 柘岭县人民医院 under
柘岭县卫生健康局, budget year 2026): the CT scanner purchase and the staff training around it
(``scanner``), telemedicine links to the township clinics (``telemedicine``), and the hospital as
a whole (``hospital``). 18 returns, 9 correct, 24 required marks; the set's aim is checks across
the table (goal text against indicators, years, 中期 against 年度, duplicates, wrong tier-2,
cost × count against money, parts against totals, leftovers).

Layouts: one-year project heads with an operator and unit column (kez01), one value column
(kez02, kez06), operators in words under 指标性质 with headers 考核指标 / 绩效标准 (kez03),
numbered tier labels 一、/（一） (kez04), a table on a second sheet under 预期实现值 with tier-1
points in the labels and an indicator 分值 column (kez05); multi-year projects with 中期 and 年度
columns (kez07, kez08, kez11 with the header repeated after a page break, kez12); stacked
projects (kez09, kez10); department heads with key tasks (kez13 with abbreviated labels 产出 /
数量, kez14); flat lists 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值 (kez15, kez16);
budget-system exports with a budget sheet and project codes in the first columns (kez17, kez18).

Planted mistakes (code, highest accepted severity, place):

* kez02-ct-goal-conflict: D104 ≤warning Sheet1!D10 (row): 年度目标 trains 12 technicians, the
  indicator 8 (the goal cell B7 tolerates a warning); Y102 ≤error Sheet1!D12: deadline
  2025年10月31日前 in a 2026 one-year project; B107 ≤warning Sheet1!D13 (row): 820万元/台 × 1
  above the 760万元 of the project.
* kez04-storage-tier-misplaced: Y101 ≤error book level (alt Y102): title 2025年度, dates and goal
  2026; F201 ≤warning Sheet1!C13 (row): CT影像甲级片率 under 时效指标.
* kez06-training-leftovers: Y103 ≤warning Sheet1!B7: 年度目标 names 2024 (last season's text);
  D103 ≤warning Sheet1!C10 (row, alt D101, D102): 乡镇影像医师培训人数 repeats
  培训乡镇影像医师人数; X101 ≤error Sheet1!D14: ``≥**份`` left from the template.
* kez08-ecg-copied-columns: D204 ≤warning Sheet1!D9: 年度目标 = 中期目标 in a three-year
  project; D202 ≤warning Sheet1!E11: 联通乡镇卫生院数 ≥18家 copied into 年度; D201 ≤error
  Sheet1!E12: 远程心电诊断例数 ≥8000例 in the year against ≥6000例 for the period.
* kez10-stacked-terminals (second project): B101 ≤error Sheet1!C19 (row): 260 ≠ 200 + 40;
  D104 ≤warning Sheet1!D24 (row): goal trains 60 doctors, the indicator 40 (goal cell B21
  tolerated); D102 ≤error Sheet1!C25 (row, alt D103): 远程会诊终端配置套数 ≥10套 against
  远程会诊终端配置数量 ≥12套.
* kez12-imaging-center-years: B103 ≤error Sheet1!E5: 年度资金 480 above 中期资金 450; Y103
  ≤warning Sheet1!D9: 年度目标 names 2025 in a 2026—2028 project; Y102 ≤error Sheet1!D14:
  中期 deadline 2029年6月30日前 after the period.
* kez14-department-tasks: B102 ≤error 部门整体!D9: tasks 860 + 60 + 180 = 1100 against 金额合计
  1200; D104 ≤warning 部门整体!D13 (row): 年度总体目标 120人次, indicator ≥150人次 (goal cell
  B10 and task cell E7 tolerated); B107 ≤warning 部门整体!D17 (row): 12万元/套 × 20套 = 240
  above the task's 180万元 (count cell D14 tolerated).
* kez16-flat-duplicates: W101 ≤error book level: weights add to 95; D101 ≤warning Sheet1!A13
  (row, alt D103): 联通乡镇卫生院数 listed twice.
* kez18-export-leftovers: Y102 ≤error 部门项目支出绩效目标05-2!F6: 2025年12月31日前 in a 2026
  export; F201 ≤warning 部门项目支出绩效目标05-2!E9 (row): a 满意度 under 社会效益指标.

Legitimate look-alikes in the correct returns: typed percent cells with an operator column
(kez01, kez15) and a bare typed 95% (kez05); ``=100%`` on 验收合格率 (kez01, kez09, kez10's first
project, kez17, where it stays text); 下降率 with ≥ (kez01, kez15); 0起 on an incident count
(kez03); points given for tier-1 (in the labels) and for each indicator, 100 both ways (kez05);
rates raised in 百分点 (kez05, kez11, kez16); a footnote and a 说明 explaining totals (kez01,
kez03); unit cost × count within or equal to the money (kez01 780 × 1 + 80 = 860, kez03 44 of
48, kez07 15 × 6 = 90 of 180, kez09 680 × 1 = 680, kez10 0.25 × 120 = 30, kez11 0.8 × 96 =
76.8 of 96); the period's count in 中期 beside a smaller year's count, rates equal in both
columns (kez07, kez11, kez12); a goal's count with its parts in brackets (kez07, kez09, kez11,
kez13); a later year the work prepares for (为2029年向村卫生室延伸, kez07); 患者满意度 with
different values in two stacked projects (kez09) and in two exported projects (kez17); fill and
signature dates in November 2025 (all); a repeated header row, 注 and 填表说明 rows, 合计 rows
(kez05, kez11, kez15, kez17).

Judgements where a reviewer could hesitate:

* A date before the budget year in a one-year project, or after a multi-year period, is an
  impossibility (Y102 up to error); a stray year in goal text is only doubtful (Y103 warning).
* Goal text against an indicator (D104) and cost × count above the money (B107) are warnings:
  the text or the price may be the stale side. kez14's B107 compares with the task's money
  (180), not with 项目支出.
* A cumulative count copied from 中期 to 年度 is a warning (D202); a year's count above the
  period's cannot be (D201 error). The same indicator twice with two values (kez10) is an
  error (D102, D103 accepted); twice with one value (kez06, kez16) a warning.
* kez04's title year is marked on the book (Y101 alt Y102): the finding may land at the title
  or at the dates. kez05's bare typed 95% has no operator: at most info, not marked.
* kez07's 2029 lies after the period but names what the work prepares for: not a leftover.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout822 import hospital, scanner, telemedicine
from tests.variants.holdout822.registry import HOLDOUT822
from tests.variants.kit import Variant

MODULES = (scanner, telemedicine, hospital)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT822, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 822nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
