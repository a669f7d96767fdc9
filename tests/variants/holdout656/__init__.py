"""The 656th held-out set: 18 invented returns, theme 砂糖橘与脐橙果园、采后商品化处理 (orchards
of 砂糖橘 and 脐橙 in an invented 柑岭县: 双坳镇, 青枫乡, 橙岗镇, 石门坳村; and post-harvest
washing, waxing, grading, pre-cooling, cold storage and packing). Budget year 2025 throughout.

Aim: checks across the table. 23 of the 24 required marks (all but gp16's W101) are found only by
comparing one part of the return with another (goal text against indicators, years, 中期 against
年度, duplicates, tier-2 placement, unit cost × count against money, parts against totals,
leftovers).

Layouts
-------
* ``orchard`` (gp01–gp06): project heads; an operator column 指标性质 with a unit column and the
  header 指标内容 (gp01); three-year 实施期/年度 columns (gp02); one value column with a 注 row and
  signature (gp03); numbered tier labels with points and a 分值 column (gp04); abbreviated tier
  labels under 预期目标 (gp05); an instruction row inside the table, 注 and 填表说明 below (gp06).
* ``packhouse`` (gp07–gp12): budget detail blocks (gp07, gp08); two- and three-year projects
  (gp09, gp10); a two-row header 考核指标 / 绩效目标值 with word operators (gp11); a budget-system
  export with codes in the first columns and the table on a second sheet, header on row 3 (gp12).
* ``department`` (gp13–gp18): department heads with tasks and 金额合计 (gp13, gp14); flat lists
  (gp15 指标名称·权重·计量单位·指标性质·指标值, gp16 指标名称·指标值·计量单位·权重); two
  projects stacked in one sheet (gp17, gp18).

Planted mistakes (code, highest accepted severity, place)
---------------------------------------------------------
* gp02: D201 ≤error at the annual 水肥一体化 area E12 (年度 2500亩 > 实施期 2000亩; alt D104, the
  年度目标 says 700亩); D104 ≤warning row 13 (培训 ≥400人次, 年度目标 600人次); D202 ≤warning at
  E14 (三年累计 示范户 ≥150户 copied into 年度).
* gp03: Y103 ≤warning at the 年度目标 B7 (“2024年完成…” in a 2025 return; alt Y101); Y102
  ≤error at D12 (春季清园 2024年3月31日前; alt Y101, Y103); B107 ≤warning row 13 (300元/亩 ×
  5000亩 = 150万元 > 120万元).
* gp05: F201 ≤warning row 13 (嫁接成活率 under 时效); D103 ≤warning row 16 (无病容器苗繁育株数
  under 可持续影响 = 无病容器苗繁育数量 under 数量, same value; alt D101).
* gp08: B102 ≤error at the 合计 of the detail block (120+50+100+20 = 290 ≠ 280; alt B101); D104
  ≤warning row (分选线 ≥3条, goal 2条); B107 ≤warning row (1800元/立方米 × 400 = 72万元 > the
  预冷库 line 50万元).
* gp10: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201 ≤error at the annual
  处理量 (≥6万吨 > 5万吨; alt D104); Y102 ≤error at the annual deadline 2027年12月31日前 (copied
  from 实施期; alt D202, Y103).
* gp12: Y101 ≤error at the 05-2 sheet title (2024年度 against the 2025 budget sheet; alt Y103);
  X101 ≤error at ``≥XX辆`` (a template example row).
* gp14: B101 ≤error at 资金总额 (560 + 300 = 860 ≠ 900; 850 + 50 holds); D104 ≤warning row (苗木
  ≥30万株, goal and task 50万株); D102 ≤error row (大实蝇监测点数量 ≥60个 under 质量 against
  监测点 ≥40个 under 数量; alt D103, D101, F201).
* gp16: D104 ≤warning row (处理量 ≥6000吨, goal 8000吨); W101 ≤error book level (weights 105).
* gp18: B101 ≤error at the second project's 年度资金总额 (100 + 40 ≠ 150); D104 ≤warning row
  (冷库 ≥3座, goal 2座); Y102 ≤error at 2026年6月30日前 in a one-year 2025 project (alt Y103).

Legitimate look-alikes in the correct returns
---------------------------------------------
* Typed percents: gp01 (with ≥ in the operator column and % also in the unit column), gp04,
  gp09 (both columns), gp13, gp15 (flat list, ≥/≤ in 指标性质).
* Goal totals with parts in brackets (gp01 1200亩 = 700 + 500, gp06 12000亩, gp13 2.5万亩).
* A later year the work prepares for: gp06 “为2026年无病苗木推广积累病情数据”.
* 下降率 with ≥ (gp01, gp06, gp13, gp17, gp18's first project); 反向 rates with ≤ / 小于等于 (gp11
  果面损伤率, gp15 损耗率); 0起 / 等于 0 起 on incident counts (gp04, gp11); =100% and 等于 100 at
  the ceiling (gp06, gp11, gp17); 提高≥5百分点 (gp04).
* Points at two levels: gp04 tier labels carry 50/10/30/10 and the indicator 分值 add to them
  and to 100.
* Period counts above the year's in gp09 (3000吨/1500吨, 4万吨/1.8万吨), equal rates and unit
  costs, 2026 deadline in the 实施期 column of a 2025–2026 project.
* Costs within money: gp01 650元 × 1200亩 = 78万 ≤ 财政 80; gp04 300元 × 1600吨 = 48万 ≤ 50;
  gp06 100元 × 12000亩 = 120万 ≤ 150; gp07 2台 × 50万 = the 100万 line exactly; gp09 3000吨 ×
  1500元 = 450 ≤ 500 and 1500吨 → 225 ≤ 260; gp11 8000吨 × 45元 = 36万 ≤ 40; gp13 40万株 ×
  2.5元 = 100 ≤ 120; gp15 12000吨 × 60元 = 72万 ≤ 项目支出 120; gp17 12公里 × 5万 = 60 ≤ 90 and
  1万吨 × 50元 = 50 ≤ 60.
* Fill and signature dates in 2024 (gp01, gp06, gp13) and January 2025 (gp11).
* gp17: 果农技术培训 in both stacked projects with different values (not a duplicate).
* gp06: an instruction row between 产出 and 效益 blocks, 注 and 填表说明 rows: not indicators.

Judgements
----------
* D104 marks sit on the indicator row (row=True); a finding only at the goal cell would miss.
* gp10's annual deadline copied from the period column: Y102 (outside the budget year) is
  required, D202 accepted; error accepted since an annual target cannot end in 2027.
* gp14's second 大实蝇 count is marked as a conflicting duplicate (error), with F201 accepted for
  the same row (a count under 质量).
* gp08: the 合计 cell is marked (B102) rather than a line: the reviewer cannot tell which line is
  wrong; the head's 280 = 220 + 60 holds.
* gp12's 05-1 sheet holds no goals; the year conflict is between the two sheets' titles.
* gp16: the 预冷点建成时间 row has no unit in the unit column: a date needs none.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout656 import department, orchard, packhouse
from tests.variants.holdout656.registry import HOLDOUT656
from tests.variants.kit import Variant

MODULES = (orchard, packhouse, department)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT656, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 656th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
