"""The 569th held-out set: cherry and apple (樱桃、苹果) orchard renewal and hail nets.

Eighteen invented returns from county agriculture bureaus, township governments and fruit
extension centres (栎坪县, 沣岫县, 蕖川县, 柘岭县, 砚北县, 桑堰镇, 榆湾乡, 杏塬镇): renewal of old
apple orchards (矮化密植, 间伐, 高接换优, 品种更新), cherry planting and graft renewal, and hail
and rain nets (防雹网, 避雨防雹设施). Nine are correct, nine carry 2–3 planted mistakes each
(21 required marks).

Layouts
-------
``cells`` (dg01–dg06): a project with operator and unit columns and percents typed in Excel,
万元 in the number format (dg01, dg02); two projects stacked in one sheet with one value column
(dg03, dg04); department flat lists, 指标性质 as operator (dg05) or as direction (dg06).
``forms`` (dg07–dg12): 说明 row inside the table, footnotes, 填表说明, signature lines (dg07,
dg09); a department table with 小计 rows, the header repeated after a page break and a 合计 row
(dg08); tier labels numbered, with points, ★ and * marks, abbreviated (dg10, dg11); a
budget-system export with sheets 05-1 and 05-2, codes in the first columns, the header on the
third row under 绩效目标值, operators in a 指标方向 column (dg12).
``periods`` (dg13–dg18): header 预期目标 with template rows (dg13); 中期 and 年度 columns under a
two-row header (dg14) or side by side (dg15); a tier-1 score column beside an indicator score
column (dg16, dg17); a department return with budget, tasks and 金额合计 (dg18).

Planted mistakes (return: code, highest accepted severity, place)
-----------------------------------------------------------------
* dg02-cherry-percent-wrong: T106 ≤error at the 成活率 value typed as 105%; X104 ≤warning at
  计划完成日期 holding the text ``45657``.
* dg04-stacked-defects: B101 ≤error at the second project's 年度资金总额 (100 + 30 ≠ 150);
  T108 ≤warning, row, at ``防雹网年破损率 ≥3%``.
* dg06-flat-defects: T105 ≤error at ``樱桃防雹网覆盖率 350亩``; T108 ≤warning, row, at
  ``果园冰雹灾害损失率 ≥8%`` (反向); W101 ≤error, book level (weights add to 95).
* dg09-notes-artefacts: X105 ≤warning (alt X103) at 其他资金 ``48.62 5``; X101 ≤error (alt
  T116) at the placeholder ``≥**亩``.
* dg11-labels-wrong-parent: F105 ≤error at the tier-2 社会效益指标 under 产出指标; F202
  ≤warning, row, at 预算执行率 under 成本指标.
* dg13-template-rows: F109 ≤warning, row, at the empty 时效指标 and at the empty 社会成本指标;
  F110 ≤error at the empty name cell of the ``≥110户`` row.
* dg15-two-year-copied: D202 ≤warning at the annual ``≥600亩`` copied from 中期; D201 ≤error at
  the annual ``≥12000株`` above the period ``≥10000株``.
* dg17-points-mismatch: W103 ≤error at the 产出指标 score 50 (indicators 45) and at the 效益指标
  score 20 (indicators 25); both score columns still total 100.
* dg18-department-money-wrong: B101 ≤error, row, at 资金总额 540 (基本 300 + 项目 230 = 530);
  B102 ≤error at 金额合计 230 (tasks 220); T108 ≤warning, row, at ``果品农药残留超标率 ≥2%``.

Legitimate look-alikes in the correct returns
---------------------------------------------
* Percent cells: ``pct(0.95)`` etc. in dg01, dg05, dg12, ``pct(1)`` with ``=`` on a 合格率
  (dg01), a bare ``100`` with ``%`` in the unit column under ``=`` (dg12).
* 下降率 with ≥ (dg01 化肥施用量下降率, dg05 冰雹灾害损失下降率, dg07 损失下降率); ``≤0起`` on
  an incident count (dg05); ``=100%`` on 验收合格率 (dg03, dg07).
* Unit cost × count equal to the money (dg03: 2000 × 400 = 80, 4000 × 300 = 120; dg07: 2500 ×
  800 = 200, with a footnote saying so).
* The same names (受益果农户数, 果农满意度) with other values in two stacked projects (dg03).
* Fill and signature dates in the year before the budget year (dg01, dg05, dg07, dg08, dg14).
* 说明 / 注 / 填表说明 rows, 小计 and 合计 rows, a repeated header row, signature lines: not
  indicators (dg07, dg08); 小计 60 + 40 and 合计 100 are not weights to add again (dg08).
* Tier points in labels (dg10) and in a tier score column beside indicator scores, 100 both
  ways (dg16); ``提高≥5百分点`` on 优果率 (dg16).
* Rates and unit costs equal in 中期 and 年度, counts below their period values (dg14).

Judgements
----------
* dg02: ``45657`` is a text serial of a date inside the budget year; X104 at the cell only, no
  year finding asked for.
* dg04: the total, not one of its sources, is taken as wrong; the mark stays at the total cell.
* dg06: ``350亩`` under 覆盖率 with 亩 in the unit column is a rate given as an area (T105), not
  a unit conflict.
* dg11: the tier-1 points in the labels add to 100; 预算执行率 under 成本指标 is a warning
  (F202), the wrong parent an error.
* dg15: the copied ``≥600亩`` is a warning (D202), the annual count above the two-year count an
  error (D201); equal rates and unit costs are not marked.
* dg18: 资金总额 = 财政拨款 + 其他资金 holds, 基本 + 项目 does not; the B101 mark is a row mark
  over the budget row, since either amount could be the wrong one.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout569 import cells, forms, periods
from tests.variants.holdout569.registry import HOLDOUT569
from tests.variants.kit import Variant

MODULES = (cells, forms, periods)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT569, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 569th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
