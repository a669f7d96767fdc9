"""The 683rd held-out set: 18 invented returns on 芦荟 and 仙人掌 (aloe, edible cactus) plots, a
gel-processing workshop and desert-edge greening in the invented 砾原县, with a careful
reviewer's marks. Its aim is checks across the table: goal text against indicators, years and
dates, 中期 against 年度, duplicates, wrong tier-2s, unit cost × count against money, leftovers.

Layouts: project heads (one-year and three-year with 中期/年度 columns), department heads with
budget and key tasks, a flat department list, two stacked projects (twice), a budget-system
export (sheet 部门项目支出绩效目标05-2, header on the third row, codes in the first columns), a
table on a second sheet under 考核指标/预期实现值, tier labels numbered with points and marked
with * and ★, operators in words in a 指标性质 column, unit columns, two-row header, 注 rows,
填表说明, signature and date lines, detail lines with 合计.

Planted mistakes (return: code, highest accepted severity, place):

* hq02: D104 warning (row of 新建芦荟种植面积, goal 150亩 vs ≥130亩); Y102 error alt Y103/Y101
  (row of 基地建成时间 2024年10月31日前 in a 2025 project); B107 warning (row of 种苗及定植补助标准,
  2500元/亩 × 150亩 = 37.5万 > 30万).
* hq04: D204 warning (年度目标 cell, copied from 中期目标); D202 warning (年度 cell of
  连片种植面积); D201 error (年度 cell of 种植户培训人次, 360 > 300).
* hq06: B102 error (金额合计 85 ≠ 40+25+15); D102 error alt D103/D101 (row of
  芦荟种植户技术培训人次 300 beside 芦荟种植技术培训人次 400).
* hq08: F201 warning (row of 示范户数量 under 质量); F201 warning (row of 种苗质量达标率 under
  时效); D103 warning alt D101/D102/F201 (row of 鲜茎片总产量 under 经济效益, beside
  鲜茎片产量 under 数量).
* hq10: Y103 warning alt Y101 (goal cell naming 2023); Y101 error alt Y102 (计划开始日期
  2024-03-01 in a 2025 return); B107 warning (row of 亩均滴灌改造成本, 1.2万 × 80亩 = 96万 > 60万).
* hq12: B101 error (年度资金总额 45 ≠ 38 + 5); B102 error (detail 合计 45 ≠ 43).
* hq14: D104 warning (row of 凝胶原汁加工量, goal 800吨 vs ≥1200吨); X101 error (row of the
  template's example row ≥XX%); D101 warning alt D103 (row of the second 冻干粉抽检合格率).
* hq16: D202 warning alt D104 (年度 cell of 草方格固沙面积, 2400 copied); D201 error alt D104
  (年度 cell of 铺设滴灌主管长度, 36 > 30); T106 error (年度 cell of 补植仙人掌成活率 ≥105%).
* hq18: B101 error (second project's 年度资金总额 42 ≠ 30 + 8); D104 warning (row of
  林带养护面积, goal 400亩 vs ≥350亩).

24 required marks, 17 of them across the table. Tolerated (ok, warning): the annual cost cap in
hq04 and hq16, which exceeds the annual money only through the copied period area.

Legitimate look-alikes in the correct returns: typed percent cells with an operator column
(hq01, hq13, including =100% as pct(1)); a goal's area with its parts in brackets (hq01, hq15,
hq11 note); a later year prepared for (为2026年…, hq01, hq17); the period's count in 中期 beside
a smaller year's (hq03, hq15) and rates equal in both columns; deadlines within the period in
中期 and within the year in 年度; tier points and indicator points both adding to 100 (hq07);
rates raised in 百分点 (hq07, hq15); a 下降率 with ≥ (hq07, hq17); =0起 / =0 on incident counts
(hq09, hq17); 化肥使用量增长率 ≤0% (hq01); the same indicator name with different values in two
stacked projects (hq05); costs × counts within, or equal to, their money (hq11, hq17); fill
dates in the year before the budget year; 注 and 填表说明 rows; money adding up everywhere.

Judgements: a date in the wrong year in an indicator is marked where it stands (row), the
year-in-goal-text as Y103 at the goal cell; a goal count differing from its indicator is a
warning (D104), not an error; a cost cap × count above the money is a warning (B107); an annual
count above the period is an error (D201); a conflicting near-duplicate accepts error.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout683 import aloe, cactus, workshop
from tests.variants.holdout683.registry import HOLDOUT683
from tests.variants.kit import Variant

MODULES = (aloe, cactus, workshop)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT683, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 683rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
