"""The 865th held-out set: grassroots health (family doctor contracts, village clinic equipment,
chronic disease follow-ups), 18 invented returns, 9 correct, aimed at checks across the table.

Places, units, people and figures are invented (澄岭县, 柘川县, 梧塘县, 榆埠镇, 鹤汀乡). Budget
year 2026; fill and signature dates in November 2025.

Layouts: project heads with one-year and multi-year (中期/年度) money blocks; OLD-NAT tables
with operator and unit columns (kgq01, kgq07, kgq08); NAT-2021 with headers 考核指标 /
绩效目标值 (kgq02) and 预期实现值 on a second sheet (kgq09); 中期 and 年度 value columns
(kgq03, kgq04, kgq17, kgq18); two stacked projects (kgq05, kgq06); numbered tier labels
(kgq10); a budget-system export with codes first and the header on the third row (kgq11);
tier-1 and indicator score columns (kgq13, kgq14); department heads with flat lists (kgq15,
kgq16); budget detail blocks with a subtotal (kgq07, kgq08); notes, 填表说明, a repeated
header row and signature lines (kgq05, kgq07, kgq15, kgq17).

Planted mistakes (code, highest accepted severity, place):

* kgq02: B101 ≤error at 年度资金总额 (150 + 20 ≠ 180); D104 ≤warning, row of the team count
  (goal 46 teams, indicator ≥40个); B107 ≤warning, row of the subsidy (60元 × 35000 = 210万).
* kgq04: Y101 ≤error, book level, alt Y102 (title 2025年度, plan from 2026); D201 ≤error, row
  of the beds, alt D104 (annual 360 above the period's 300); T108 ≤warning, row of 失访率 ≥5%.
* kgq06: D102 ≤error, row of the second coverage rate, alt D103/D101 (a word more, 50% vs 60%);
  Y102 ≤error, row of the deadline, alt Y103 (2025年12月31日前 in a 2026 project); F201
  ≤warning, row of a satisfaction rate under 社会效益.
* kgq08: B102 ≤error at the detail 合计, alt B101 (90 + 30 + 6 ≠ 120); B107 ≤warning, row of
  the B超 unit price (3.5万 × 30 = 105 above its 90万 line).
* kgq10: D104 ≤warning, row of the clinic count (goal 86, indicator ≥68个); X101 ≤error, row
  of the template example (≥**台); F201 ≤warning, row of 验收合格率 under 时效.
* kgq12: X104 ≤warning at the end date (text 46387); B105 ≤error at 其他资金 (180,000.00元 in
  a 万元 block; B101 tolerated at book level); Y102 ≤error, row of the deadline, alt Y103.
* kgq14: W103 ≤error at the 效益 tier score (30 vs 10 + 10 + 5; W101 tolerated at book
  level); D104 ≤warning, row of 规范管理率 ≥60% (goal says 65%).
* kgq16: B102 ≤error at 金额合计, alt B101 (52 + 46 + 38 ≠ 130); D101 ≤warning, row of the
  second 高血压患者季度随访人次, alt D103/D102.
* kgq18: D204 ≤warning at 年度目标 (copied from 中期目标); D202 ≤warning at the annual cells
  of the two cumulative counts.

Cross-table marks: B101 (kgq02), D104 ×3, B107 ×2, Y101, D201, D102, Y102 ×2, F201 ×2, B102
×2, X101 (template leftover), W103, D101, D204, D202 ×2.

Legitimate look-alikes in the correct returns: goal counts that are parts of the indicator's
(其中65岁以上老年人1.1万人, kgq01; 其中中心村卫生室12个, kgq07; 其中0—6岁儿童900人, kgq05);
persons in the goal against 人次 in the indicators (6000名 × 4 = 24000人次, kgq13); 为2028年在
全县推开积累经验 after a 2026—2027 period (kgq03); period counts above smaller annual counts
beside equal rates (kgq03, kgq17); rates raised in 百分点 (kgq01, kgq03, kgq13, kgq17); 100 on
both score levels (kgq13); 下降率 with ≥ (kgq09, kgq15); 0起 on an incident count (kgq09);
=100% on an acceptance rate (kgq07 as a typed percent, kgq11 as text); unit cost × count equal
to its money (kgq05 6 × 6万, kgq07 42 × 1.2万, kgq12 22 × 4万, kgq17 60元 × 15000) or within
it; the same indicator name with different values in two stacked projects (kgq05); a subtotal
inside a detail block (kgq07); a repeated header row (kgq17); fill dates in 2025.

Judgements: a conflicting duplicate (kgq06) is accepted as an error since one indicator cannot
have two targets, and D103 / D101 are accepted for it; the B超 cap (kgq08) is compared with its
own detail line, not the project total it stays under; the title year in kgq04 is a book-level
mark because the conflict spans the title and the plan dates; T108 in kgq04 marks the row,
whose 中期 value repeats the wrong operator; kgq06's 2025 deadline is a leftover from last
year's return (Y103 accepted); the bare typed 95% and 90% in kgq09's one value column are read
as targets, not marked for a missing operator.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout865 import clinics, contracts, followups
from tests.variants.holdout865.registry import HOLDOUT865
from tests.variants.kit import Variant

MODULES = (contracts, clinics, followups)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT865, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 865th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
