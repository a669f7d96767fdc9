"""The 466th held-out set: 18 invented returns on the school milk programme (学生饮用奶) and
cochlear implants (人工耳蜗) for children, with a careful reviewer's marks, to measure
``goalbook check`` out of sample. Budget year 2025; every place, unit, person and figure is
invented (澄岭县, 蓼川区, 栖峰市).

Layouts: project heads (``heads.project_head``) and department heads
(``heads.department_head``); tier-1 and tier-2 merged down; OLD-NAT and NAT-2021; an operator
column (指标性质) and a unit column (zh01, zh02); one value column with inline operators (zh03,
zh04, zh06, zh18); two stacked projects in one sheet (zh03, zh04); flat lists (zh05: 序号 ·
指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值; zh16: 指标名称 · 指标值 · 指标性质
as direction · 计量单位 · 权重); numbered labels with points and a score column (zh07, zh08);
中期 and 年度 columns in three-year projects (zh09, zh10); a two-row header with 指标内容,
绩效标准 and a 评价标准 column (zh11); header 预期目标 (zh12); department money blocks with a
占比 line and tasks (zh13, zh14); an operator and a weight column with an instruction row,
a header repeated after a page break, 小计 and 合计 rows (zh15); a budget-system export with
codes in the first columns and the indicator table on a second sheet (zh17); 资金明细 lines
under the table (zh06); 注 / 说明 / 填表说明 rows and signature lines.

Planted mistakes (code, highest accepted severity, place):

* zh02-milk-percent-wrong: T106 ≤error at the 抽检合格率 value (percent cell 105%); T108
  ≤warning (row) at the ``≥`` of 变质投诉率; T108 ≤warning (row) at the ``=`` of the 每生每日
  供奶补助标准 (a cost cap written with =).
* zh04-milk-stacked-defects: B101 ≤error at the second project's 年度资金总额 (95 ≠ 70 + 20);
  T105 ≤error at 送奶到校及时率 ``≥180天``.
* zh06-milk-artefacts: X104 ≤warning at 计划完成日期 ``46022`` in a text cell; X105 ≤warning
  (alt X103) at ``160.2 5``; X106 ≤error (alt B108) at ``14万14万``.
* zh08-implant-points-wrong: W103 ≤error at ``一、产出指标（40分）`` (15+10+20=45); W103
  ≤error at ``三、效益指标（30分）`` (15+10=25); T105 ≤error at 术后设备开机率 ``≥20人``.
* zh10-implant-period-defects: D204 ≤warning at the 年度目标 cell; D202 ≤warning at the annual
  ``≥60人`` copied from the three-year count; D201 ≤error at the annual ``≥500人次`` above the
  period ``≥450人次``.
* zh12-implant-template-empty: F109 ≤warning (row) at 时效指标 and at 社会成本指标, both left
  without indicator or value; F110 ≤error at the empty name cell of a row with ``≥85%``.
* zh14-dept-money-wrong: B101 ≤error at 资金总额 (1500 ≠ 700 + 760); B111 ≤error at the
  项目支出 share 55% (760 ÷ 1500 = 50.67%); B102 ≤error at 金额合计 (380 + 400 ≠ 760).
* zh16-flat-defects: T112 ≤error at ``≥38万元`` with unit column 人; T108 ≤warning (row) at
  返修率 ``≥3%`` declared 反向; W101 ≤error on the whole return (weights 95).
* zh18-tier-wrong-parent: F105 ≤error at ``3.社会效益指标`` under 一、产出指标; T115 ≤error at
  ``≤0万元/盒``.

25 required marks in all. Tolerated without being asked for: F201 ≤warning at the name of
术后设备开机率 (zh08), a rate sitting under 数量指标 as the rate-as-count rows usually do.

Legitimate look-alikes in the correct returns: ``=`` with a 100% percent cell on a 抽检合格率
(zh01, zh05; a bare 100% cell in zh17) and ``=100%`` on a ceiling rate (zh03, zh11,
zh15); ``≥1.5百分点`` on a 检出率 that is to fall (zh01, written as the size of the
fall) and ``≥3百分点`` (zh07);
``≤0起`` on incident counts (zh01, zh05, zh06); percent cells next to a ``%`` unit column
(zh01, zh05, zh17); 100 both ways in zh07 (tier points in the labels and indicator scores) and
in zh15 (小计 rows and indicator weights); the same indicator names with different values in
the two stacked projects of zh03; equal 中期 and 年度 values on rates and unit costs (zh09);
1.5万元/人 × 200人 = 300万元 exactly the task's money (zh13); fill dates in the year before
(signature lines); a 说明 row and a 注 row inside tables (zh11, zh15, zh18); a repeated header
row and a signature/stamp line (zh15); budget codes and a 合计 line in the export (zh17).

Judgements: a unit standard is compared only with the count it costs (例 / 人 with children,
not 人次 or 所), so 6万元/例 × 40人 is checked against the money and 人次 counts are not; in
zh10 the annual ``≥60人`` costs 360万元 against 400万元 and stays within; the 年度目标 of zh10
still says 三年内 because it is a copy (D204 only). In zh14 only the sums and the 项目支出
share are marked: the other shares match their amounts. In zh16 the 满意度 ``≥90`` with % in
the unit column is a valid percent. zh18's 学生每日饮奶率 under a tier-2 that belongs to 效益
is F105, not also F201; its 2元/盒 × 60万盒 = 120万元 equals the budget.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout466 import implant, layouts, milk
from tests.variants.holdout466.registry import HOLDOUT466
from tests.variants.kit import Variant

MODULES = (milk, implant, layouts)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT466, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 466th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
