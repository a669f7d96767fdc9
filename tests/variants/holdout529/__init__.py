"""The 529th held-out set: under-forest chicken raising and walnut groves (林下鸡、核桃) in
relocated mountain villages, 18 invented returns (9 correct, 9 with 22 required marks) to
measure ``goalbook check`` out of sample. Places, units, people and figures are invented.

Modules: ``chicken`` (bs01–bs06, 林下鸡), ``walnut`` (bs07–bs12, 核桃), ``villages`` (bs13–bs18,
department budgets, stacked and multi-year projects mixing both).

Layouts: project heads with 万元 number formats (bs01–bs08, bs12, bs15–bs17); operator column
and unit column with typed percent cells (bs01); 指标性质 as direction with inline operators
(bs02); two stacked projects (bs03, bs15); 中期 and 年度 columns of a three-year project (bs04);
headers 考核指标 / 目标值（年度） / 评价标准 with a 注 row, a repeated header, 填表说明 and a
signature (bs05); numbered tier labels with points and header 预期目标 (bs06); tier-1 and
indicator score columns (bs07, bs08); department flat lists (bs09, bs10, bs18); a budget-system
export with codes and the table on sheet 部门项目支出绩效目标05-2 (bs11); detail lines under
the table (bs12); department budgets with 占比 and tasks (bs13, bs14); two complete column sets
under a two-row header (bs16); the table on a second sheet under 预期实现值 with operators in
words (bs17).

Planted mistakes (return, code, highest severity, place):

* bs02: T106 ≤error Sheet1!E11 (商品鸡出栏检疫合格率 ≥102%); T108 ≤warning Sheet1!E15 (row;
  反向 鸡群疫病死亡率 ≥5%).
* bs04: B101 ≤error Sheet1!C5 (中期资金总额 300 ≠ 240 + 80); D201 ≤error Sheet1!E12 (annual
  ≥12万只 above period ≥9万只); D202 ≤warning Sheet1!E13 (示范点 ≥6个 copied in a 3-year project).
* bs06: F110 ≤error Sheet1!C10 (value ≥60户 with an empty name); F105 ≤error Sheet1!B12
  (可持续影响指标 under 产出指标); F109 ≤warning Sheet1!B13 (row; 时效指标 left empty).
* bs08: T105 ≤error Sheet1!E11 (补植苗木成活率 1200株); W103 ≤error Sheet1!B13 (效益 30 against
  10 + 10; W101 accepted).
* bs10: T112 ≤error Sheet1!B7 (1500亩 with unit column 株); T108 ≤warning Sheet1!B9 (row;
  反向 发病率 ≥5%); W101 ≤error book level (weights add to 95).
* bs12: X104 ≤warning Sheet1!F4 (计划完成日期 "46022" as text); X105 ≤warning Sheet1!C18
  (`36.527 5`, X103 accepted); X106 ≤error Sheet1!C19 (`24万24万(含管线)`, B108 accepted).
* bs14: B101 ≤error 部门整体!B4 (150 + 310 ≠ 480); B102 ≤error 部门整体!D9 (140 + 100 + 80 ≠
  金额合计 310).
* bs15: B101 ≤error Sheet1!C18 (second project 120 ≠ 90 + 20); T106 ≤error Sheet1!D23 (a typed
  105% on 核桃苗木成活率).
* bs17: T113 ≤warning 绩效指标!E6 (row; 完工时间 等于 100 %); T108 ≤warning 绩效指标!D7 (row;
  鸡苗采购单价 大于等于 6 元/只).

Legitimate look-alikes in the correct returns: `=` with a typed 100% on a 检疫合格率 (bs01) and
`=100%` kept as text on an acceptance rate (bs11, tolerated up to warning), 100% on a ceiling
rate (bs03, bs13); a deadline as a date cell with ≤ (bs01); the same 养殖户满意度 name with
different values in two stacked projects (bs03); `0起` on an incident count (bs05, bs15,
tolerated up to warning); rates raised in 百分点 (bs07, bs08, bs13); tier and indicator points
both adding to 100 (bs07); 下降率 with ≥ (bs02, bs09, bs11); a 损耗率 / 死亡率 with ≤ (bs09,
bs18); percent cells with % also in the unit column (bs09); rates equal in 中期 and 年度 while
counts are lower in the year (bs04, bs16, bs18); unit cost × count equal to or within the money
(bs01, bs03, bs07, bs13, bs14, bs16); fill and signature dates in the year before the budget
year (bs05, bs12, bs18); 注, 填表说明, 说明, signature and repeated header rows (bs05, bs18).

Judgements: W103 in bs08 is marked at the 效益 score only; the indicator total of 90 that it
causes is the same problem (W101 accepted). In bs04 the B101 is marked at the 中期 total (the
sources may be right). In bs14 the tasks disagree with 金额合计 while 金额合计 equals 项目支出,
so B102 is marked at 金额合计. bs17's 完工时间 100 % and the 单价 大于等于 are warnings (doubtful,
not impossible). bs15's first project is correct and must not inherit the second one's money.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout529 import chicken, villages, walnut
from tests.variants.holdout529.registry import HOLDOUT529
from tests.variants.kit import Variant

MODULES = (chicken, walnut, villages)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT529, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 529th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
