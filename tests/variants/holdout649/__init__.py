"""The 649th held-out set: 18 invented returns on 连翘与柴胡林下种植 (understory.py, gi01–gi06)
and 青梅采摘与梅酒加工 (plum.py, gi07–gi12), with both halves mixed in mixed.py (gi13–gi18).
Budget year 2025 throughout; the invented county is 栖梧县 (杉岭镇, 澄坪乡, 苍屿乡, 云栈镇,
石笕村, 梅岙, 翠峪林场). Nine returns are correct, nine carry 2–3 planted mistakes (24 required
marks, 20 of them found only by comparing one part of the return with another).

Layouts: project heads with one-year money (资金总额 / 财政拨款 / 其他资金, 万元 in the number
format) or 中期 and 年度 money columns; department heads with budget and task blocks; operator
column (gi01, gi14), direction column with operators in words (gi17), one value column with
operators inside (gi02, gi08, gi10, gi13, gi16), 中期 and 年度 columns (gi03, gi04, gi11), two
complete column sets under a two-row header (gi18), a flat list (gi06), headers 考核指标 ·
目标值（年度） · 评价标准 (gi07), 预期实现值 on a second sheet of a budget-system export with
codes in the first columns (gi09), 预期目标 (gi16), numbered tier labels with points (gi05),
abbreviated labels and ★ (gi13), * marks (gi14), stacked projects (gi10, gi13), subtotal rows,
a 注 row and a repeated header (gi15), 注 / 填表说明 / signature lines (gi12).

Planted mistakes (return: code, highest accepted severity, place):

* gi02-bupleurum-goal-deadline: D104 warning, Sheet1!D10 (row): 年度目标 says 800亩, the area
  indicator ≥600亩; F201 warning, Sheet1!C14 (row): 柴胡保苗率 (quality) under 时效指标; Y102
  error, Sheet1!D15 (row, alt Y103): a 2026 deadline in a one-year 2025 project.
* gi04-bupleurum-period: D104 warning, Sheet1!D11 (row): 中期目标 says 累计3000亩, the 中期
  value ≥2000; D202 warning, Sheet1!E12: the period's 150万株 copied into 年度; D201 error,
  Sheet1!E14: 年度 ≥420户 above the period's ≥350户.
* gi06-forest-flat-duplicate: Y103 warning, Sheet1!A9 (row, alt Y101): 2024年柴胡种子采收量 in a
  2025 return; D102 error, Sheet1!A11 (row, alt D103, D101): 林下连翘抚育管护面积 1600 against
  林下连翘抚育面积 2000; W101 error, book level: weights add to 95.
* gi08-plum-wine-cost: B101 error, Sheet1!C5 (row): 60 + 15 ≠ 80; B107 warning, Sheet1!D13
  (row): ≤1500元/个 × 600个 = 90万元 above the 80万元; F201 warning, Sheet1!C15 (row): a
  satisfaction rate under 社会效益指标.
* gi10-plum-stacked (second project): B101 error, Sheet1!C20 (row): 120 + 20 ≠ 150; Y103
  warning, Sheet1!B22 (alt Y101): its 年度目标 starts 2024年完成…; D101 warning, Sheet1!C26 (row,
  alt D103): 梅酒加工车间改造面积 ≥600平方米 repeats 车间改造面积 (F201 tolerated there).
* gi11-plum-two-years: D204 warning, Sheet1!D9: 年度目标 identical to 中期目标; D201 error,
  Sheet1!E12 (alt D104): 年度 ≥300吨 above the period's ≥250吨; Y102 error, Sheet1!D15 (row,
  alt Y103): a 2027 deadline in a 2025—2026 project.
* gi14-forsythia-starred: D104 warning, Sheet1!E10 (row): 年度目标 300人次, indicator 200;
  F201 warning, Sheet1!C11 (row): 连翘种苗发放数量 under *质量指标.
* gi16-bupleurum-template-rows: F110 error, Sheet1!C11: ≥80% without a name; F109 warning,
  Sheet1!B15 (row): 生态效益指标 left from the template without an indicator.
* gi17-plum-direction-words: Y101 error, book level (alt Y102, Y103): the title says 2024年度,
  the plan dates and 年度目标 2025; T108 warning, Sheet1!E12 (row): 反向 腐损率 with 大于等于.

Legitimate look-alikes in the correct returns: goal totals with their parts in brackets (gi01
1200亩 = 800 + 400, gi05 2500亩 = 1500 + 1000, gi07 650吨 = 420 + 230, gi12 12场 = 8 + 4 and the
indicator ≥12场 noted 含线上4场); later years the work prepares for (gi01 为2026年全县推广,
gi03 2027年 inside its period); 中期 counts above smaller annual counts beside equal rates and
standards (gi03, gi18); typed percent cells (gi01, gi03, gi09, gi14, gi18) and text =100% on
a rate at its ceiling (gi09); 下降率 with ≥ (gi01, gi12, gi17's 农药使用量下降率 正向 大于等于);
0起 on an accident count (gi07); rises in 百分点 (gi05, gi12, gi18); tier points in the labels
and indicator points both adding to 100 (gi05); subtotals, a 注 row explaining the total and a
repeated header (gi15); the same 服务对象满意度 name with ≥90% and ≥85% in two stacked projects
(gi13, and 梅农满意度 in gi10); fill dates in late 2024 for the 2025 budget. Every unit cost ×
count stays within its money (e.g. gi09 45万元/条 × 2 = 90 ≤ 150; gi15 8万元 × 15 = 120 = the
task's 120, not above it).

Judgements: a one-year project's deadline in the next spring (gi02) is an error, since the
project has ended by then; 2027 in gi11's 中期 column is an error for the same reason, while its
年度 cell 2025年11月30日前入窖 is a milestone, not a conflict. 按2024年市场价 in gi02's 指标解释 is
a price basis, tolerated up to a warning. The duplicate in gi10 sits under 质量指标, so F201 is
accepted but not asked for. gi06's 2024 in a name is a leftover (Y103), not a prior-year
baseline. gi17's wrong title year is marked once for the return: which cell goalbook reports
it at depends on which year it trusts. B107 stays a warning: a cap × count above the money is
doubtful, not impossible. In gi04 the 中期目标's 150万株 and 350户 agree with the 中期 column;
only the area (3000 against 2000) contradicts it.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout649 import mixed, plum, understory
from tests.variants.holdout649.registry import HOLDOUT649
from tests.variants.kit import Variant

MODULES = (understory, plum, mixed)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT649, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 649th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
