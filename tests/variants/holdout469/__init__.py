"""The 469th held-out set: stargazing dark-sky parks (暗夜公园) and light-pollution control.

18 invented returns (9 correct, 9 with 23 required marks), three modules: ``parks`` (zk01–zk06,
dark-sky park projects), ``lighting`` (zk07–zk12, light-pollution control), ``budgets``
(zk13–zk18, department budgets, stacked projects, a budget-system export, notes). Places, units,
people and figures are invented (砚星县, 澄穹市, 霁岭, 墨峦山, 鹭汀县, 穹台市, 北沅区).

Layouts: project heads with one-year and 中期/年度 money blocks, 万元 in the number format;
operator column (指标性质) with a unit column (zk01, zk02); numbered tier labels with points and
an indicator score column (zk03); a tier-1 score column (zk04); 中期 and 年度 value columns
(zk05, zk06); 指标性质 as direction with 指标方向 as operator in words (zk07, zk08); department
heads with key tasks and flat lists in two column orders (zk09, zk10); a two-row header with
绩效指标 / 考核指标 / 绩效目标值 / 评价标准 (zk11); the table on a second sheet under 预期实现值
(zk12); 注 rows inside the table, footnotes, 填表说明, signature lines (zk13, zk18); two stacked
projects (zk15, zk16); a budget-system export with codes in the first columns, the header on
the third row and repeated after a page break (zk17).

Planted mistakes (code, highest accepted severity, place):

* zk02-percent-wrong: B105 ≤error Sheet1!C6 (其他资金 formatted ``#,##0.00"元"`` in the
  万元 block; a B101 anywhere is tolerated); T106 ≤error Sheet1!E11 (typed 105% on a
  合格率); T108 ≤warning Sheet1!E14 row (发生率 with ≥).
* zk04-points-mismatch: W103 ≤error Sheet1!B9 alt W101 (产出 declares 40, its indicators
  give 35; a file-level W101 is tolerated); F105 ≤error Sheet1!C12 (社会效益指标 under
  产出指标).
* zk06-multi-year-copied: D204 ≤warning Sheet1!D9 (年度目标 = 中期目标); D202 ≤warning
  Sheet1!E11 and Sheet1!E12 (cumulative counts copied into 年度).
* zk08-direction-wrong: T105 ≤error Sheet1!F10 (覆盖率 given as 15 个点位); T108 ≤warning
  Sheet1!E12 row (等于 on a cost cap); T108 ≤warning Sheet1!E13 row (反向 rate, 大于等于).
* zk10-flat-defects: W101 ≤error book level (weights sum to 95); T112 ≤error Sheet1!B14
  (``≥12万元`` against the unit column 盏).
* zk12-second-sheet: F110 ≤error 绩效指标!C5 (value without a name); F109 ≤warning
  绩效指标!B6 row (template 时效指标 left empty); T105 ≤error 绩效指标!D8 (执行率 ``35处``).
* zk14-department-money-wrong: B101 ≤error Sheet1!B4 (420.6 + 312 ≠ 742.6); B102 ≤error
  Sheet1!D9 (tasks 120 + 96 + 86 ≠ 金额合计 312).
* zk16-stacked-artefacts: X104 ≤warning Sheet1!F4 (end date ``46022`` as text); X105
  ≤warning Sheet1!E5 alt X103 (``86.4 5``); B101 ≤error Sheet1!C20 (second project 75 ≠ 60 +
  10).
* zk18-notes-and-defects: T106 ≤error Sheet1!D11 (``≥102%`` on a 合格率); T113 ≤warning
  Sheet1!D13 (完工时间 ``100%``).

Legitimate look-alikes in the correct returns: typed percent cells with a duplicated % unit
column (zk01, zk09); a 下降率 with ≥ (zk01, zk07, zk11); ``≤0起`` on an incident count (zk07);
``=100%`` text at the ceiling (zk03, zk05, zk15, and beside the marks in zk18); a rate raised
``≥5百分点`` (zk03); tier points in the labels and indicator points both adding to 100, with
a 合计 row (zk03); a weight 合计 row in a flat list (zk09); unit cost × count within the
money everywhere (e.g. zk05 40 公里 × 15 = 600 ≤ 900 and 15 × 15 = 225 ≤ 300; zk13 60 ×
0.9 = 54 ≤ 54.5); equal 中期/年度 rates and unit costs in a multi-year project (zk05); the same
indicator names with different values in two stacked projects (zk15); 成本指标 listed first
(zk13); fill and signature dates in the year before the budget year (zk13, zk18); a footnote
explaining that 金额合计 is 项目支出 only (zk13); a 定性 operator with ``建立并执行`` in the
export (zk17).

Judgements: zk02's 其他资金 reads 5 万元 once converted, so the block adds up and only B105 is
asked for. zk04's shortfall is one problem: W103 at the tier score, W101 accepted instead. zk06
marks the copied 中期目标 once (D204) and each copied cumulative count (D202), not the equal
rates and grades. zk08's 覆盖率 in 个点位 is a rate given as a count (error), not a unit
conflict. zk12's empty name row is marked at the name cell (F110), the empty template row at
its tier-2 (F109, row). zk16's split number and date serial are conversion artefacts
(warnings); the first project adds up once 86.45 is read. zk18's ``100%`` on 完工时间 is a
doubtful form (T113 warning), not an impossibility. zk17's bare numbers under 度量单位 % are
rates in percent, not counts.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout469 import budgets, lighting, parks
from tests.variants.holdout469.registry import HOLDOUT469
from tests.variants.kit import Variant

MODULES = (parks, lighting, budgets)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT469, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 469th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
