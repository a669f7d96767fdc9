"""The 772nd held-out set: a provincial forestry and grassland bureau's returns for 2025:
forest-fire prevention (lookout towers, ranger patrols, fire-fighting supplies), pine-wilt disease
(松材线虫病) control (felling, trapping, spraying, quarantine) and grassland ecological subsidies
(禁牧补助, 草畜平衡奖励, restoration, monitoring). 18 returns, 9 correct, 24 required marks, all
of them found only by comparing one part of a return with another.

Layouts: project heads (one-year and multi-year with 中期 and 年度 columns), department heads with
tasks adding up to 项目支出, two stacked projects per sheet (kdb04, kdb13), flat lists (kdb05,
kdb18), a budget-system export with codes in the first columns and the table on a second sheet
(kdb06), a project head on one sheet and its indicators on another with the header repeated after
a page break (kdb15), tier-1 points in the labels beside a 分值 column (kdb07), direction,
operator-in-words and unit columns (kdb11), a two-row header with a unit column (kdb12), numbered
tier labels (kdb01), 注 / 说明 / 填表说明 rows and signature lines.

Planted mistakes (return: code ≤ highest severity, place):

* kdb02: D201 ≤error at 年度 巡护人次 (45000 above the period's 43000); D104 ≤warning at 年度
  检查卡点 (≥12处 against 15处 in 年度目标).
* kdb04: D103 ≤warning row, alt D101 (防火宣传册发放数量 repeats 发放防火宣传册); B101 ≤error row
  at the second project's 资金总额 (180 ≠ 150 + 20); Y102 ≤error at its 计划完成日期 (2026-03-31 in
  a one-year 2025 project).
* kdb06: Y102 ≤error at 物资采购完成时间 (2026年6月30日前); B107 ≤warning row (60 × 2.5 = 150 >
  120万元); F201 ≤warning row, alt D103 (扑火队员满意度 under 社会效益).
* kdb08: Y103 ≤warning, alt Y101 / Y102, at 年度绩效目标 (2024年底前 left from last season);
  D104 ≤warning at 除治疫木 (≥10万株 against 12万株 in the goal); B107 ≤warning row (10万株 × 160元
  = 1600 > 1500万元).
* kdb10: D204 ≤warning at 年度目标 (copied from 中期目标); D202 ≤warning at 年度 布设诱捕器 (2000套
  copied); F201 ≤warning row (更换诱芯数量, a count, under 质量).
* kdb12: X101 ≤error row (template example row 例：XX检查合格率 ≥XX); D102 ≤error row, alt D101 /
  D103 (疫木检疫检出处置率 100 under 质量, ≥90 again under 生态效益).
* kdb14: Y102 ≤error, alt Y104 / Y101, at 计划完成日期 2024-12-31 in a 2025 return; D104 ≤warning
  at 草畜平衡面积 (≥280万亩 against 300万亩 in the goal); B107 ≤warning row (280 × 2.5 = 700 >
  600万元).
* kdb16: B101 ≤error row at 资金总额 (基本 150 + 项目 260 = 410 ≠ 430); F201 ≤warning row (牧户
  满意度 under 社会效益); D102 ≤error row, alt D101 / D103 (草原鼠害防治面积 20 under 数量, 25
  under 生态效益).
* kdb18: D104 ≤warning row (补奖资金发放牧户 ≥8200 against 8600户 in the 说明); Y103 ≤warning
  row, alt Y101 (2023年度补奖资金兑付率 in a 2025 list).

Legitimate look-alikes in the correct returns: a goal count with its parts in brackets and one
indicator per part (kdb01 6 = 4 + 2, kdb15 5万亩 = 3 + 2, kdb17 30 = 20 + 10); typed percent
cells, 100% as pct(1) (kdb01, kdb09, kdb13, kdb15, kdb17); 0起 / 0个 / 等于 0 on incident counts
and 下降率 with ≥ (kdb03, kdb09, kdb11); a 2024 baseline in a 注 and a goal (kdb03, kdb07) and a
later year the work prepares for (2028 in kdb07 beyond its 2025–2027 period, 2026 in kdb17); a
2026-04-30 deadline inside kdb07's three-year period; 中期 counts beside smaller 年度 counts and
equal rates (kdb07, kdb17); tier-1 points in labels and indicator points that add to them
(kdb07); rates raised in 百分点 (kdb05, kdb13, kdb15); standard × count equal to the money
(kdb09 0.4 × 300 = 120, kdb13 7.5 × 200 = 1500 and 2.5 × 300 = 750) or within it; the same
indicator name with different values in two stacked projects (kdb13 牧户满意度); fill and
signature dates in 2024; a deadline as a date cell under an operator column (kdb11).

Judgements: a year or date left over from last season in a goal or name is a warning (doubtful
text), a plan or deadline date outside a one-year project's year an error; an indicator count
below the goal's is a warning (D104), not an error; a unit cost × count above the money is a
warning (B107); a duplicate with different values is an error (D102), one with the same value a
warning; in kdb16 the finding for 基本 + 项目 ≠ 资金总额 may land at any cell of the budget row.
In the flat lists (kdb05, kdb18) bare numbers beside a unit column carry the operator in the value.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout772 import fire, grassland, pinewilt
from tests.variants.holdout772.registry import HOLDOUT772
from tests.variants.kit import Variant

MODULES = (fire, pinewilt, grassland)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT772, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 772nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
