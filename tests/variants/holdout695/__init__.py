"""The 695th held-out set: 鳗鲡 (eel) ponds with a water-recycling system, an eel-smoking
workshop and an export-inspection support service, in the invented county 苇汀县 (budget year
2025). 18 returns, 9 correct, 25 required marks; its aim is checks across the table (goal
against indicators, years and dates, 中期 against 年度, duplicates, tier placement, money).

Layouts: project heads (one-year, two-year and three-year with 中期/年度 columns), department
heads with key tasks, two flat department lists, two pairs of stacked projects, numbered tier
labels, tier-1 and indicator points with a header repeated after a page break, an operator
column in words with a unit column, and a budget-system export (codes in the first columns,
money on sheet 05-1, indicators on sheet 05-2). Headers 指标值, 绩效目标值, 指标内容/绩效标准,
考核指标/目标值（年度）, 预期目标, 中期指标值/实施期指标值/年度指标值.

Planted mistakes (code, highest accepted severity, place):

* kac02: D104 ≤warning at 池塘改造面积 (goal 60亩, indicator 50亩); F201 ≤warning at 尾水处理达标率
  under 时效; B107 ≤warning at 池塘改造补助标准 (1.2 × 50 = 60 > 50万元).
* kac03: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201 ≤error at the annual
  养殖池 count (96 > 90); Y102 ≤error (alt Y103) at the annual deadline 2023年12月31日前.
* kac06: B101 ≤error at the second project's 年度资金总额 (85 ≠ 60 + 15); D102 ≤error (alt
  D103, D101) at 尾水处理设施建设数 (≥6套 against ≥4套 one row above).
* kac08: F201 ≤warning at 熏制产品出厂合格率 under 时效; F201 ≤warning at 烤鳗经销商满意度 under
  社会效益.
* kac10: B102 ≤error at the detail 合计 (45 + 30 + 8 = 83 ≠ 85); D104 ≤warning at 熏烤操作工培训
  (goal 40人, indicator 30人); B107 ≤warning at 烤鳗加工补助标准 (0.3 × 300 = 90 > 85).
* kac13: B102 ≤error at 金额合计 (60 + 75 + 55 = 190 ≠ 200); D104 ≤warning at 出口批次检验协助数量
  (goal 1200批, indicator 1000批); D102 ≤error (alt D103, D101) at 出口检验报告出具及时率.
* kac15: D202 ≤warning at the annual 服务出口企业 and 协助出口报检 cells (copied); Y102 ≤warning
  (alt Y103, D202) at the annual deadline 2026年6月30日前.
* kac17: Y103 ≤warning (row, alt Y101) at 2024年出口报检协助批次; F110 ≤error at the empty name
  cell beside ≥95%; F109 ≤warning (row) at the empty 时效指标.
* kac18: W101 ≤error on the book (weights add to 95); T105 ≤error (row) at 报检一次通过率 300批;
  D104 ≤warning (row) at 辅导出口企业建立自检体系 (goal 30家, indicator 25家).

Legitimate look-alikes in the correct returns: a goal count with its parts in brackets (kac01
40口 = 32 + 8; kac14 900批 = 600 + 300, each part its own indicator); typed percent cells
without an operator (kac01, kac04, kac14); 下降率 with ≥ (kac01, kac04, kac05, kac07); a
不合格批次率 with 小于等于 (kac07); 0起 on incident counts (kac05, kac09, kac14, kac16); a rate
raised in 百分点 (kac09, kac11); tier-1 points and indicator points both adding to 100 (kac11);
the period's counts beside smaller year counts and equal rates in both columns (kac04); a later
year the work prepares for (2027 in kac04, 2026 in kac09); a start date in March (kac09); fill
dates in 2024; costs within their money (kac01 3.5 × 40 = 140 ≤ 180; kac04 2 × 32 = 64 ≤ 160;
kac07 0.3 × 300 = 90 ≤ 120; kac09 0.05 × 600 = 30 ≤ 70; kac11 0.06 × 260 ≤ 110; kac12 0.5 × 120
= 60 ≤ 80; kac14 0.09 × 900 = 81 ≤ 85 of its two tasks; kac16 0.04 × 800 = 32 ≤ 40 and
1.8 × 25 = 45 ≤ 55); the same satisfaction name with different values in two stacked projects
(kac16); `=100%` text on a 覆盖率 (kac12); a 合计 row in a flat list, a 注 row inside a table, a
repeated header, 填表说明 and signature lines (kac05, kac11); a footnote explaining a total
(kac14).

Judgements where a reviewer could hesitate: the near-duplicates (kac06, kac13) are marked D102
as errors because the two values for one indicator cannot both be targets, with D103/D101
accepted. kac15's annual deadline in 2026 lies inside the project period, so only a warning.
kac03's 2023 deadline is before the period begins: an impossibility, error. The later years in
kac04 and kac09 name what the work prepares for, not a year of the work, and are not marked.
kac11's two point levels are meant to be read one at a time (the 填表说明 says so).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout695 import export, ponds, smokehouse
from tests.variants.holdout695.registry import HOLDOUT695
from tests.variants.kit import Variant

MODULES = (ponds, smokehouse, export)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT695, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 695th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
