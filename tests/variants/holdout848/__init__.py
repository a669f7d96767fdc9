"""The 848th held-out set: 18 invented returns on county traditional Chinese medicine in the
invented 柘岭县 — TCM clinics (中医馆) in township hospitals and village-doctor TCM training
(``clinics``, ``training``), herbal medicine planting (``herbs``) — with a careful reviewer's
marks, to measure ``goalbook check`` out of sample. Aim: checks across the table.

Layouts: project heads (one-year and multi-year with 中期 and 年度 money and goals) and
department heads (budget, key tasks with 金额合计); tier-1 and tier-2 merged down; numbered
labels (一、产出指标, （一）数量指标), points in labels (产出指标（50分）), abbreviated labels
(产出, 数量) with ★ core indicators; operator and unit columns; a tier-1 score column beside
indicator scores; two stacked projects in one sheet; flat lists; 中期 / 年度 columns; a two-row
header with 考核指标 · 预期实现值 · 评价标准; header 预期目标; a budget-system export with codes in
the first columns and the indicators on a second sheet (05-1 / 05-2) under 绩效目标值; 注 and 说明
rows inside and under tables, subtotal (合计) rows, signature and date lines.

Planted mistakes (return: code, highest accepted severity, place):

* kfz02-guoyiguan-goal-count: D104 warning, row of 提档升级中医馆数量 (goal 8, indicator ≥6; the
  goal cell tolerates it); Y102 error alt Y103, row of 改造完成时间 (2024年9月30日前 in 2025);
  B107 warning, row of 单馆提档升级补助标准 (60万元 × 6 = 360 > 320).
* kfz04-centre-department-wrong: B102 error at 金额合计 (120 + 260 + 90 = 470 ≠ 490); F201
  warning alt F105, row of 患者对中医馆服务满意度 under 社会效益指标.
* kfz06-stacked-year-left: Y103 warning alt Y101/Y102 at the first project's 年度目标
  (2024年底前开诊 in 2025); D201 error alt D104 at the second project's annual 培训中医药人员人次
  (≥80 above the period's ≥60).
* kfz08-baiji-copied: D204 warning at the 年度目标 (copied from 中期目标); D202 warning at the
  annual 林下种植白芨面积 and 培训种植技术人员 (copied from 中期).
* kfz10-herb-flat-wrong: D104 warning, row of 新增中药材种植面积 (goal 2000亩, ≥1500); D103
  warning alt D102/D101/D104, row of 新增中药材种植总面积 (same indicator, ≥1800); W101 error at
  book level (weights 95).
* kfz12-seedling-export-wrong: F201 warning, row of 种苗发放合格率 under 时效指标; B107 warning,
  row of 种苗补助标准 (800元/亩 × 3000亩 = 240万 > 200万).
* kfz14-suitable-tech-points-wrong: W103 error at 产出指标's score 50 (15+10+10+10 = 45); D104
  warning, row of 轮训乡村医生人数 (goal 360, ≥300); Y102 error alt Y103, row of 轮训完成时间
  (2026年3月31日前 in a one-year 2025 project); W101 tolerated at book level.
* kfz16-classics-template: F110 error at the empty name with ≥600课时; X101 error alt T116, row
  of the example row 示例：中医药知识讲座 ≥**人次; F109 warning, row of 可持续影响指标 left empty.
* kfz18-assessment-years-wrong: D201 error alt D104 at the annual 培训考核乡村医生人数 (260 > 200);
  T108 warning, row of 培训考核不合格率 ≥5%; Y102 error alt Y103, row of 结业考核完成时间
  (annual 2024年11月30日前 in a 2025–2026 project).

Cross-table marks: D104 ×3, Y102 ×3, Y103, B107 ×2, B102, F201 ×2, D201 ×2, D202 ×2, D204,
D103, W103, X101 (template leftover).

Legitimate look-alikes in the correct returns: kfz01 a goal count with its parts in brackets
(6 = 4 + 2), 下降率 with ≥, a rise in 百分点, =100% with a percent cell, 45万元 × 6 = 270 ≤ 300;
kfz03 tier points in labels beside indicator points (100 both ways, with a footnote), 12 = 5 + 7
in the goal, tasks adding to 金额合计 and 项目支出, 提高≥2百分点; kfz05 the same indicator names
with different values in two stacked projects, 4万元 × 12 = 48 (equal to the money); kfz07 period
counts above the annual ones, equal rates and cost caps, 化学农药使用量增长率 ≤0%, 2028年 named as
a later year the work prepares for; kfz09 0起 on an incident count, a 合计 row with weight 100;
kfz11 two unit costs within the money, an export's codes and a note row; kfz13 ★ names, tier
and indicator scores each adding to 100, 3000元 × 320 = 96万 (equal), a total with parts in
brackets; kfz15 a 注 row inside the table and 说明 below; kfz17 period counts above annual ones.
Fill and signature dates in the year before the budget year throughout.

Judgements: a deadline in another year than a one-year budget year is an impossibility (error,
Y102); a count from the goal differing from the indicator, a cost × count above the money, a
duplicate with a word more and a rate under the wrong tier-2 are doubtful (warning). In kfz14
the short tier makes the indicator scores total 95: W101 is tolerated, W103 required. In kfz06
and kfz18 the annual count above the period also contradicts the annual goal (D104 accepted).
kfz07's 2028年 is a purpose beyond the project, not a year conflict (Y103 would be false).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout848 import clinics, herbs, training  # each registers its returns
from tests.variants.holdout848.registry import HOLDOUT848
from tests.variants.kit import Variant

MODULES = (clinics, herbs, training)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT848, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 848th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
