"""The 447th held-out set: crosstalk and storytelling troupes (相声、评书) and folk quyi
theatres (曲艺剧场、书茶馆). 18 invented returns, 9 correct and 9 with planted mistakes (23
required marks). Places, units, people, phone numbers and figures are invented.

Layouts: project heads (``heads.project_head``) with 万元 in the number format, one-year and
multi-year money blocks; department heads with typed shares and key tasks; tier-1 and tier-2
merged down; an operator column (指标性质) with a unit column; inline operators; numbered,
scored, starred and abbreviated tier labels; two crosstalk projects stacked in one sheet; flat
lists (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值 and another order with 指标性质 as
direction); 中期 and 年度 columns; headers 指标内容 / 预期实现值 (second sheet) and 预期目标;
an instruction row, 小计 rows and a header repeated after a page break, 注 / 说明 / 填表说明
rows, signature and date lines; tier-1 and indicator score columns; a budget-system export
(sheets 「部门项目支出预算05-1」 and 「部门项目支出绩效目标05-2」, codes in the first columns,
header on the third row).

Planted mistakes (code, highest accepted severity, place):

* ``yo02-percent-wrong``: T105 ≤error (row) at 校园专场节目排演完成率 ``≥ 8 个``; T108 ≤warning
  (row) at the ≥ of 演出安全事故发生率 1%; T106 ≤error at 师生满意度 typed 105%.
* ``yo04-stacked-defects``: B101 ≤error (row) at the second project's 年度资金总额 30 ≠ 22 + 5;
  T105 ≤error at 学员结业率 ``≥36人``.
* ``yo06-marked-wrong-parent``: F110 ≤error at the empty name of a 时效 row valued ``≥95%``;
  F105 ≤error at ``*质量指标`` under ``*效益指标``.
* ``yo08-flat-defects``: T112 ≤error at ``≥120部`` with 小时 in the unit column; T108 ≤warning
  (row) at 数字化音频差错率 ``≥1%`` (反向); W101 ≤error on the book (weights add to 95).
* ``yo10-two-year-copied``: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D202
  ≤warning at the annual cells of 录制长篇评书部数 ``≥4部`` and 评书音频录制时长 ``≥600小时``.
* ``yo12-template-rows``: F109 ≤warning (row) at 社会成本指标 and at 生态效益指标, both left
  empty; F110 ≤error at the empty name of a 可持续影响 row valued 持续运营.
* ``yo14-department-money-wrong``: B101 ≤error (row) at 资金总额 260 (基本支出 150 + 项目支出
  100 = 250; 财政拨款 + 其他资金 = 260); B102 ≤error at 金额合计 100 (tasks 60 + 30).
* ``yo17-export-artefacts``: X105 ≤warning (alt X103) at ``52.3 6``; X106 ≤error (alt B108) at
  ``21.04万21.04万``; T115 ≤error at ``≤0万元/套``. Read as 52.36 and 21.04 the lines add up
  to 86.4.
* ``yo18-tier-points-mismatch``: W103 ≤error at 产出指标's score 50 (indicators 45); T108
  ≤warning (row) at 惠民演出场次 ``≤60场``; W101 on the book tolerated (not required), as the
  indicator points then add to 95.

Legitimate look-alikes in the correct returns: typed percent cells with ``%`` also in the unit
column (yo01, yo07, yo13 shares); ``≤`` on 反向 rates (观众有效投诉率, 曲目文本校勘差错率,
观众安全事故发生率); ``=100%`` on 合格率 / 通过率 (yo02 too, yo11, yo14, yo17); ``≤ 0 起`` on
演出安全责任事故 (yo07); the same 观众满意度 at ≥90% and ≥88% in two stacked projects (yo03);
tier points in the labels (yo05); rates, unit costs and grades equal in 中期 and 年度 while
counts differ (yo09); a 增长率 lower in the year than over the period (yo10); a cost standard ×
count exactly equal to its task or budget (yo13: 0.8 × 150 = 120; yo15: 0.25 × 180 = 45) with a
footnote explaining it; tier-1 and indicator scores both adding to 100 and ``≥3百分点`` on a
share (yo16); fill and signature dates in the year before the budget year (yo01, yo07, yo15);
instruction, 小计, 合计 and repeated header rows (yo15).

Judgements where a reviewer could hesitate:

* yo04 and yo14: B101 is marked with ``row=True`` at the total, since either the total or one
  of its parts may be the wrong cell.
* yo06: the nameless ``≥95%`` row sits under 时效指标; only F110 is asked for, not a T-code on
  its value. yo12: the nameless 持续运营 row is under a used tier-2, so it is F110, not F109.
* yo08: ``≥120部`` against a 小时 unit column is T112 (error), a plain conflict, not a guess.
* yo17: the unit cost ``≤0万元/套`` is T115 (error): 52.36 万元 over 24 套 is about 2.18.
* yo18: W103 is required at the tier score; W101 (indicator points 95 ≠ 100) is the same gap
  and only tolerated.
* yo10: the copied annual counts are D202 warnings, not D201 errors (annual = period is not
  above it); 0.07 万元 × 600 小时 = 42 stays within both 45 and 90.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout447 import storytellers, theatres, troupes
from tests.variants.holdout447.registry import HOLDOUT447
from tests.variants.kit import Variant

MODULES = (troupes, storytellers, theatres)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT447, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 447th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
