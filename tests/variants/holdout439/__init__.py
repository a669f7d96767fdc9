"""The 439th held-out set: 18 invented returns of 澄屿区 (invented) on construction waste
(建筑垃圾): the recycling plant (资源化利用中心) and illegal-dumping control (偷倒乱倒治理).

Layouts: project heads with 万元 money blocks (one-year, and 中期/年度 for multi-year projects),
department heads with budget, shares and key tasks; tier-1 and tier-2 merged down; operator and
unit columns, direction and operator columns, inline operators; two-row 中期/年度 header; tier-1
score column; header words 预期目标, 考核指标, 绩效目标值, 评价标准, 预期实现值; flat lists; two
projects stacked in one sheet; a budget-system export with codes in the first columns and the
table on a second sheet (05-2) under a third-row header; notes, a repeated header after a page
break, 填表说明, signature and date lines.

Planted mistakes (code, highest accepted severity, place):

* yg02: B105 error Sheet1!E6 (其他资金 600,000.00元 in a 万元 block; B101 file tolerated);
  T106 error Sheet1!E10 (合格率 105%, a typed percent cell).
* yg04: D204 warning Sheet1!D9 (年度目标 = 中期目标); D202 warning Sheet1!E12 and E13
  (cumulative counts copied into the annual column).
* yg06: W103 error Sheet1!B9 (产出 50 declared, indicators 45; W101 file tolerated);
  T105 error Sheet1!E10 (检测达标率 ≥160批次).
* yg07: T108 warning rows 9, 13, 14 (巡查次数 ≤, 清运成本 =, 复发率 ≥).
* yg09: F110 error Sheet1!C11 (value, no name); F109 warning row 14 (生态效益指标 left empty).
* yg12: B101 error Sheet1!C19 (second project: 130 + 15 ≠ 140); T105 error Sheet1!D24
  (航拍覆盖率 ≥360架次).
* yg14: T108 warning row 8 (反向 抛洒滴漏发生率 ≥3%); T112 error Sheet1!B9 (60万元 against
  unit 台); W101 error book level (weights add to 95).
* yg16: B101 error row 4 (300 + 700 ≠ 980); B102 error Sheet1!D8 (420 + 260 ≠ 700).
* yg18: X104 warning Sheet1!F4 (plan end date as the text serial 46022); F105 error
  Sheet1!B13 (2.时效指标 under 三、效益指标).

Legitimate look-alikes in the correct returns: `=100%` on 抽检合格率 and 奖励兑现准确率 (the
ceiling, yg01, yg08, yg13, yg17); typed percent cells with a duplicating % unit column (yg01,
yg08, yg13); unit cost × count equal to the money (16元/吨 × 30万吨 = 480万 in yg01, 1000元 ×
300件 in yg08, 8 × 12万 in yg05, 440 × 2000元 in yg11); 下降率 with ≥ (yg08, yg13); 0起 on
accidents with ≤ (yg08, yg13); 100 at both levels with a 合计 row (yg05); ≥2百分点 on an
accuracy rise (yg05); annual counts below the period ones and rates equal in both columns
(yg03); the same 群众满意度 with different values in two stacked projects (yg11); a note row
between tiers, a repeated header, footnotes explaining a ratio and a total, a prior-year fill
date (yg10); numbered labels, ★ and codes in an export (yg17); shares 94/6/32/68 % (yg15).

Judgements: the note in yg10 naming a 2024 baseline is tolerated (`ok`, warning), not asked
for. In yg16 the B101 is a row mark: which of 资金总额, 基本支出, 项目支出 is wrong cannot be
told. `≤0批次` on rejected batches (yg06) is an incident count, not a zero cost. A grade
`下降` on complaints (yg10) and `持续入选` with 定性 (yg01) are accepted qualitative targets.
Satisfaction values without an operator (yg06 pct(0.88)) draw at most info (T103).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout439 import department, dumping, plant
from tests.variants.holdout439.registry import HOLDOUT439
from tests.variants.kit import Variant

MODULES = (plant, dumping, department)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT439, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 439th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
