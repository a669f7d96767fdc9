"""The 766th held-out set: 18 invented returns of a provincial meteorological bureau (澜州省气象局)
with a careful reviewer's marks; its aim is checks across the table.

Theme: an agricultural drought-monitoring network (``drought``: kcv01–kcv06), lightning-protection
inspections (``lightning``: kcv07–kcv12) and a weather-radar maintenance contract (``radar``:
kcv13–kcv18). Budget year 2026; money in 万元, carried by the number format. Everything (places
such as 澄渠县, 黛川市, 苍浦区, units, people, phone numbers, figures) is invented.

Layouts: project heads with 中期/年度 money blocks (one-year and multi-year), department heads
with key tasks and 金额合计, 中期 and 年度 value columns (kcv01, 02, 14, 15, 16), a flat list
with 指标性质 as operator and weights (kcv03), two projects stacked in one sheet (kcv05, 06),
numbered tier labels with points and an indicator points column (kcv07), headers 考核指标 /
目标值（年度） (kcv09), a table on a second sheet under 指标内容 / 绩效标准 (kcv10), a header row
repeated after a page break with a 合计 row, 填表说明 and signature lines (kcv11), an operator
column and a unit column (kcv13), a 资金明细 block under the table (kcv14), budget-system
exports with sheets 05-1 / 05-2, headers on the third row and project codes in the first
columns (kcv17, 18).

Planted mistakes (return: code, highest accepted severity, place):

* kcv02: D104 ≤warning, Sheet1!E11 (row): 年度目标 says 8 new stations, the year's value ≥10个;
  D202 ≤warning, Sheet1!E12 (alt D104, D201): the three-year 108期 copied to the 年度 column;
  D201 ≤error, Sheet1!E13 (alt D104): 12份 in the year against 9份 for the period.
* kcv04: B102 ≤error, Sheet1!D9 (alt B101): tasks 140+90+50=280 against 金额合计 300;
  D104 ≤warning, Sheet1!D12 (row): the goal says ≥24期 bulletins, the indicator ≥12期;
  F201 ≤warning, Sheet1!D19 (row): a satisfaction rate under 社会效益指标.
* kcv06: Y103 ≤warning, Sheet1!B25 (alt Y101): 2025 left in the second project's goal;
  D102 ≤error, Sheet1!D29 (row; alt D101, D103, D104): 旱情田间调查次数 twice, 45 / 40.
* kcv08: F201 ≤warning, Sheet1!D13 (row): a 合格率 under 时效; B107 ≤warning, Sheet1!D14
  (row): 0.3万元 × 800处 = 240 above the 180 of the project; T108 ≤warning, Sheet1!D15 (row):
  an accident rate with ≥.
* kcv09: Y103 ≤error, Sheet1!B8 (alt Y101, Y102): 年度目标 with a 2025 deadline in a 2026
  project; Y102 ≤error, Sheet1!D14 (alt Y103): a 2027 deadline in a one-year project.
* kcv12: D103 ≤warning, Sheet1!D11 (row; alt D102, D101, D104): the same count with 量 added
  and another value; F110 ≤error, Sheet1!C13: a value without a name.
* kcv14: B101 ≤error, Sheet1!E5 (row): 年度资金 200 ≠ 180 + 30; B107 ≤warning, Sheet1!E15
  (row): 60万元 × 4部 above the year's 200; B102 ≤error, Sheet1!C23 (alt B101): detail lines
  80+70+40=190 against 合计 200.
* kcv16: D204 ≤warning, Sheet1!D9: 年度目标 copied from 中期目标 in a two-year project;
  T106 ≤error, Sheet1!D12: ≥102% in the 中期 column; Y102 ≤error, Sheet1!E13 (alt Y103, Y101):
  a 2025 deadline in a 2026—2027 project.
* kcv18: X103 ≤warning, 部门项目支出预算05-1!C4 (alt B108): 1,255.00 as text; D104 ≤warning,
  部门项目支出绩效目标05-2!F4 (row): the goal's 3部 (last year's count) against ≥4部; F109
  ≤warning, 部门项目支出绩效目标05-2 row 9 (row): 生态效益指标 left without an indicator.

24 required marks; 19 of them are found only by comparing parts of the return (goal text against
indicators, 中期 against 年度, years and dates, duplicates, wrong tier-2, money and unit costs,
leftovers). Tolerated: kcv14 Sheet1!E11 (``ok``, ≤warning): ≥4部 in both columns.

Legitimate look-alikes in the correct returns: a goal count split in brackets (kcv01 30 =
18 + 12, kcv05 45 = 15 + 30, kcv10 1200 = 310 + 260 + 630); period counts beside smaller year
counts and rates equal in both columns (kcv01, kcv15); ≥4部 in both columns for the same radars
(kcv15); a later year the work prepares for (kcv03 2027, kcv10 2027); a 下降率 with ≥ and a 误报率
with ≤ (kcv03); 0起 on accident counts (kcv07, kcv11); ≥5百分点 / ≥3百分点 (kcv07, kcv15); tier
points and indicator points both adding to 100 (kcv07); unit cost × count equal to its money
(kcv11 0.1 × 4200 = 420, kcv13 contract 165, kcv15 45 × 4 = 180); `=100%` and a typed 100% on
入库率 (kcv07, kcv10); a footnote explaining a total (kcv10); the same indicator name with
different values in two stacked projects (kcv05); signature dates in 2025 (kcv01, 07, 11, 13);
typed percent cells (kcv01, 03, 07, 11, 13, 17).

Judgements: a leftover year that is a deadline (kcv09, kcv16) is an impossibility, so error is
accepted; a leftover year that only names a season (kcv06) is a warning. The copied 108期 (kcv02)
is D202 first, but D104 (the goal says 36) and D201 are accepted. Whether kcv04's 300 or its
parts are wrong cannot be told, so B101 is accepted beside B102. The repeated radar count
(kcv14, kcv15) is the same fleet each year, not a cumulative count, so no D202 is asked for.
kcv18's goal and indicator disagree across two sheets; the mark sits at the indicator.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout766 import drought, lightning, radar
from tests.variants.holdout766.registry import HOLDOUT766
from tests.variants.kit import Variant

MODULES = (drought, lightning, radar)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT766, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 766th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
