"""The 715th held-out set: 18 invented returns of a township cultural station
(鹭汀县蓼塘镇综合文化站, invented) under 鹭汀县文化和旅游局, budget year 2026:
square-dance teams (``dance``, kaw01–kaw06), a public
film-screening programme (``film``, kaw07–kaw12) and a folk-art heritage workshop of bamboo
weaving and paper-cutting (``craft``, kaw13–kaw18). Nine returns are correct, nine carry 2–3
planted mistakes (24 required marks), most found only by comparing one part of the return
with another (goal against indicator, years, 中期 against 年度, duplicates, tier-2 fit, cost ×
count against money, parts against totals, leftovers).

Layouts: project heads (``heads.project_head``) with one-year or 中期/年度 money blocks; a
department head with budget and key tasks (kaw03, kaw15); operator and unit columns (kaw01,
kaw06, kaw07, kaw17); numbered tier labels (kaw02), points and ★ (kaw05), abbreviated labels
(kaw14); headers 考核指标 / 目标值（年度） (kaw07), 预期目标 (kaw08), 预期实现值 (kaw11), a
two-row header (kaw13), 实施周期指标值 / 年度指标值 (kaw15); a flat list with weights (kaw03);
two stacked projects (kaw09, kaw10); multi-year projects (kaw04, kaw12, kaw16); a note row inside
the table and a repeated header (kaw12); footnotes, 填表说明 and signature lines (kaw06, kaw08,
kaw12, kaw15); budget-system exports with codes first, the table on a second sheet (kaw11, kaw17).

Planted mistakes (code, highest accepted severity, place):

* kaw02: goal 扶持15支 against 扶持广场舞队数量 ≥12支: D104 ≤warning, Sheet1!D9 (row);
  广场舞骨干培训人数 ≥45人 beside 骨干培训人数 ≥60人: D102 ≤error (alt D103, D101), D11 (row);
  展演完成时间 2025年10月31日前 in a 2026 return: Y102 ≤error (alt Y101, Y103), D13.
* kaw04: 年度目标 copied from 中期目标: D204 ≤warning, D9; 示范队 年度 ≥12 above 中期 ≥10:
  D201 ≤error, E11.
* kaw06: goal names a 2025年度 展演: Y103 ≤warning (alt Y101, Y102), B7; 5000元/支 × 20支 =
  10万 above 8万: B107 ≤warning, E13 (row); 观众满意度 under 社会效益: F201 ≤warning, C15 (row).
* kaw08: plan dates 2025-01-01…2025-12-31 under a 2026 title: Y101 ≤error (alt Y102), D4 (row);
  goal 120场 against ≥100场: D104 ≤warning, D9 (row).
* kaw10: first project 年度资金 3.5 ≠ 3 + 0: B101 ≤error, C5; 公益电影放映场数 ≥100场 beside
  放映场次 ≥120场: D102 ≤error (alt D103, D101), D10 (row); second project 6万元/台 × 4台 = 24 above
  20: B107 ≤warning, D27 (row).
* kaw12: goal 6个 against 年度 ≥4: D104 ≤warning, E11 (row); 放映员 年度 ≥20 copied from 中期
  (goal 12人): D202 ≤warning (alt D104), E12; 年度 deadline 2025年10月31日前: Y102 ≤error (alt
  Y101, Y103), E14.
* kaw14: goal 纹样200幅 against ≥120幅: D104 ≤warning, D9 (row); 学员材料费补助标准 under 数量:
  F201 ≤warning, C11 (row); 培训学员人数 under 质量: F201 ≤warning, C12 (row).
* kaw16: 年度资金 40 above 中期资金 35: B103 ≤error, E5; 作品集 年度 ≥2 above 中期 ≥1: D201
  ≤error, E12.
* kaw18: template row （示例）参加培训人数 ≥**: X101 ≤error, D10; indicator named
  2025年剪纸作品展参观人次: Y103 ≤warning (alt Y101), C16 (row); detail lines 4.8 + 2.7 + 2.3 =
  9.8 against 合计 10: B102 ≤error (alt B101), book level.

Legitimate look-alikes in the correct returns: typed percent cells (kaw01, kaw03, kaw07, kaw13,
kaw17, kaw11 tolerated); 安全责任事故 ≤0起 (kaw01, kaw03, kaw07); 噪声扰民投诉下降率 ≥20%, a rise
of ≥5百分点, tier points 50/30/20 and indicator points both totalling 100 (kaw05); 提高 5 百分点 in
an operator column (kaw17); goal totals with parts in brackets and the part as its own indicator
(科普片24场 of 120, 竹编4期 of 6, 少儿专场16 of 96: kaw07, kaw13, kaw11); a later year the work
prepares for (为2027年…: kaw07, kaw17); the same 观众满意度 with different values in two stacked
projects (kaw09); 实施周期 = 年度 in a one-year department table with a 填表说明 saying so
(kaw15); a cost equal to its money (0.8万元/场 × 4 = 劳务费 3.2, kaw17; 项目支出控制数 ≤36 =
项目支出, kaw15); fill and signature dates in 2025 (kaw06, kaw11, kaw12, kaw15); 中期 counts beside
smaller annual counts (kaw04, kaw12, kaw16); =100% on completion rates.

Judgements: a goal count differing from its indicator is a warning (D104), not an error: the
reviewer asks. A near-duplicate with a different value is marked D102 up to error, accepting D103
/ D101. A 2025 deadline or plan date in a 2026 return is an impossibility (error); a 2025 year in
goal text or an indicator name is a leftover (warning, Y103). B107 stays a warning. kaw11's bare
95% under 预期实现值 and kaw16's per-year 工坊每年开放天数 equal in both columns are tolerated up
to a warning (``ok``), not required. In kaw12 the note row and repeated header split the table
but the tiers continue.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout715 import craft, dance, film
from tests.variants.holdout715.registry import HOLDOUT715
from tests.variants.kit import Variant

MODULES = (dance, film, craft)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT715, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 715th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
