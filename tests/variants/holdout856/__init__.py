"""The 856th held-out set: forest pest control in the invented 枫岙县 (pine wilt disease
monitoring, removal of infected trees, biological control releases), 18 returns, 9 correct.

Layouts: project heads (one-year, two- and three-year with 中期 and 年度 columns, a two-row
header), department heads with task blocks, a flat list, stacked projects, a table on a second
sheet, a budget-system export (05-1 / 05-2, codes in the first columns), numbered, pointed,
marked and abbreviated tier labels, headers 预期目标, 考核指标, 目标值（年度）, 预期实现值,
指标内容, 绩效标准, notes, 填表说明, a repeated header after a page break, signature lines.

Planted mistakes (code, highest accepted severity, place):

* kgh02-trap-line: D104 warning (row) at the trap count (goal 800套, indicator 600套); Y102
  error (row, alt Y101/Y103) at a deadline in 2026 for a 2025 one-year project; F201 warning
  (row) at a satisfaction rate under 社会效益指标.
* kgh04-drone-survey-copied: D204 warning at the 年度目标 cell (copied from 中期目标); D202
  warning at the annual area copied from the period; D201 error at an annual sample count
  (3600份) above the three-year count (3000份).
* kgh06-second-sheet-leftover: D103 warning (row, alt D101/D102) at a near-duplicate with a
  different value; Y102 error (row, alt Y101/Y103) at last year's deadline (2024).
* kgh08-removal-cost-over: B101 error at 年度资金总额 (400 ≠ 300 + 80); D104 warning (row) at
  the area (goal 1.2万亩, indicator 1.5万亩); B107 warning (row) at the unit cost (200元/株 ×
  2.5万株 = 500万元 > 400万元).
* kgh10-department-tasks-wrong: B102 error at 金额合计 (240 + 70 + 30 = 340 ≠ 360); D104
  warning (row) at the removal count (goal 3万株, indicator 2.8万株); F201 warning (row) at a
  count under 质量指标.
* kgh12-page-break-duplicate: F201 warning (row) at a 合格率 under 时效; D103 warning (row, alt
  D101) at the count repeated after the page break with one word more (年度).
* kgh14-release-points-wrong: W103 error at 产出指标（50分） (15+10+10+10 = 45; a W101 on the
  total of 95 is tolerated at book level); D104 warning (row) at the release count (goal
  150万头, indicator 100万头); T105 error (alt D104) at a 寄生率 given as 30头.
* kgh16-stacked-release-wrong: B103 error at the second project's 年度资金总额 (180 > 150);
  Y102 error (row, alt Y101/Y103) at its annual deadline in 2024 (period 2025—2026).
* kgh18-release-year-duplicate: Y103 warning (alt Y101) at the 年度目标 naming 2024; D102 error
  (row, alt D103/D101) at the same count twice with 300万头 and 200万头; T106 error (alt D104) at
  a typed 105% (the goal says 60%).

Cross-table marks (goal, years, 中期/年度, duplicates, tiers, money against parts): 19 of 24.

Look-alikes in the correct returns: a 下降率 with ≥ and 0起 on an incident count (kgh01, kgh13);
a goal's total with its parts in brackets (kgh01, kgh05); a later year prepared for (2028 in
kgh03, 2027 in kgh15); period counts beside smaller annual ones, equal rates and unit costs in
both columns (kgh03, kgh15); unit cost × count equal to the money (kgh07, kgh09, kgh11); the
same indicator name with other values in stacked projects (kgh07); points at both levels
adding to 100 and rates raised in 百分点 (kgh13, kgh15); a note explaining the task total
(kgh09); =100% kept as text (kgh11); fill and signature dates in 2024 (kgh01, kgh09, kgh17);
typed percent cells (kgh01, kgh03, kgh05, kgh07, kgh09, kgh13, kgh15, kgh17).

Judgements: kgh15's 扩繁车间建设数量 =1处 in both columns is one workshop built in the first
year, not a copied count; kgh07's second project has no 其他资金 (0); kgh05's 下降率 is a bare 8
with % in the unit column; Y102 on a next-year or last-year deadline is taken as an error (a
date the project period cannot hold), D104 as a warning (the reviewer asks which is meant).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout856 import biocontrol, monitoring, removal
from tests.variants.holdout856.registry import HOLDOUT856
from tests.variants.kit import Variant

MODULES = (monitoring, removal, biocontrol)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT856, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 856th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
