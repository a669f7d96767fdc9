"""The 543rd held-out set: 18 invented returns of iron painting (铁画) and ox-horn carving
(牛角雕) heritage studios, with a careful reviewer's marks (per ``shared/domain.md``), to measure
``goalbook check`` out of sample. Places, units, people, phone numbers and figures are
invented (赭岭市, 磬川区, 鹤坪县, 栖梧镇, 苇塘县).

Layouts: one-year project heads with an operator column in words and a unit column (cg01,
cg02); two projects stacked in one sheet (cg03, cg04); tier-1 and indicator score columns
(cg05, cg06); multi-year heads with 中期 and 年度 columns (cg07, cg08); a direction column
(指标性质: 正向/反向) beside an operator column (指标方向) and a unit column (cg09); operators
inside the values (cg10); tier labels numbered, with *, ★ and points, abbreviated tier-2
(cg11, cg12); department heads with a flat list (指标名称 · 权重 · 计量单位 · 指标性质 ·
指标值) (cg13, cg14); headers 指标内容 / 绩效标准 with an instruction row, a header repeated
after a page break, footnotes, 填表说明 and signature lines (cg15); the table on a second
sheet under 考核指标 / 目标值（年度） (cg16); a department table under 预期目标 with template
rows (cg17); a budget-system export, sheets 「部门项目支出预算05-1」 and
「部门项目支出绩效目标05-2」, codes in the first columns, the header on row 3 (cg18).

Planted mistakes (return: code, highest accepted severity, place):

* cg02-iron-percent-wrong: X105 warning (alt X103) at 其他资金 ``"12.5 6"`` (text, read as
  12.56, then 50 + 12.56 = 62.56 holds); X104 warning at 计划完成日期 ``"46022"`` (text serial
  of 2025-12-31); T106 error at 修复作品验收合格率, a typed ``105%``.
* cg04-iron-stacked-defects: T105 error at 学徒修复技艺考核通过率 ``4人`` (first project);
  B101 error at the second project's 年度资金总额 36 ≠ 28 + 6.
* cg06-iron-points-wrong: W103 error at the 产出指标 score cell (40 declared, 45 under it);
  W103 error at the 效益指标 score cell (30 declared, 25 under it); T108 warning (row) at
  屏风焊点返修率 ``≥3%``. Both levels still total 100, so no W101.
* cg08-horn-multi-year-copied: D202 warning at the 年度 cells of 征集牛角雕传统纹样 ``≥200种``
  and 举办牛角雕技艺展演 ``≥8场`` (two-year project, copied from 中期); D201 error at the 年度
  cell of 培训牛角雕从业人员 ``≥80人`` against 中期 ``≥60人``.
* cg10-horn-direction-wrong: T108 warning (row) at 带徒传艺学徒人数 ``≤12人`` (正向 count with
  ≤), at 角料损耗率 ``≥5%`` (反向 rate with ≥) and at 单件作品制作成本 ``=0.5万元/件`` (= on a
  cost cap).
* cg12-horn-tier-wrong-parent: F110 error at the empty name cell of the row ``≥20期`` under
  1.数量指标; F105 error at the tier-2 label ``3.社会效益指标`` under 一、产出指标.
* cg14-studio-flat-defects: B101 error at 资金总额 190 (≠ 基本支出 120 + 项目支出 60, ≠ 财政拨款
  150 + 其他资金 30); T112 error at 牛角雕作品收藏入库 ``12万元`` against the unit column 件;
  W101 error on the whole return (weights add to 95).
* cg16-studio-second-sheet: X101 error at 开发铁画文创产品 ``≥**件``; T105 error at
  学徒技艺考核通过率 ``18人``.
* cg17-studio-template-rows: F110 error at the empty name cell of the row ``≥150人次``; F109
  warning (row) at the tier-2 ``生态效益指标`` left with no indicator and no value.

Legitimate look-alikes in the correct returns: typed percents (``pct``) in an operator-column
table and a flat list, ``等于 100%`` / ``= 100%`` on a 合格率 / 达标率 (the ceiling) (cg01,
cg13); 边角铁料损耗下降率 / 牛角原料损耗下降率 with ≥ (cg01, cg09); ``≤ 0 起`` on accidents
(cg09, cg13); tier and indicator scores both adding to 100 with a note saying so, and a share
raised by ``≥5百分点`` (cg05); tier points ``（50分）（30分）（10分）`` adding to 90 with a
note that 预算执行率 is scored apart (cg11); the same name 参与学员满意度 with ≥88% and ≥90% in
two stacked projects (cg03); rates equal in 中期 and 年度 while counts fall below the period
(cg07); unit costs × counts within their money (cg01 0.8 × 24 ≤ 68, cg03 2 × 15 ≤ 40 and 800元
× 120 ≤ 25万, cg05 12 × 2 ≤ 45, cg07 1.5 × 30 ≤ 150, cg09 0.6 × 40 ≤ 36, cg18 15 × 3 ≤ 60 and
200元 × 800 ≤ 24万); fill / signature dates in the year before the budget year (cg13, cg15);
an instruction row inside the table, a repeated header, footnotes explaining the total and
a 填表说明 line (cg15); a 合计 row in the export's money sheet (cg18).

Judgements where a reviewer could hesitate:

* cg02: the X105 amount is read as 12.56, so the money adds up and no B101 is asked; the text
  serial in 计划完成日期 is the right date, so only X104 (no Y102).
* cg06: the indicator points still total 100; the mismatch is per tier, not W101.
* cg14: 资金总额 is wrong against both splits; one B101 at the total is asked for.
* cg11: ``（50分）`` etc. in the labels with no score column: nothing to add up against.
* 800元/课时 and 200元/件 in 万元 projects are indicator values, not money cells: no B105.
* cg09: 指标值 ``0`` with ≤ on an accident count is not a zero target (no T115).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout543 import horn_carving, iron_painting, studios
from tests.variants.holdout543.registry import HOLDOUT543
from tests.variants.kit import Variant

MODULES = (iron_painting, horn_carving, studios)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT543, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 543rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
