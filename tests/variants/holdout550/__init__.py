"""The 550th held-out set: ocarina (陶笛) making and rural music classes for left-behind
children (留守儿童), 18 invented returns, 9 correct, with a careful reviewer's marks.

Modules: ``craft`` (cn01–cn06, ocarina workshops, kilns, clay), ``classes`` (cn07–cn12, rural
music classes), ``offices`` (cn13–cn18, department money, notes, template rows, exports,
second sheets). Places, units, people and figures are invented (柘川县, 鹤陂县, 郦水县, 陶湾镇,
枫溪乡, 苍岩镇, 榆塘村, 棠梨乡, 沅坪镇).

Layouts: project heads (``heads.project_head``) with 中期 / 年度 money rows in 万元 number
formats; department heads with a budget row, a row of shares and key tasks; OLD-NAT and
NAT-2021 tiers merged down; operator and unit columns (cn01, cn02); numbered tier labels with
points (cn03); a tier-1 score column (cn04); detail lines under the table (cn01, cn05); a
three-year project with 中期 and 年度 columns (cn06); stacked projects (cn07, cn08); flat lists
(cn09, cn10); 指标性质 as direction with word operators in 指标方向 (cn11); headers 考核指标 /
目标值（年度） / 评价标准 with subtotal rows, a repeated header after a page break, notes and
signature lines (cn15); header 预期目标 (cn16); a budget-system export with codes in the first
columns and the table on a second sheet (cn17); a table on a second sheet under 预期实现值 (cn18).

Planted mistakes (code, highest accepted severity, place):

* cn02-kiln-percent-wrong: T106 error at the typed 105% of 烧制成品合格率; T108 warning (row)
  at the ≥ of 窑裂破损率.
* cn04-clay-points-wrong: W103 error at the 产出指标 score 50 (indicators 45; W101 accepted;
  a file-level W101 tolerated); T105 error at 陶笛制作考核通过率 `36人`.
* cn05-workshop-artefacts: X104 warning at the 计划完成日期 text `46022`; X105 warning (alt
  X103) at the detail line `4.867 5`; X106 error (alt B108) at `6万6万（含运费）`.
* cn08-class-stacked-wrong: B101 error (row; alt B103, B109) at the second project's 年度资金总额
  18 ≠ 15 + 2; T105 error at 留守儿童参课率 `65人`.
* cn10-class-flat-wrong: T112 error (alt T105) at 覆盖率 `≥92%` with unit column 人; W101 error
  at book level (weights 95).
* cn12-class-direction-wrong: T108 warning (row) at 投诉率 `≥1%`; T108 warning (row) at 陶笛采购单价
  `=45元/只`; T107 warning (alt T108) at 师生满意度 `=95%`.
* cn14-bureau-money-wrong: B101 error (row) at 资金总额 480 ≠ 300 + 190; B111 error at the
  财政拨款 share 86.58% (430 ÷ 480 = 89.58%); B102 error at 金额合计 190 (tasks add to 185).
* cn16-template-empty: F109 warning (row) at 社会成本指标 and at 生态效益指标 left empty; F110
  error at the empty name cell of the `≥150人次` row.
* cn18-second-sheet-wrong: T113 warning at 窑房改造完工时间 typed 100%; Y102 error (alt Y103)
  at the 作品展演举办日期 2026-01-15 in a one-year 2025 project.

Legitimate look-alikes in the correct returns: typed percent cells and `=100%` on 培训按期完成率
(cn01); unit cost × count equal to the budget (cn03 1500 × 120 = 18万); tier points in the
labels and indicator points both adding to 100, a 合计 row, `≥5百分点` on a rate change (cn03);
identical rates, unit costs and dates in the 中期 and 年度 columns of a three-year project
(cn06); the same indicator names with different values in stacked projects (cn07); `≤ 0 起` on
课堂安全事故 (cn09, cn11); a 下降率 with 大于等于 marked 正向 (cn11); a 90-point total explained by
a footnote (预算执行率 scored separately), subtotal rows, a repeated header, a fill date in the
year before the budget year (cn15); abbreviated and starred tier labels (*产出, 数量, ★) in an
export (cn17).

Judgements: cn08's annual total above its period total is the same slip as the B101, so B103 /
B109 are accepted at that row. cn12's `=95%` on satisfaction is marked T107 (T108 accepted).
cn18's next-year date is marked as an error because a one-year project cannot hold it.
cn05's `购置电窑 1台` without an operator is left unmarked (info at most). cn11's 投诉率 sits
under 社会效益指标 and its 课堂安全事故 under 质量指标; neither is marked.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout550 import classes, craft, offices
from tests.variants.holdout550.registry import HOLDOUT550
from tests.variants.kit import Variant

MODULES = (craft, classes, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT550, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 550th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
