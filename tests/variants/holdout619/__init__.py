"""The 619th held-out set: 烤馕 (naan) and 巴旦木 (almond) workshops of the invented
塔木齐县 (库尔巴格乡, 阿依墩乡) and the county's 啤酒花 (hops) drying plant; budget year 2025.
18 returns, 9 correct, 24 required marks; the set's aim is checks across the table.

Layouts: naan.py (fe01–fe06): project heads, operator and unit columns, one value column,
two stacked projects (twice), 中期 and 年度 columns (twice). almond.py (fe07–fe12): department
heads with tasks and numbered tier labels with points, two flat lists, a budget-system export
(sheets 05-1 / 05-2, codes in the first columns, 指标内容 / 绩效标准), abbreviated tier labels.
hops.py (fe13–fe18): operators in words with 注 rows, a repeated header, detail lines and
signature lines; a 指标方向 column; a three-year project in words; template rows under
预期目标; a return in 元 with the table on a second sheet under 预期实现值; detail lines.

Planted mistakes (code, highest accepted severity, place):

* fe02: D104 warning at the 培训烤馕师傅人数 value (goal 200人, indicator ≥150人); Y102
  error at the 补助资金发放时间 value `2024年12月31日前` (alt Y103, Y101); B107 warning, row,
  at 馕坑补助标准 (1.5万元 × 100个 = 150 > 年度资金 120).
* fe04: B101 error at the second project's 年度资金总额 (90 ≠ 70 + 30); D102 error, row, at
  `馕坑燃气改造数量 ≥320户` beside `农户馕坑燃气改造数量 ≥300户` (alt D103, D101, D104).
* fe06: Y101 error, book level (title 2024年度, project 2025—2027; alt Y102, Y103); D204
  warning at the 年度目标 cell (copied from 中期目标); D201 error at the annual
  入驻馕企数量 ≥36家 above the period's ≥30家.
* fe08: B102 error at 金额合计 (150 + 80 + 50 = 280, written 270); D104 warning at the
  巴旦木收购量 value (goal and task 3000吨, indicator ≥2500吨); F201 warning, row, at
  电商客户满意度 under 社会效益指标.
* fe10: D102 error, row, at `破壳机购置数量 ≥10` beside `巴旦木破壳机购置数量 ≥12` (alt
  D103, D101, D104); W101 error, book level (weights add to 95).
* fe12: B107 warning, row, at 嫁接改良补助标准 (0.15万元 × 1000亩 = 150 > 100); F201
  warning, row, at 优质接穗采集数量 under 质量; F201 warning, row, at
  嫁接技术规程执行合格率 under 时效.
* fe14: Y103 warning at the 年度绩效目标 cell (`2024年底前完成…` in a 2025 return; alt Y102,
  Y101); D104 warning at the 鲜啤酒花烘干量 value (goal 4000吨, ≥3500); T108 warning, row,
  at 吨花烘干耗煤量 (反向 with ≥0.6; alt D104, the goal says 不超过0.6吨).
* fe16: D102 error, row, at `啤酒花鲜花烘干量 ≥4200吨` beside `啤酒花烘干量 ≥4000吨` (alt
  D103, D101, D104); F110 error at the empty name of the `≥98%` row; F109 warning, row,
  at the empty 时效指标 tier-2.
* fe18: B101 error at 年度资金总额 (320 ≠ 250 + 50); B102 error, row, at the 资金明细 合计
  (180 + 70 + 40 = 290, written 320).

Across-the-table marks: D104 ×3, D102 ×3, B107 ×2, F201 ×3, B101 ×2, B102 ×2, Y101, Y102,
Y103, D201, D204, W101 (all but F109, F110 and T108).

Legitimate look-alikes in the correct returns: typed percent cells (fe01, fe07, fe09,
fe17); 车间卫生检查不合格率 ≤2% and 病虫害发生率 ≤5% (反向 with ≤); 食品安全事故发生数 ≤0起,
活动安全事故发生数 0起, 安全生产事故发生数 等于 0 起 (a zero incident count, not a zero
target); goals with a total and its parts in brackets (fe01 6个 = 4 + 2, fe03 40家 with 10
县外, fe05 2项 = 1 + 1, fe07 3000亩 = 1800 + 1200, fe13 4500吨 including 3000吨 订单);
fe05's `为2027年在全疆推广积累经验` (a later year the work prepares for); period counts in
中期 above smaller annual ones with equal rates and unit costs (fe05, fe15); cost standards
× counts at or below their money (fe01 20 × 6 = 120 ≤ 150, fe03 35 × 4 = 140 ≤ 200, fe07
0.1 × 3000 = 300 = 300, fe09 3元 × 30万株 = 90 ≤ 120, fe11 0.05 × 1500 = 75 ≤ 95, fe13 25 × 8
= 200 ≤ 260, fe15 0.1 × 6000 = 600 ≤ 900 and 0.1 × 2000 = 200 ≤ 300, fe17 35万 × 2 ≤ 85万);
下降率 with ≥ (馕企库存损耗下降率, 农药使用量下降率, 吨花烘干能耗下降率, 亩均灌溉用水下降率);
`提高≥5百分点` on 优质果率 (fe07); tier points 50 + 30 + 10 + 10 and indicator points adding
to 100 too (fe07); the same 带动就业人数 with different values in two stacked projects (fe03);
`=100%` text; a fill date in 2024 (fe13); a footnote explaining the 合计 (fe13).

Judgements: fe06's copied 年度目标 names the period's counts, so findings at the annual
cells of 新建馕生产线数量, 入驻馕企数量 and 年产馕数量 are tolerated (warning), not asked
for. Duplicates with different values are marked D102 up to error (two targets for one
indicator cannot both hold). A deadline in the year before the budget year is marked Y102
error (a leftover date that cannot be met). fe14's 烘干线投入使用时间 ≤2025年8月15日 with 反向
is correct. fe18's two money mistakes are independent (the block and the detail lines).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout619 import almond, hops, naan
from tests.variants.holdout619.registry import HOLDOUT619
from tests.variants.kit import Variant

MODULES = (naan, almond, hops)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT619, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 619th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
