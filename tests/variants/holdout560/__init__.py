"""The 560th held-out set: 18 invented returns on highland barley and buckwheat (青稞、荞麦) seed
renewal and stone-ground milling, with a careful reviewer's marks (see tests/variants/README.md).

Places, units, people, phone numbers and figures are invented (嘎桑县 with its 朗雪乡, 措玛镇,
拉措村 and 松卓村; 岗觉县). Budget year 2025; money in 万元, mostly carried by the number format.

Modules: ``seeds`` (cx01-cx06, seed breeding, purification, storage and exchange), ``mills``
(cx07-cx12, water and electric stone mills, tsampa and buckwheat flour workshops, training) and
``bureaus`` (cx13-cx18, department returns, flat lists, stacked projects).

Layouts: project heads with one-year and multi-year (中期/年度) money blocks; an operator column
(指标性质 / 比较符) with a unit column (cx01, cx02); a two-row header 绩效指标值 over 中期 and 年度
(cx03); 中期指标值 / 年度指标值 columns (cx04); numbered tier labels with points and headers
指标内容 / 绩效标准 (cx05); header 预期目标 (cx06); 指标性质 as direction with 指标方向 as operator
(cx07, cx08); a tier-1 score column and an indicator score column (cx09, cx10); expense lines
under the table (cx11); a budget-system export, head on 「部门项目支出预算05-1」 and the
table on 「部门项目支出绩效目标05-2」 with codes in the first columns and header 预期实现值 (cx12);
department heads with shares and key tasks (cx13, cx14); flat lists in two column orders, one
with its header repeated after a page break (cx15, cx16); two projects stacked in one sheet (cx17,
cx18).

Planted mistakes (code, highest accepted severity, place), 22 required marks:

* cx02: T106 ≤error at the 105% germination rate cell; T108 ≤warning (row) at the ≥ of
  入库种子霉变率; T105 ≤error at 荞麦良种覆盖率 = 4000 (亩).
* cx04: D204 ≤warning at the 年度目标 cell (verbatim the 中期目标); D202 ≤warning at the annual
  cells of 良种更新示范田面积 and 培训荞麦种植户 (copied from the 中期 column).
* cx06: F110 ≤error at the empty name cell of a row valued ≥95%; F109 ≤warning (row) at the
  template tier-2 生态效益指标 left without indicator or value.
* cx08: T108 ≤warning (row) at the ≤ of a 正向 count (新建加工点); T108 ≤warning (row) at the ≥ of
  a 反向 cost (荞麦面加工成本).
* cx10: W103 ≤error at the 产出指标 score 40 (indicators add up to 35) and at the 效益指标 score
  30 (indicators add up to 35); both columns still total 100, so no W101.
* cx11: X105 ≤warning (alt X103) at 年度资金总额 "96.6 5"; X106 ≤error (alt B108) at the expense
  line "42万42万（含运输）"; X104 ≤warning at the 计划完成日期 text "45930".
* cx14: B101 ≤error (row) at 资金总额 600 (240 + 380 = 620); B111 ≤error at the 80% share of
  财政拨款 (540 ÷ 600 = 90%); B102 ≤error at the 金额合计 380 of the tasks (150+130+90 = 370).
* cx16: T112 ≤error at 良种示范种植面积 "≥40户" against the unit column 亩; W101 ≤error on the
  whole return (weights 95).
* cx18: B101 ≤error at the second project's 年度资金总额 32 (24 + 5 = 29); T105 ≤error at
  荞麦面抽检合格率 "98批次".

Legitimate look-alikes in the correct returns: typed percent cells (cx01, cx03, cx07, cx12, cx13,
cx15), ``≥5`` / ``≥3`` / ``≥8`` 百分点 rate rises (cx01, cx09, cx12, cx13), a 下降率 with ≥ (cx05,
cx07), 0起 on accidents and on seed-fraud cases (cx07, cx13), =100% at the ceiling (cx05, cx07,
cx13, cx15), 农药使用量增长率 ≤0% (cx03), tier and indicator points both adding to 100 with a 合计
row (cx09), an explanatory note on points (cx05, cx09), a 合计 row of weights (cx15), fill and
signature dates in December 2024 (cx01, cx15), the same indicator names with different values in
stacked projects (cx17), rates equal across 中期 and 年度 while cumulative counts fall (cx03),
项目 2 with 其他资金 0 (cx17). Every unit cost × count stays within its money.

Judgements where a reviewer could hesitate:

* cx14: the 项目支出 share 63.33% matches its amount (380 ÷ 600); the shares then sum over 100 %
  only through the B101 defect, so a finding there is tolerated (``ok`` ≤error), not required.
  B101 is a row mark: the finding may land at 资金总额, 基本支出 or 项目支出.
* cx11: once "96.6 5" is read as 96.65 and "42万42万" as 42, the money adds up (84 + 12.65; 42 +
  30 + 14 + 10.65), so no B101/B102 is planted; "45930" read as a date is 2025-09-30, in the year.
* cx02: the coverage rate in 亩 is T105 (error: a rate given as a count), not a unit question.
* cx12: 培训考核合格率 shown as a bare 90% (typed percent, no operator) is accepted as written.
* cx16: 万公斤 and 亩 values are bare numbers with the unit in its column; only the 户/亩 clash is
  a conflict. 种子质量投诉率 ≤2 with 反向 is consistent.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout560 import bureaus, mills, seeds
from tests.variants.holdout560.registry import HOLDOUT560
from tests.variants.kit import Variant

MODULES = (seeds, mills, bureaus)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT560, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 560th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
