"""The 637th held-out set: 桉树人工林更新与檀香引种、林业有害生物防治.

Eighteen invented returns (fw01–fw18), nine correct and nine with planted mistakes (24 required
marks, 23 of them found only by comparing one part of the return with another). Everything is
invented: counties (岭湾县, 南岑县, 溪岚市, 澄岗县, 鹤汀县, 泊川县, 丹岩市, 珂湾县, 琼溪县,
崖岭县, 榄洲市, 禾屿县, 蓉岗县, 沅汐市, 琅浦县, 葛岙县, 汀岚县, 梧漾县), units, people, phones
and figures.

Modules: ``renewal`` (fw01–fw06, eucalyptus renewal), ``sandalwood`` (fw07–fw12, sandalwood
introduction), ``pests`` (fw13–fw18, forest pest control).

Layouts: project heads with one-year and multi-year money blocks (万元 in the number format);
department heads with budget and key-task blocks; an operator column (≥ or 大于等于) with a
unit column; 中期 and 年度 value columns; two projects stacked in one sheet (fw05, fw18); flat
department lists (fw07, fw08); numbered, pointed, abbreviated and * marked tier labels (fw05,
fw06, fw09, fw15); an indicator table on a second sheet under 考核指标 / 预期实现值 (fw11); a
budget-system export with codes in the first columns, money on 预算05-1, the table on 绩效目标05-2
with its header on the third row and repeated after a page break (fw17); notes, 填表说明 and
signature lines.

Planted mistakes (return: code, highest accepted severity, place):

* fw02: B101 error at the 年度资金总额 cell Sheet1!C5 (250 + 40 ≠ 300); D104 warning, row 9
  (goal 更新2500亩, indicator 3000亩); B107 warning, row 12 (1200元/亩 × 3000亩 = 360 > 300).
* fw04: D204 warning at the 年度目标 cell Sheet1!D9 (copied from 中期目标); D201 error at
  Sheet1!E11 (年度 6000亩 > 中期 5000亩; D104 accepted); D202 warning at Sheet1!E12 (the
  three-year 120万株 copied into 年度).
* fw06: D102 error, row 10 (更新面积 2800亩 and 更新造林面积 3000亩; D103, D101 accepted);
  F201 warning, row 12 (苗木质量合格率 under 时效指标); Y102 error at Sheet1!D13 (2024年11月30日前
  in a 2025 project; Y101, Y103 accepted).
* fw08: B102 error at 金额合计 Sheet1!D8 (150 + 90 ≠ 250); D104 warning, row 11 (goal
  1.2万株, indicator 8000株).
* fw10: Y103 warning at the 年度目标 cell Sheet1!D9 (2024 left from last season); D202 warning
  at Sheet1!E11 (600亩 for both years copied into 年度).
* fw12: Y101 error at book level (title 2026, plan dates 2025; Y102 accepted); F201 warning,
  row 11 (成活率 under 数量指标); B107 warning, row 13 (30元/株 × 2万株 = 60 > 50).
* fw14: D104 warning, row 9 (goal 监测12万亩, indicator 10万亩); T108 warning, row 11 (成灾率
  with ≥); B107 warning, row 14 (80元/亩 × 5万亩 = 400 > 350).
* fw16: B101 error at 资金总额 Sheet1!B4 (420 + 300 ≠ 700); F201 warning, row 16 (a
  satisfaction rate under 社会效益指标).
* fw18: Y102 error at Sheet1!D11 (a 2026-03-31 deadline in a one-year 2025 project); B101 error
  at the second project's 年度资金总额 Sheet1!C19 (100 + 10 ≠ 120); D104 warning, row 23 (goal
  150个 points, indicator 120个).

Look-alikes in the correct returns: typed percents (fw01, fw09, fw11, fw13); a 下降率 with ≥ or
大于等于 (fw01, fw13, fw15, fw17); 0起 on an incident count and ≤3‰ on a 成灾率 (fw13); =100%
on 及时率 typed as text and as a percent cell (fw13, fw17); unit cost × count equal to the money
(fw01: 1000元/亩 × 3000亩 = 300; fw13: 60 + 120 = 180; fw15: 30元/亩 × 5万亩 = 150); goal totals
with their parts in brackets (fw01, fw15, with a 注 explaining the total in fw15); a later year
the work prepares for (fw03: 为2028年推广); the period's count in 中期 beside a smaller year's
count, equal rates and unit costs in both columns (fw03); 百分点 raises (fw03, fw05, fw09, fw18);
points at tier and indicator level both adding to 100 (fw09); the same indicator name with
different values in two stacked projects (fw05: 更新造林成活率 85% / 80%); fill and signature
dates in the year before the budget year (fw07, fw11, fw15, fw17).

Judgements: D104 marks sit on the indicator row (row=True), since the goal cell may also carry the
finding; a duplicate with conflicting values is marked D102 error at the later row; the copied
goal text of fw04 makes its annual 6000亩 also contradict the goal, so D104 is accepted there;
fw12's 2026 deadline lies outside its (wrong) 2025 plan dates, which the book-level Y101/Y102
mark covers; fw10's annual cost cap × the copied area stays within the money
(3000元/亩 × 600亩 = 180 ≤ 200).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout637 import pests, renewal, sandalwood
from tests.variants.holdout637.registry import HOLDOUT637
from tests.variants.kit import Variant

MODULES = (renewal, sandalwood, pests)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT637, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 637th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
