"""The 674th held-out set: 18 invented returns on 谷子 and 小米 (millet) growing, a millet mill
and its brand shop, and drought-resistant seed, with a careful reviewer's marks. Budget year
2025 throughout; invented units in 坨岭县 (峁川镇, 石圪台乡, 砂垣乡, 墩梁镇, 柳湾乡, 红崖镇).

Layouts: project heads (one-year, two-year and three-year with 中期 and 年度 columns), department
heads with budget and task blocks, NAT-2021 and OLD-NAT tiers, numbered labels (一、/（一）),
labels with * and abbreviations (产出, 数量), operator and unit columns, operators inside the
values, weight and two-level score columns, flat lists in two column orders, two stacked
projects, headers 指标内容 / 绩效标准 / 预期目标 / 绩效目标值 / 年度指标值, a budget-system export
with codes in the first columns and the table on a second sheet, notes, subtotal rows, a header
repeated after a page break, 填表说明 and signature lines.

Planted mistakes (code, highest accepted severity, place):

* hh02-millet-plots-goal: D104 warning, row of 良种示范田面积 (goal 2000亩, indicator 1500亩);
  Y102 error at the 播种完成时间 value 2026年5月31日前 (alt Y103); B107 warning, row of the
  subsidy standard (450元/亩 × 1500亩 = 67.5万元 > 60万元).
* hh04-millet-period-copied: D204 warning at the 年度目标 cell (copy of 中期目标); D201 error at
  the annual 机械化种植面积 (6500 > 6000); D202 warning at the annual 烘干晾晒场 count (3 = 3).
* hh06-millet-stacked-defects: B101 error at the second project's 年度资金总额 (70 ≠ 50 + 15);
  D102 error, row of the second 谷子病虫害统防统治面积 (1200 / 1000亩; alt D101, D103).
* hh08-mill-department-wrong: B102 error at 金额合计 (130 + 60 ≠ 200); D104 warning, row of
  年加工小米量 (goal 1200吨, indicator 1000吨); F201 warning, row of 小米产品抽检合格率 under 时效.
  The goal cell tolerates a warning (D104 may land there).
* hh10-brand-shop-flat-defects: Y103 warning at the 年度总体目标 (a 2024 goal in a 2025 table,
  alt Y101); D103 warning, row of 门店小米销售量 (near-duplicate of 品牌门店小米销售量, 180 / 200吨;
  alt D101, D102).
* hh12-mill-equipment-cost: Y101 error, book level (title 2025, plan dates in 2024; alt Y102);
  B102 error, row of the detail 合计 (80 + 30 + 25 ≠ 140; alt B101); B107 warning, row of
  碾米机组单价 (25万元 × 4台 = 100万元 > the 80万元 line).
* hh14-seed-points-wrong: W103 error at 产出指标's score 50 (indicators add to 45); F201 warning,
  row of 品种筛选试验点 (a count under 质量). W101 error tolerated at book level.
* hh16-seed-screening-leftovers: D104 warning, row of 筛选耐旱谷子品种 (goal 5, indicator 3);
  X101 error, row of the template's example row (value ``**``); Y102 error at the date
  2024-10-31 of 品种对比试验完成时间 (alt Y103, Y101).
* hh18-seed-template-rows: F110 error at an empty name cell under 质量指标; F109 warning, row of
  the empty 生态效益指标; D101 warning, row of 抗旱良种推广面积 repeated under 经济效益指标 (alt
  D102, D103).

24 required marks; 15 of them found only across the table (D104 ×3, Y101, Y102 ×2, Y103, D201,
D202, D204, D102, D103, D101, B107 ×2, F201 ×2, B101, B102 ×2, W103, X101 as a template leftover).

Legitimate look-alikes in the correct returns: a goal area with its core part in brackets
(hh01: 3000亩 with 核心区800亩, both indicators); typed percent cells (hh01, hh03, hh07, hh09);
化肥/农药使用量下降率 with ≥ (hh01, hh05); 农机作业安全事故 = 0起 (hh01); 春播按时完成率 =100%
(hh01) and 改造工程验收合格率 100% (hh11); a goal naming 2027 as the year the work prepares for
(hh03); the period's counts in 中期 beside smaller annual counts and equal rates (hh03, hh15); a
中期 deadline in the project's last year (hh03, hh15); unit costs within their money (hh01:
400 × 3000 = 120 ≤ 150; hh03: 600 × 4000 = 240 ≤ 260 and 600 × 2000 = 120 ≤ 140; hh05: 500 × 1000
= 50 ≤ 80, 400 × 800 = 32 ≤ 50; hh13: 8 × 5 = 40 ≤ 95; hh15: 3000 × 1500 = 450 ≤ 600, 3000 × 500 =
150 ≤ 200; hh17: 60 × 5000 = 30 ≤ 45); the same indicator name with different values in two
stacked projects (hh05: 种植户满意度 90% / 92%); a footnote explaining the 金额合计 (hh07); fill
and signature dates in 2024 (hh01, hh07, hh09, hh17); tier points and indicator points both
adding to 100 (hh13); a rate raised in 百分点 (hh13); subtotal, instruction and repeated header
rows (hh17); a 反向 rate with 小于等于 in a flat list (hh09); 顾客投诉率 ≤ in a flat list.

Judgements: in hh02 the subsidy standard exceeds the money whichever area is taken, and the area
mismatch is a warning (the goal may count a reserve); in hh04 the copied 3处 is a warning only
(all three yards could be built in year one), but next to a copied goal a reviewer asks; in hh06
the duplicate with two values is an impossibility (error), found also as D101/D103; in hh11 the
line amount ``35（含并网验收）`` is read as 35 and tolerated up to a warning; in hh12 the B107
compares with the 碾米机组 line, not with the 140万元 total; hh12's year conflict is marked at
book level since either the title or the dates may be the wrong one.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout674 import growing, mill, seeds
from tests.variants.holdout674.registry import HOLDOUT674
from tests.variants.kit import Variant

MODULES = (growing, mill, seeds)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT674, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 674th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
