"""Held-out set 788: rural e-commerce service stations, live-streaming sales training, county
logistics delivery to villages (all places, units, people, phone numbers and figures invented).

18 returns, 9 correct, 9 with 2–3 planted mistakes (25 required marks, 22 of them found only by
comparing one part of the return with another). Budget year 2025 throughout.

Layouts: project heads (``heads.project_head``) with one-year and multi-year money blocks,
department heads (``heads.department_head``) with budget and key-task blocks; NAT-2021 and
OLD-NAT tiers merged down; numbered labels with points (一、产出指标（40分）, （一）, 1.), marked
and abbreviated labels (★产出指标, *数量, 成本); headers 绩效目标值, 考核指标 / 目标值（年度） /
评价标准, 预期实现值, 指标方向; an operator column (symbols, or words 大于等于), unit columns;
中期 and 年度 columns, one with a two-row header; flat lists (指标名称 · 权重 · 计量单位 ·
指标性质 · 指标值); two projects stacked in one sheet; a budget-system export (sheets 05-1 and
05-2, header on the third row, codes in the first columns, header repeated after a page break);
a table on a second sheet; 资金明细 blocks, 注 / 说明 lines, signature and date lines.

Planted mistakes (code, highest accepted severity, place):

* kdr02-station-goal-mismatch: D104 warning at the 服务站 count (goal 30, indicator 25);
  Y102 error at the deadline 2024年12月31日前 (alt Y103, Y101); B107 warning, row, at the
  subsidy ≤1.8万元/个 (× 25 = 45 > 40).
* kdr04-station-department-money: B101 error at 资金总额 560 (500 + 40 = 540); B102 error at
  金额合计 230 (tasks 235); D103 error, row, at 运营个数 ≥26个 beside 运营数量 ≥28个 (alt D102,
  D101).
* kdr06-station-flat: Y103 warning, row, at 2024年新增村级电商服务站 (alt Y101); W101 error,
  book level (weights 95).
* kdr08-live-period-copied: D204 warning at the 年度目标 cell (copied 中期目标); D201 error at
  the annual ≥900人次 (period 800); D202 warning at the annual ≥40场 (copied).
* kdr09-live-goal-mismatch: D104 warning at ≥6期 (goal 8期); X101 error, row, at the template
  example ≥XX场; Y102 error at 2026年11月30日前 in a one-year 2025 project (alt Y103, D104).
* kdr11-live-wrong-tier: W103 error at 一、产出指标（40分） (indicators 35; W101 tolerated at
  book level); F201 warning, row, at 学员结业考核合格率 under 时效; F201 warning, row, at
  合作商户满意度 under 社会效益 (alt F105).
* kdr14-delivery-cost: B101 error at 年度资金总额 60 (50 + 5); Y104 error at 计划完成日期
  2024-12-31 (alt Y102, Y101); B107 warning, row, at ≤0.6万元/个 (× 120 = 72 > 60).
* kdr16-delivery-duplicate: Y103 warning at the 年度目标 naming 2024 (alt Y101); F201 warning,
  row, at a station count under 质量; D103 error, row, at 建制村快递通达率 ≥95% under 社会效益
  beside 建制村快递服务通达率 ≥98% under 质量 (alt D102, D101).
* kdr17-delivery-stacked: B101 error at the second project's 年度资金总额 48 (40 + 5); D104
  warning at 新增融合配送车辆 ≥10辆 (goal 12辆).

Legitimate look-alikes in the correct returns: typed percent cells (kdr01 pct(1) with =, kdr12);
a goal count that is part of the indicator's (kdr01 脱贫村10 of 24, kdr03 脱贫户200 of 600);
unit cost × count equal to or within the money (kdr05 15 × 3 = 45 and 8 × 3.5 = 28, kdr10
300 × 1000元 = 30万, kdr18 24 × 1 and 4 × 9 = its detail lines); the same satisfaction name with
different values in two stacked projects (kdr05); 中期 counts above smaller 年度 counts, rates and
cost caps equal in both columns (kdr07, kdr15); a 下降率 with ≥ and a 破损率 with ≤ (kdr15); rate
rises in 百分点 (kdr07, kdr12); tier points and indicator points both adding to 100 (kdr07); a
合计 row of weights (kdr12); an incident count of 0起 (kdr10); a later year the work prepares for
(kdr07 2026 within its period; kdr10 2026 after a one-year project, a warning tolerated); a fill
date and a signature date before the budget year (kdr03); a 注 explaining a total (kdr18); an
export whose header repeats after a page break (kdr13).

Judgements: conflicting near-duplicates (kdr04, kdr16) accept an error, since one indicator
cannot have two targets; a deadline or end date outside the year is an error (Y102, Y104), a
year named in text only a warning (Y103); B107 stays a warning because the cap may not be
reached; in kdr02 the cost exceeds the money with either count (25 or 30); in kdr11 the tier
points add to 100 while the indicator points add to 95, so W103 at the tier cell is required and
W101 only tolerated; in kdr09 the 2026 deadline also contradicts the goal, so D104 is accepted.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout788 import delivery, livestream, stations
from tests.variants.holdout788.registry import HOLDOUT788
from tests.variants.kit import Variant

MODULES = (stations, livestream, delivery)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT788, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 788th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
