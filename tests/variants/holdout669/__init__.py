"""The 669th held-out set: 18 invented returns on flax (亚麻) fibre and linseed oil (胡麻籽油) and
asparagus (芦笋) planting and grading, 9 correct and 9 with planted mistakes, budget year 2026.
Its aim is checks across the table: 20 of the 24 required marks are found only by comparing one
part of a return with another.

Layouts: one-year project heads with numbered, starred, pointed or abbreviated tier labels,
operator, unit and direction columns, headers 考核指标 / 目标值（年度） / 指标内容 / 绩效标准 /
预期实现值, a tier-1 score column beside indicator scores, a budget detail block, an instruction
row inside the table and a header repeated after a page break (``projects``); three- and two-year
projects with 中期 and 年度 columns or two complete column sets, stacked projects (``periods``);
department heads with key tasks, flat lists, a budget-system export on two sheets with codes in
the first columns (``offices``).

Planted mistakes (code, highest accepted severity, place):

* hc02-linseed-press: D104 ≤warning at 新建冷榨生产线 ≥3条 (goal: 2条); Y102 ≤error (alt Y103)
  at a deadline in 2025; B107 ≤warning (row) at 收储补贴 300元/吨 × 1200吨 = 36万 > 30万.
* hc04-asparagus-grade-tier: T108 ≤warning (row) at 空心率 ≥3; F201 ≤warning (row) at 分级合格率
  under 时效.
* hc05-flax-seed-money: B101 ≤error at 年度资金总额 90 ≠ 80 + 15; B102 ≤error at the detail 合计
  90 ≠ 86; D104 ≤warning (row, alt B107) at 良种补贴标准 50元/亩 against the detail line's 40元/亩.
* hc08-asparagus-period-copy: D204 ≤warning at 年度目标 (= 中期目标); D202 ≤warning at the annual
  推广面积 copied from 中期; D201 ≤error at 示范点 年度 8个 > 中期 5个.
* hc10-asparagus-stacked-dates: Y102 ≤error (row, alt Y101 Y103) at the second project's plan
  dates in 2025; D103 ≤error (row, alt D101 D102 D104) at 防控实施面积 1500亩 beside
  防控面积 2000亩.
* hc11-linseed-midterm: B103 ≤error at 年度资金 85 > 中期 80; D104 ≤warning at 中期 推广面积
  6000亩 (goal: 8000亩); Y102 ≤error (alt Y103) at a 2028 deadline in a 2026—2027 project.
* hc14-asparagus-flat-defects: B102 ≤error at 金额合计 90 ≠ 35 + 25 + 20; D103 ≤error (row, alt
  D101 D102 D104) at 笋农技术培训人次 600 beside 笋农技术培训 800; W101 ≤error at book level
  (weights 95).
* hc16-linseed-artefacts: X104 ≤warning at 计划开始日期 "46023" (text); F110 ≤error at the empty
  name of a row with ≥32台套.
* hc17-asparagus-dept-goal: D104 ≤warning at 培训 ≥400人次 (goal and task: 600); X101 ≤error
  (row) at a template example row ≥**场; F201 ≤warning (row) at 基地笋农满意度 under 社会效益.

Legitimate look-alikes in the correct returns: typed percent cells (hc01, hc13, hc15), 下降率 with
≥ (hc01, hc18 with 正向), 0起 on incidents (hc01, hc13), ``=100%`` / ``等于 100%`` at the ceiling
(hc13, hc15), 100 points at both levels and ≥5百分点 (hc03), a goal's total with its parts in
brackets (hc01, hc18), a later year the work prepares for (hc06: 为2027年…), fill dates in 2025,
the period's counts beside smaller annual counts and equal rates (hc07, hc12), a cost standard ×
count equal to its money (hc12: 1500元/亩 × 800亩 = 120万; hc16 2万 × 16 = 32万 is within its
money too), the same satisfaction name with different values in two stacked projects (hc09), a
footnote explaining a total (hc01, hc06, hc18), word operators in an export (hc15).

Judgements where a reviewer could hesitate:

* The same indicator given twice with different values (hc10, hc14) is a contradiction, so an
  error is accepted; D101/D102/D104 name the same problem.
* hc05: 90 against 80 + 15 and 86 both cannot hold; both places are marked, as a reviewer cannot
  tell which figure is wrong. The 50元/亩 standard stays within the 90万 total, so B107 is only
  an alternative; the contradiction is with the 测算依据 line.
* hc07: the annual 亩均产值 is lower than the period's because the first year is a planting year
  (a note says so); not a copy or an inversion. hc11 gives 2个 / 1个 without operators: info.
* hc10: only the second stacked project's dates are marked (one row mark covers start and end).
* hc17: X101 at error: the example row cannot be assessed at all.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout669 import offices, periods, projects
from tests.variants.holdout669.registry import HOLDOUT669
from tests.variants.kit import Variant

MODULES = (projects, periods, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT669, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 669th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
