"""The 422nd held-out set: a city's 窨井盖 (manhole cover) safety retrofit and smart monitoring.

Invented city 澄岭市 (districts 沐川区, 枫渚区), budget year 2026; 18 returns, 9 correct and 9
with 22 planted marks. ``retrofit`` (xp01–xp06) holds the retrofit half (cover replacement,
anti-fall nets), ``monitoring`` (xp07–xp12) the monitoring half (sensors, platform, alarms),
``notes_money`` (xp13–xp18) notes, a budget-system export and department money on both halves.

Layouts: project heads with one-year (资金总额 = 财政拨款 + 其他资金) or multi-year (中期 / 年度)
money blocks in 万元 carried by the number format; department heads with 年度主要任务 and
金额合计; operator and unit columns (xp01, xp02, xp17), operators inside values (xp03–xp06,
xp18); two stacked projects (xp03, xp04); flat lists with 指标性质 as operator (xp07) or as
direction (xp08); 中期 and 年度 columns (xp09, xp10); numbered tier labels with points and an
indicator score column (xp05, xp06); a second sheet under 考核指标 / 预期实现值 / 评价标准
(xp11); 指标内容 / 绩效目标值 (xp12); an instruction row, subtotal rows, a header repeated after
a page break, 注 lines, signature lines (xp13, xp14); a budget-system export with codes in the
first columns and the header on the third row of 部门项目支出绩效目标05-2 (xp15); labels with
* and ★, abbreviations and a two-row header (xp17).

Planted mistakes (code, highest accepted severity, place):

* xp02: T106 error at the typed 102% of 整治井盖验收合格率 (E); T108 warning (row) at the ≥
  of 井盖异响破损投诉率 (a 反向 rate).
* xp04: B101 error (row) at the second project's 资金总额 240 (220 + 30 = 250); T105 error at
  防坠网安装覆盖率 ``≥1500套``.
* xp06: W103 error at ``一、产出指标（50分）`` (indicators 45) and at ``三、效益指标（20分）``
  (indicators 25); F105 error (row) at ``（二）时效指标`` under 效益指标. The grand total stays
  100 both ways, so no W101.
* xp08: T108 warning (row) at 报警平均响应时长 ``≥30分钟`` declared 反向; T112 error (alt T105)
  at 平台数据接入覆盖率 ``≥90%`` with unit column 个; W101 error on the file (weights 95).
* xp10: D204 warning at the 年度目标 cell (copied from 中期目标); D202 warning at the 年度
  cells of 防坠网加装数量 and 智能井盖更换数量 (cumulative counts copied).
* xp12: X105 warning (alt X103) at 财政拨款 ``250.037 6`` (text); X104 warning at 改造完成时间
  ``46357`` (a serial in a text cell, 2026-12-01).
* xp14: F110 error at the empty name cell of a ``≥90%`` row; F109 warning (row) at a 时效指标
  left without indicator or value.
* xp16: B101 error at 资金总额 920 (基本 340 + 项目 560 = 900); B102 error at 金额合计 560
  (tasks 300 + 180 + 60 = 540).
* xp18: T106 error at 终端数据在线率 ``≥102%``; T108 warning (row) at 终端报警误报率 ``≥3%``;
  T108 warning (row, alt T107) at the cost cap ``=0.16万元/个``.

Legitimate look-alikes in the correct returns: typed percent cells (xp01, xp07, xp15, xp17) and
``=`` + a typed 100% on a 闭环率 at the ceiling (xp17); ``≤0起`` / ``≤ 0 起`` on incident counts
(xp01, xp03, xp05, xp07, xp15, xp17); a 下降率 / 较上年下降 with ≥ (xp03, xp07, xp09,
xp13); ``≥3百分点`` on a 完好率 change (xp05); tier points in the labels and indicator
points in a column, both adding to 100 (xp05); weights totalling 90 with 预算执行率 scored
separately, explained by a footnote and a 填表说明 row, and subtotal rows (xp13); the same
indicator name (改造验收合格率) with different values in two stacked projects (xp03); equal
中期 and 年度 values for rates, unit costs and a retention period in a three-year project
(xp09); fill and signature dates in 2025 for the 2026 budget; a completion date typed as a
date cell (xp01); every unit cost × count within its money.

Judgements: a signature date in the year before the budget year is not a Y102 (as in the main
corpus); ``报警派单时长 ≤10 | ≤10 分钟`` and ``监测数据保存年限 ≥5 | ≥5 年`` are not cumulative,
so D202 does not apply; xp04's B101 is at the total though either part could be the slip, with
row=True; xp06's F105 is marked with row=True because the tier-2 anchor shares no cell with the
tier-1; xp12's date serial lies in the budget year, so only X104 is marked, not Y102; xp18's
cost cap ``=`` is T108 per §4.2 rule 7, with T107 accepted.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout422 import monitoring, notes_money, retrofit
from tests.variants.holdout422.registry import HOLDOUT422
from tests.variants.kit import Variant

MODULES = (retrofit, monitoring, notes_money)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT422, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 422nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
