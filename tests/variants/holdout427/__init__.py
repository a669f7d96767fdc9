"""The 427th held-out set: a children's palace's sand painting (沙画) and animation (动画) art
classes (鹭汀市青少年宫 and its 望澜区 branch; budget year 2025; money in 万元, mostly only in
the number format). 18 returns, 9 correct, 22 required marks.

Layouts: project heads with one value column, an operator column (指标性质 as operator) and a
unit column, tier-1 and tier-2 merged down (xu01, xu02, xu04, xu06, xu11, xu12, xu18); two
projects stacked in one sheet (xu03, xu04); numbered tier labels with points and an indicator
score column (xu05); three-year projects with 中期 and 年度 columns (xu07, xu08); department
flat lists (xu09 指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值; xu10 指标名称 ·
指标值 · 指标性质 as direction · 计量单位 · 权重); headers 预期目标 (xu06),
考核指标 / 目标值（年度） / 评价标准 (xu11); a 注 row inside the table, 填表说明,
signature and stamp lines (xu11, xu17);
detail lines under the table (xu12); department heads with key tasks (xu13, xu14); a
budget-system export, money on sheet 05-1 and indicators on sheet 05-2 under a header on the
third row with project codes first (xu15); a tier-1 score column beside indicator scores (xu16);
a header repeated after a page break with subtotal rows (xu17).

Planted mistakes (return: code, highest accepted severity, place):

* xu02: T106 error at the typed 105% 学员结业考核合格率 value; T108 warning (row) at the ≥ of
  沙台灯箱故障率; T105 error at 课时计划完成率 192 课时.
* xu04: B101 error at the second project's 年度资金总额 48 (40 + 6 = 46); T105 error at the
  second project's 学员出勤率 ≥32人.
* xu06: F109 warning (row) at the empty 时效指标 tier-2; F110 error at the empty name cell of a
  ≥90% satisfaction value (no message may quote an empty name).
* xu08: D204 warning at the 年度目标 cell (copied from 中期目标); D202 warning at the annual
  cells of 开设课程期数 and 服务学员人数. Tolerated (*, warning): the annual cost cell, where the
  copied 36期 × 2.5万元 exceeds the annual 30万元 (B107 follows from the copy).
* xu10: T112 error at ≥12部 with unit column 分钟; T108 warning (row) at 教学设备故障率 ≥2% on a
  反向 row; W101 error on the book (weights add to 95).
* xu12: X104 warning at the 计划开始日期 typed as text 45658; X105 warning (alt X103) at
  18.457 5; X106 error (alt B108) at 6万6万(含运维). Read as 18.4575 + 6 + 5.5425 the lines add
  up to 30.
* xu14: B101 error at 资金总额 860 (520 + 330 = 850; 800 + 60 = 860 holds); B102 error at 金额合计
  330 (tasks 120 + 95 + 80 = 295).
* xu16: W103 error (alt W101) at the 效益指标 score 30 (indicators 10 + 10); T105 error at
  课程按期完成率 36课时. A book-level W101 is tolerated (indicator points total 90).
* xu18: F105 error at 3.可持续影响指标 under 一、产出指标; Y102 error (row, alt Y103) at the
  deadline 2026年3月31日前 of a one-year 2025 project.

Legitimate look-alikes in the correct returns: a typed 100% 按期开课率 with = and a 损耗率 with ≤
(xu01); the same indicator names with different values in two stacked projects, cost standard
× count equal to the budget (200 × 900元 = 18万元, xu03); tier points and indicator points both
adding to 100 and `比上年提高≥5百分点` (xu05), `比上年提高≥3百分点` and a typed 90% in an export
(xu15); equal 中期 and 年度 values for rates and unit costs (xu07); a 下降率 with ≥ and ≤0起 on
an incident count (xu09), `=0起` in xu06; `=100%` on 持证率 and 合格率 (xu11, xu12, xu13); a
注 row and 填表说明 inside and under the table, fill and signature dates in 2024 (all); a footnote
explaining that 金额合计 equals 项目支出 (xu13); 小计 and 合计 rows and a repeated header (xu17);
a 0 其他资金 (xu05, xu18).

Judgements: `=100%` on a rate is a ceiling, not an equals-on-rate problem. In xu08 only the
cumulative counts are marked, not the equal rates or unit costs; the book mark D204 sits at the
年度目标 cell. In xu12 the start date typed as a serial is a warning (read as 2025-01-01, no
year conflict). In xu18 a next-year deadline in a one-year project is taken as an impossibility
(error), Y103 accepted. In xu14 the 金额合计 equals 项目支出, so the task lines are what is
wrong (B102 at 金额合计). In xu16 W103 at the tier score is required; the book-level W101 it may
cause is tolerated. In xu10 there are no tiers (flat list), so no tier findings.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout427 import animation, palace, sand
from tests.variants.holdout427.registry import HOLDOUT427
from tests.variants.kit import Variant

MODULES = (sand, animation, palace)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT427, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 427th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
