"""The 740th held-out set: a county ethnic-affairs commission (磐岫县民族宗教事务委员会, all
invented), budget year 2025.

Theme: minority-village characteristic-industry support (kbv01–kbv06, ``industry``), bilingual
signage (kbv07–kbv12, ``signage``) and the ethnic-culture festival (kbv13–kbv18, ``festival``).
18 returns, 9 correct and 9 with 2–3 planted mistakes (21 required marks, 18 of them found only
by comparing one part of the return with another).

Layouts: project heads with one-year and multi-year money blocks (中期 and 年度 columns);
department heads with budget lines and key tasks; NAT-2021 and OLD-NAT tiers merged down;
numbered labels with points (kbv01), abbreviated labels (kbv08), tier points beside an
indicator 分值 column (kbv09); headers 预期目标 (kbv10), 预期实现值 on a second sheet with the
header repeated after a page break (kbv11), 指标内容 / 绩效标准 (kbv13), 考核指标 /
目标值（年度） (kbv14); operator column with a unit column (kbv07); 指标性质 as direction and
指标方向 as operator (kbv17); flat lists (kbv06, kbv16); two projects stacked in one sheet
(kbv04, kbv15); a budget-system export with codes in the first columns and the header on the
third row of sheets 05-1 / 05-2 (kbv05); a funding detail block under the table (kbv03);
说明 / 注 / 填表说明 rows, signature and date lines (kbv06, kbv11, kbv13).

Planted mistakes (return: code, highest accepted severity, place):

* kbv02-embroidery-three-years: D104 ≤warning at Sheet1 中期 value of 建成民族刺绣工坊数量
  (row; the 中期目标 says 12, the indicator ≥10); D201 ≤error at the annual 培训绣娘人数 (950 >
  900; alt D104, the 年度目标 says 300); D202 ≤warning at the annual 开发刺绣产品款式 (the
  period's 50 copied; alt D104, the 年度目标 says 20).
* kbv03-cattle-cooperative: B107 ≤warning at 户均养殖补助标准 (row; 1万元 × 250户 = 250 > 200);
  B102 ≤error at the detail block's 合计 (40+100+40+10 = 190 ≠ 200).
* kbv05-oil-tea-export: Y103 ≤warning at the 年度绩效目标 cell of sheet 05-1 (alt Y101; 2024
  left in a 2025 goal); Y102 ≤error at the date cell 2026-03-31 of 油茶基地建设完成时间.
* kbv08-signs-abbreviated-tiers: F201 ≤warning at 民族文字译写准确率 under 时效 (row); D102
  ≤error at 设置双语标识牌数 ≥500块 under 可持续影响 (row; alt D103, D104, F201).
* kbv10-signs-template-rows: X101 ≤error at the example row's ``≥**块`` (row:
  its name holds XX too); F110 ≤error at the
  empty name cell of a 质量 row; F109 ≤warning at the empty 社会成本指标 row (row).
* kbv12-signs-department-money: B101 ≤error at 资金总额 (800 + 50 ≠ 860); B102 ≤error at the
  tasks' 金额合计 (530 ≠ 520); D104 ≤warning at 新设和更换双语标识牌 ≥500块 (row; goal 800).
* kbv14-festival-last-season: D104 ≤warning at 参演队伍数量 ≥25支 (row; goal 30); Y102 ≤error at
  the date cell 2024-11-15 of 文化节举办日期 (alt Y101).
* kbv15-festival-stacked-sports: B101 ≤error at the second project's 资金总额 (row; 35 + 10 ≠
  50); D103 ≤warning at 现场观众满意度 beside 观众满意度 in the same tier-2 (row; alt D101).
* kbv16-festival-flat-weights: T106 ≤error at the typed 105% of 节目按时演出率; W101 ≤error
  on the whole return (weights 95, header 权重（100分）).

Legitimate look-alikes in the correct returns: a goal's total with its parts in brackets and an
indicator for one part (kbv01 6 villages / 4 tea villages, kbv13 30 teams / 18 township teams);
a unit cost × count exactly equal to the money (kbv01 25 × 6 = 150, kbv09 annual 0.2 × 700 =
140, kbv11 200元 × 1500 = 30万, kbv13 and kbv18 10 × 8 = 80); the period's count in 中期
beside a smaller annual count and equal rates in both columns (kbv09, kbv18); 2027 in a
2025–2026 goal as the year the work prepares for (kbv09); tier points in the labels and
indicator points in a column, 100 both ways (kbv09); ``≥8百分点`` / ``≥5百分点`` on a rate
raised (kbv09); a 下降率 with ≥ and ``≤0起`` on an incident count (kbv07, kbv17); ``=100%``
on 合格率 / 通过率 (kbv07 typed, kbv13, kbv18); typed percents (kbv01, kbv07, kbv09, kbv17,
kbv18); the same indicator name with different values in two stacked projects (kbv04
扶持村寨数量, and 观众满意度 across kbv15's two projects); fill dates in 2024 (signature lines);
a weight 合计 row and a 分值 合计 row; text values beginning with ``=`` kept as text (kbv18).

Judgements where a reviewer could hesitate:

* kbv02: the annual 950 > 900 is an impossibility (error); the copied 50款 is a warning, since
  a very front-loaded plan is conceivable, and the goal-text conflicts are warnings (D104).
* kbv05: a 2024 year in the 2025 年度目标 is marked as a leftover (warning, Y101 accepted);
  the 2026 deadline of a one-year 2025 project is an error (Y102).
* kbv08: the second 设置双语标识牌数 differs in value from the first, so D102 (error) rather
  than D101; it also sits under 可持续影响 (F201 accepted) and contradicts the goal (D104).
* kbv03: B107 is compared with the whole 200万元 (the detail line 农户养殖补助 is 100万元, a
  reviewer may also cite that); it stays a warning as the standard is a cap.
* kbv15's 观众满意度 in both stacked projects is not a duplicate; only the second project's
  观众满意度 / 现场观众满意度 pair is.
* kbv16: weights are checked in a flat list; 95 is neither 100 nor 90.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout740 import festival, industry, signage
from tests.variants.holdout740.registry import HOLDOUT740
from tests.variants.kit import Variant

MODULES = (industry, signage, festival)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT740, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 740th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
