"""The 302nd held-out set: gas and pipeline safety (燃气安全).

18 invented returns (places 沅汀县, 枫埠区, 澄岭市; every project, person, phone and figure made
up), 9 correct and 9 with planted mistakes (24 required marks), over the two halves of the theme:
the renewal of old gas pipelines (``pipes``: sz01-sz06) and the safety campaign around them,
bottled LPG and gas alarms (``bottles``: sz07-sz12), inspection and emergency repair
(``patrols``: sz13-sz18).

Layouts: project heads with 万元 blocks (one-year and multi-year 中期/年度 money), department
heads with budget, tasks and 金额合计; tier-1 and tier-2 merged down; operator and unit columns
(symbols or words), one value column, 中期 and 年度 columns; two projects stacked in one sheet
(sz05, sz06); flat lists in two column orders (sz07, sz08); labels numbered with points (sz09),
abbreviated and marked with * and ★ (sz10); headers 绩效指标值, 预期目标, 指标内容 / 绩效标准;
tier-1 score and indicator score columns (sz15, sz16); a weight column with subtotal rows and a
header repeated after a page break (sz13); a note row inside the table, 填表说明, signature and
date lines (sz12); a budget-system export with codes first, the indicators on a second sheet
under a header on row 3 (sz17); detail lines under the table (sz18).

Planted mistakes (return: code, highest accepted severity, place):

* sz02: B101 error at the 资金总额 cell (1000 + 250 ≠ 1200); T106 error at the typed 105% of
  焊口无损检测合格率; B107 warning (row) at the unit cost 200万元/公里 × 9公里 = 1800 > money.
* sz04: D202 warning at each of the two annual cells of cumulative counts copied from 中期
  (管道长度, 表具软管户数); T108 warning (row) on 燃气管网漏损率 ≥2.5%.
* sz06: T105 error at `户内燃气设施改造完成率 3200户` (first project); B101 error at the second
  stacked project's 资金总额 (500 + 100 ≠ 620).
* sz08: T112 error at `≥3000户` with 计量单位 瓶; T108 warning (row) on 瓶装气用户投诉率 ≥2%
  marked 反向; W101 error on the book (flat-list weights add to 95).
* sz10: F105 error at the tier-2 时效 under *效益; T107 warning at 满意度 `=95%`.
* sz11: F110 error at the empty name cell of a 时效 row with a value; F109 warning (row) at the
  template tier-2 生态效益指标 left without indicator and value.
* sz14: B101 error (row) at 资金总额 (基本支出 310 + 项目支出 520 ≠ 860); B102 error at the
  task 金额合计 520 (tasks add to 500); T105 error at `燃气安全检查覆盖率 1500家`.
* sz16: W103 error at the 产出 score 50 (indicators 45) and at the 效益 score 30 (indicators
  35; the indicator total is still 100, so no W101); T106 error at a typed 102% 及时率.
* sz18: X105 warning (alt X103) at 资金总额 `356.428 5`; X104 warning at the 计划完成日期 text
  `46022`; X106 error (alt B108) at the detail line `86万86万` (read as 86, the lines then add).

Legitimate look-alikes in the correct returns: typed percents with % also in the unit column
(sz01, sz07, sz17); `≤0起` / `0起` on accident counts (sz01, sz07, sz12, sz13); a date cell as
a deadline value (sz01); 下降率 with ≥ (sz03, sz07); rates and unit costs equal in 中期 and 年度
(sz03); `=100%` kept as text (sz05) and `=` with a typed 100% (sz17); the same indicator name
with different values in two stacked projects (sz05); unit cost × count exactly equal to the
money (sz05 second project, 60 × 9 = 540); tier points in the labels plus an indicator score
column (sz09) and tier and indicator scores both adding to 100 (sz15); `≥3百分点` on a rate
raised against last year (sz15); response times `≤30分钟` and time limits `≤15日`; subtotal and
合计 rows in a weight column (sz13); fill and signature dates in the year before the budget year
(sz07, sz12, sz13, sz18); the note row between tiers and 填表说明 (sz12).

Judgements where a reviewer could hesitate:

* B107 in sz02 is a warning (goal and money do not match), not an impossibility; the total is
  wrong too, but 1800 exceeds either reading of it.
* In sz14 the reviewer cannot tell whether 资金总额 or one of its parts is wrong, so the B101 mark
  is a row mark; the matching 财政拨款 + 其他资金 = 860 holds.
* sz04's 漏损率 has ≥ in both columns: one row mark covers both.
* X104 on a text serial for a plan date is a warning: it reads as 2025-12-31 and fits the year.
* Accident targets of 0 (`0起`) are not T115 zero targets: none is the intended outcome.
* sz17 repeats tier labels in every row as exports do; its 05-1 sheet holds the money.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout302 import bottles, patrols, pipes
from tests.variants.holdout302.registry import HOLDOUT302
from tests.variants.kit import Variant

MODULES = (pipes, bottles, patrols)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT302, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 302nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
