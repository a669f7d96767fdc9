"""The 435th held-out set: 18 invented returns of 澄屿市话剧院 (an invented city theatre under
澄屿市文化广电旅游局), budget year 2026, on its subsidised spoken-drama (话剧) performances and
its school tours, with a careful reviewer's marks per ``shared/domain.md``.

Layouts: project heads (``heads.project_head``) with 万元 carried by the number format; OLD-NAT
and NAT-2021 tables with tier-1 and tier-2 merged down; operator columns with symbols (≥ ≤) or
words (大于等于 / 小于等于 / 等于) and a unit column; numbered labels with points
(``一、产出指标（40分）``, ``（一）数量指标``, ``1.``); labels with ``*`` / ``★`` and
abbreviations (数量, 质量, 社会效益); a tier-1 score column beside an indicator score column;
three-year projects with 中期 and 年度 columns; two projects stacked in one sheet; department
heads (``heads.department_head``) with shares typed in % and key tasks with a 金额合计; flat
lists (名称 · 权重 · 单位 · 性质 · 指标值, and another column order); a table on a second sheet
under a two-row header (绩效指标 / 预期实现值); a budget-system export (sheets 「部门项目支出预算
05-1」 and 「部门项目支出绩效目标05-2」, codes in the first columns, header on the third row); an
instruction row inside a table, the header repeated after a page break, footnotes, 填表说明,
signature and date lines.

Planted mistakes (return: code, highest accepted severity, place):

* yc02-percent-over: T106 ≤error at the 惠民演出计划完成率 cell showing 105 %; T108 ≤warning
  (row) at the ≥ of 演出安全事故发生率.
* yc04-tier-points-wrong: W103 ≤error at the 产出指标 score 40 (indicators 45) and at the
  效益指标 score 30 (indicators 25); T105 ≤error at 小剧场上座率 ``≥150人``.
* yc06-three-year-copied: D204 ≤warning at the 年度目标 cell (copied from 中期); D202 ≤warning
  at the annual cells of 惠民演出场次 and 惠民票发放张数 (cumulative counts copied).
* yc08-stacked-defects: B101 ≤error at the second project's 资金总额 (45 ≠ 36 + 8); T105
  ≤error at 乡村学校覆盖率 ``≥12所``.
* yc10-flat-defects: T112 ≤error at ``80场`` with 人次 in the unit column; T113 ≤warning at
  校园巡演完成时间 100 %; W101 ≤error on the whole return (weights 95).
* yc12-template-rows: F110 ≤error at the empty name cell of ``≥25所``; F109 ≤warning (row) at
  the 生态效益指标 label left from the template.
* yc14-department-money-wrong: B101 ≤error at 资金总额 1460 (parts 1480 both ways); B102 ≤error
  at 金额合计 440 (tasks 430).
* yc16-export-codes: X105 ≤warning (alt X103) at the text ``268.437 5`` in sheet 05-1; X104
  ≤warning at the text ``46387`` (2026-12-31) in sheet 05-2.
* yc18-direction-words: T108 ≤warning (row) at 大于等于 on 观众投诉率 and at 等于 on 单场演出成本;
  F105 ≤error at 时效指标 under 效益指标.

Legitimate look-alikes in the correct returns: typed percent cells with a % unit column beside
them (yc01, yc09), 0.0 % formats on accident rates (yc01); 剧场平均上座率 ``提高≥3百分点``
(yc03); tier points in the labels and indicator points both adding to 100, with a 合计 row
(yc03); annual counts below the period and rates and unit costs equal in a three-year project
(yc05); the same 师生满意度 with different values in two stacked projects (yc07, yc08); a
下降率 with ≥ / 大于等于 and ``≤0起`` / 小于等于 0 起 on an incident count (yc07, yc09, yc17);
``=100%`` text on a 内容审核通过率 at the ceiling (yc11); a fill date and signature date in
2025 (yc11, yc13); a footnote explaining that 金额合计 is the project spending only (yc13);
其他资金 of 0 (yc15); a 合计 row in the export (yc16). Every unit cost × count stays within
its money (e.g. 1.5 万元/场 × 100 场 = 150 ≤ 180 in yc01).

Judgements: a flat list (yc09, yc10) has no tiers, so no tier findings. The 占比 row under the
department budget (yc13) is unlabelled (the merged 年度预算 label covers it), as offices send
it. yc16's split number is read as 268.4375, after which the lines add up; its 46387 deadline is
an artefact, not a year conflict. In yc10 the deadline row has no operator: only T113 is asked
for. In yc18 the 时效指标 row under 效益指标 is a misplaced tier-2 (F105), not a second table.
In yc06 the copied 360场 × 1.5万元/场 exceeds the annual 180万元: a B107 at
the annual cost cell is tolerated, not asked for. In yc04 tier and indicator scores both total
100, so W101 is not asked for.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout435 import department, performances, tours
from tests.variants.holdout435.registry import HOLDOUT435
from tests.variants.kit import Variant

MODULES = (performances, tours, department)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT435, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 435th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
