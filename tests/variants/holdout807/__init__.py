"""The 807th held-out set: school meals for rural pupils (nutrition subsidies, canteen upgrades,
food-safety checks). 18 invented returns, 9 correct, 24 required marks; budget year 2026 in all.
The set's aim is checks across the table (goal text against indicators, years and dates, 中期
against 年度, duplicates, wrong tier-2, cost × count and parts against totals).

Layouts: project heads (one-year and multi-year with 中期/年度 columns), department heads with
budget and task blocks, two projects stacked in one sheet (kek07, kek08), a flat department list
(kek09), a budget-system export with codes and the table on a second sheet (kek11), labels with
points, numbering, * and ★ (kek05, kek10), headers 指标内容/绩效标准, 考核指标/目标值（年度）/
评价标准 in two rows, 预期目标, operator and unit columns, note rows, 说明/填表说明, signature
lines, a header repeated after a page break with 小计/合计 rows (kek17).

Planted mistakes (return: code, highest accepted severity, place):

* kek02: D104 ≤warning (row, 受助寄宿生人数 ≥4800人 against 5200 in the goal); D102 ≤error
  (row, alt D103/D101: 营养补助发放及时率 ≥90% beside 寄宿生营养补助发放及时率 ≥95%); Y102
  ≤error (alt Y101: 完成时间 2025-12-31 in a 2026 return).
* kek03: B103 ≤error (年度资金总额 520 > 中期 500); D202 ≤warning (alt D104: 营养食谱 ≥12 copied
  into 年度, the 年度目标 says 4套); D201 ≤error (讲座 40场 in the year, 36 for three years).
* kek06: B101 ≤error (row: 基本 1200 + 项目 720 ≠ 1960); B102 ≤error (金额合计 740, tasks 720);
  D104 ≤warning (row: 受助农村学校数 ≥31所, tasks and goal say 34所).
* kek08: D101 ≤warning (row: 明厨亮灶安装学校数 under 数量 and again under 质量); B101 ≤error
  (row: second project 150 ≠ 120 + 20); D104 ≤warning (row: ≥10所 against 12所 in its goal).
* kek10: D102 ≤error (row, alt D103/D104: 改造食堂数量 ≥9所 / 食堂改造数量 ≥8所); F201 ≤warning
  (row, alt F105: 竣工验收合格率 under ★时效); Y102 ≤error (alt Y101/Y103: 2027年6月30日前 in a
  one-year 2026 project).
* kek12: F109 ≤warning (row: 时效指标 left empty); F110 ≤error (empty name with ≥30%).
* kek14: Y103 ≤warning (alt Y101: 2024年度 in the 2026 年度目标); T108 ≤warning (row: 抽检食品
  不合格率 with ≥).
* kek16: D204 ≤warning (年度目标 = 中期目标); D104 ≤warning (row: 中期 ≥500批次 against 600 in
  the goal); D201 ≤error (专项检查 12次 in the year, 8 in two years).
* kek17: X103 ≤warning (alt B108: 年度资金总额 "1,285,000" as text); D101 ≤warning (row: 知晓率
  twice under 社会效益指标).

Legitimate look-alikes in the correct returns: a 下降幅度 ≥2百分点 and a 2027 the work prepares
for (kek01); 中期 counts beside smaller 年度 counts, equal rates in both columns, a goal count in
brackets that is part of the indicator's (kek04); tier points and indicator points both adding to
100 with a footnote saying so (kek05); unit cost × count equal to the money (kek07 8×45=360,
24×4=96; kek09 7×40=280; kek15 36×1.5=54), the same indicator with different values in two
stacked projects (kek07); ≤0起 on incident counts (kek09, kek12, kek13, kek14); a note row
inside the table and a fill date in 2025 (kek13, kek01, kek12); a 下降率 with ≥ (kek15); ≥5百分点
on a rate raise and a date cell in the year (kek18).

Judgements: D104 is marked at the indicator row, not the goal text, and D102 accepts D103 or D101
(a word more in the name). The kek03 年度 recipe count copied from 中期 is D202 (D104 accepted,
since the 年度目标 says 4). kek08's duplicate sits under two tier-2s, so D101 is only a warning.
kek14's 2024年度 may be a leftover or a reference to last year's inspection: a warning only.
kek17's 小计/合计 rows and the repeated header are not indicators.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout807 import canteen, safety, subsidy
from tests.variants.holdout807.registry import HOLDOUT807
from tests.variants.kit import Variant

MODULES = (subsidy, canteen, safety)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT807, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 807th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
