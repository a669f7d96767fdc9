"""The 628th held-out set: 18 invented returns (9 correct) with a careful reviewer's marks.

Theme: 萝卜 (radish) pickling (``pickling``: fn01–fn06), 菊芋 (Jerusalem artichoke) inulin
processing (``inulin``: fn07–fn12) and a township food-safety inspection station (``station``:
fn13–fn18). Places, units, people, phone numbers and figures are invented (澄禾县, 苇塘镇,
北垣乡, 石磴村, 澄禾禾源菊粉有限公司); budget year 2025, multi-year projects 2025–2027.

Layouts: project heads with 中期/年度 money rows and budget detail lines (fn01, fn02, fn11,
fn15); operator and unit columns (fn01), operators in words (fn02); stacked projects (fn03,
fn04); 中期 and 年度 columns (fn05, fn06); tier and indicator score columns with numbered,
pointed or ★ tier labels (fn07, fn08); department heads with key tasks (fn09, fn10, fn13,
fn14); a table on a second sheet under 预期实现值 (fn11); headers 指标内容 / 绩效标准 (fn12);
flat lists in two column orders (fn13, fn14); 指标性质 as direction beside 指标方向 as operator
(fn15); a budget-system export with codes in the first columns, header on the third row and the
budget on a 05-1 sheet (fn16); subtotals and a header repeated after a page break (fn17); header
预期目标 with template rows (fn18).

Planted mistakes (return: code, highest accepted severity, place):

* fn02: D104 warning, row of 鲜萝卜收购量 (goal 3500吨, indicator 3000吨); B107 warning, row of
  腌菜坛更新补助标准 (0.1万元 × 1500 = 150 > line 45 and total 120); T106 error, the typed 105%.
* fn04 (second project): Y103 warning at its 年度绩效目标 (2024年度 left from last season);
  B101 error at its 年度资金总额 (80 ≠ 60 + 15; the 15 cell tolerates B101); D101 warning, row
  of 萝卜干加工量 repeated under 质量指标 (alt F201).
* fn06: B103 error at 年度资金总额 (260 > 240; the annual parts tolerate it); D201 error at the
  annual 处理站 count (3 > 2); D202 warning at the annual 累计处理腌制废水量 copied from 中期.
* fn08: W103 error at 产出's score cell (40, indicators 45; W101 tolerated at book level);
  F201 warning, row of 菊粉纯度达标率 under 时效; D104 warning, row of 菊芋收购量 (goal 6000).
* fn10: B102 error at 金额合计 (80 + 45 + 30 = 155 ≠ 160); F110 error at the empty name cell.
* fn12: Y101 error, row of the plan dates (2024 in a 2025 return, alt Y102); Y102 error at
  the 2026 deadline; X105 warning at the annual 其他资金 `26.2 5` (alt X103).
* fn14: T108 warning, row of 快检结果报送超时率 (反向 with ≥); D102 error, row of the second
  农贸市场快检批次 (4200 / 3600).
* fn16: T105 error, row of 抽检任务完成率 (48 批次); B107 warning, row of 快检试剂单价 (12元 ×
  6000 = 7.2万 > 5万 on the 05-1 sheet); F201 warning, row of 商户满意度 under 社会效益.
* fn18: D103 warning, row of 菊粉作坊现场快检批次 (alt D102, D101, D104); X101 error, row of the
  template example `≥**人次`; F109 warning, row of the empty 时效指标.

25 required marks; 18 of them are found only by comparing parts of a return (goal against
indicator, years and dates, 中期 against 年度, duplicates, wrong tier-2, cost × count against
money, parts against totals, leftovers from another season or the template).

Legitimate look-alikes in the correct returns: typed percents (fn01, fn09, fn11, fn13, fn15);
下降率 with ≥ / 大于等于 / 正向 (fn01, fn13, fn15); unit cost × count equal to its money line
(fn01 3 × 12 = 36, fn09 1 × 120, fn11 55 × 2 = 110, fn15 35元 × 6000 = 21万); a goal total
with its parts in brackets (fn07); `=0起` / 等于 0 on accidents (fn07, fn13); 100 both ways with
tier and indicator points (fn07); rises in 百分点 (fn07, fn11); `=100%` as text and `等于 100%`
on a ceiling rate (fn04, fn06, fn11, fn13, fn15); the same indicator name with different values
in two stacked projects (fn03); period counts above annual counts, equal rates and unit costs
(fn05); a later year the work prepares for (2027 inside fn05's period, 2026 in fn09's goal);
注, 说明, 填表说明, subtotal, total, repeated header, stamp and signature rows (fn03, fn05, fn09,
fn13, fn17); fill dates in the prior year.

Judgements: fn02's B107 compares the standard with its own detail line (45) but also exceeds
the total, so either reading flags it. fn04's duplicate is identical in name and value, hence
D101 rather than D102. fn06's annual fiscal and other amounts exceed the period's too: tolerated,
the mark sits at the annual total. fn08's indicator points add to 105 only because of 产出, so
W101 is tolerated but not asked for. fn09's 2026 (为2026年…积累) and fn05's 2027 are not leftovers.
fn12's dates share one row, so one row mark covers both. fn14's `=100` on 问题产品处置率 is the
ceiling. fn16's B107 needs the 05-1 line and a 元 → 万元 conversion. fn18's 300 / 250 pair is a
near-duplicate with different values, so D102 is accepted too.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout628 import inulin, pickling, station
from tests.variants.holdout628.registry import HOLDOUT628
from tests.variants.kit import Variant

MODULES = (pickling, inulin, station)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT628, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 628th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
