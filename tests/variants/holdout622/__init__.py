"""The 622nd held-out set: 18 invented returns from a desert county, 柽柳滩县 — a 罗布麻
(dogbane) tea factory (柽柳滩县罗布麻茶厂), 甘草 (licorice) fields (柽柳滩县甘草产业发展中心,
驼铃镇) and a sand-fixing afforestation brigade (柽柳滩县固沙造林大队). Budget year 2026, money
in 万元 (unit in the number format). Aim: checks across the table (goal text against indicators,
years and dates, 中期 against 年度, duplicates, tiers, cost × count against money, leftovers).

Layouts: one-year project heads with an operator and a unit column (fh01), 指标内容 / 绩效标准
headers with notes (fh02), a budget-system export with project codes and the table on a second
sheet (fh03), stacked projects (fh04, fh11), 中期 and 年度 columns (fh05, fh06, fh14), numbered,
★-marked and abbreviated tier labels (fh07, fh10), department flat lists (fh08, fh09), money
detail lines (fh12), points on tier labels and indicators (fh13, fh18), a department table with a
page break, subtotals, 注 and 填表说明 rows (fh15), department money blocks with tasks (fh08,
fh15, fh16), a two-row header with word operators (fh17).

Planted mistakes (code, highest accepted severity, place):

* fh02: D104 ≤warning, row of 鲜叶收购量 (goal 800吨, indicator ≥600吨); F201 ≤warning, row of
  产品包装合格率 under 时效指标; Y102 ≤error, row of 新茶上市时间 `2025年5月31日前` (alt Y103,
  D104).
* fh04: B101 ≤error, first project's 资金总额 150 ≠ 120 + 20; B107 ≤warning, row of
  单场推介活动费用 (5万元 × 10场 = 50 > 45).
* fh06: Y103 ≤warning, 年度目标 cell naming 2025 in a 2026—2028 project (alt Y101); D201 ≤error,
  年度 新建原料基地面积 6500亩 > 中期 6000亩; D202 ≤warning, 年度 培训茶农 copied from 中期.
* fh08: B102 ≤error, 金额合计 260 ≠ 110 + 90 + 40 (alt B101); D103 ≤warning, row of
  新增甘草种植面积 beside 新增甘草人工种植面积 (alt D101); W101 ≤error, book level (weights 95).
* fh10: Y102 ≤error, 计划开始日期 2025-03-01 of a one-year 2026 project (alt Y101); F201
  ≤warning, row of 种苗质量合格率 under 数量.
* fh12: X104 ≤warning, 计划完成日期 `46356` as text; B102 ≤error, detail 合计 60 ≠ 40 + 15 + 8
  (alt B101); B107 ≤warning, row of 采挖机械作业补助标准 (80元 × 8000亩 = 64万 > 60万).
* fh14: D204 ≤warning, 年度目标 identical to 中期目标; D202 ≤warning, 年度 人工造林面积 copied;
  F109 ≤warning, row of an empty 时效指标. Tolerated: any warning at 年度 草方格沙障设置面积 (the
  copied 年度目标 states the period's 6000亩).
* fh16: B101 ≤error, 资金总额 620 ≠ 基本 230 + 项目 370; D104 ≤warning, row of
  草方格沙障压沙面积 (goal and task 5000亩, indicator 4000亩); F201 ≤warning, row of
  沿线牧民满意度 under 社会效益指标.
* fh18: W103 ≤error, the 产出指标（50分） cell (indicator points 45); X101 ≤error, `≥**株`;
  F110 ≤error, the empty name cell of a valued row. Tolerated: W101 at book level (95).

Legitimate look-alikes in the correct returns: a typed percent cell and a 下降率 with ≥ (fh01,
fh09, fh17), unit cost × count below or equal to its money (fh01, fh05, fh13 equal, fh15 equal,
fh17), a goal count given with its parts in brackets (fh07) or as a part of the indicator (fh03),
a later year the work prepares for (fh05 为2028年推广), 中期 counts above 年度 and equal rates
(fh05), `0起` on incident counts (fh07, fh09, fh15), `≤0%` on a growth rate (fh09), covers raised in
百分点 (fh07, fh11, fh13, fh15), points at two levels adding to 100 (fh13), the same indicator
names with different values in stacked projects (fh11), fill and signature dates in 2025 (fh01,
fh09, fh15), 8万亩 in the goal against 80000亩 (fh17), subtotal, 注 and repeated header rows (fh15).

Judgements: a date of last season in an indicator or a start date before the budget year is
marked as an error (it cannot hold for the year), while a year left in the goal text is only a
warning; a near-duplicate with the same value is a warning; a satisfaction rate under 社会效益
and a rate under 时效 or 数量 are warnings (F201); unit cost × count above the money is a warning
(B107) as the count is a floor; `为2028年推广积累` in a 2026—2027 project is not marked; in fh14 the
copied goal makes the 年度 沙障 area disagree with the 年度目标, which is the same copy (tolerated).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout622 import brigade, licorice, tea
from tests.variants.holdout622.registry import HOLDOUT622
from tests.variants.kit import Variant

MODULES = (tea, licorice, brigade)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT622, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 622nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
