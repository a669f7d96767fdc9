"""The 520th held-out set: 18 invented returns on cormorant fishing and bamboo-raft tourism in a
river town (鸬鹚捕鱼与竹筏旅游): 蓑湾县篁渡镇 on the 青篙江, budget year 2026. Units, people,
phone numbers and figures are all invented. 9 returns are correct, 9 carry 22 required marks.

Layouts
-------
* ``cormorant.py`` (bj01–bj06): project heads of the 渔业综合服务站; an operator column (指标性质
  as ≥/=/≤) with a unit column and percents typed in Excel, 万元 only in the number format
  (bj01, bj02); NAT-2021 labels numbered with points and a ★ tier-2 (bj03); abbreviated OLD-NAT
  labels 产出/数量/效益 (bj04); a three-year project with a two-row header 指标值 over
  中期/年度 (bj05); a two-year project with 指标值（中期）/指标值（年度） columns (bj06).
* ``rafts.py`` (bj07–bj12): two projects stacked in one sheet (bj07, bj08); department flat
  lists, 指标名称 · 权重 · 计量单位 · 指标性质 (operator) · 指标值 with a 合计 row and a 注 line
  (bj09), and 指标名称 · 指标值 · 指标性质 (direction) · 计量单位 · 权重 (bj10); tier-1 points
  and indicator points in two columns (bj11, bj12; bj12 under 考核指标 / 目标值（年度）).
* ``riverside.py`` (bj13–bj18): department heads with a shares row and key tasks, header
  绩效目标值 (bj13, bj14); a project under 指标内容 / 绩效标准 with a 说明 row inside the table,
  the header repeated after a page break, 注 and 填表说明 lines and a signature line (bj15); a
  project under 预期目标 with template rows left empty (bj16); a budget-system export, budget
  sheet plus the indicator table on a second sheet, header on the third row, project code and
  name repeated in the first columns, operators in words, a date cell (bj17); a project
  converted from PDF (bj18).

Planted mistakes (code, highest accepted severity, place)
---------------------------------------------------------
* bj02-percent-wrong: T106 error at the 鸬鹚检疫合格率 value (a typed 105%, shown ``105%``);
  T108 warning, row, at the operator ``≥`` of 鸬鹚非正常死亡率 (a 反向 rate; the goal says
  以内).
* bj04-wrong-parent: F105 error at the tier-2 label ``时效`` placed in the 效益 block; F110 error
  at the empty name cell of a row valued ``≥10%``.
* bj06-multi-year-copied: D204 warning at the 年度目标 cell (copy of the 中期目标); D202 warning
  at each of the two annual cells of cumulative counts copied from 中期 (``≥20艘``, ``≥40人``).
* bj08-stacked-defects: B101 error, row, at the second project's 年度资金总额 (95 ≠ 70 + 20);
  T105 error at ``300件`` for 竹筏救生衣配备率.
* bj10-flat-defects: W101 error, book level (weights add to 95); T112 error at ``30万元`` with
  the unit column 人次; T108 warning, row, at ``≥0.5`` for 竹筏倾覆事故发生率 marked 反向.
* bj12-tier-points-mismatch: W103 error at the 产出指标 score 40 (indicators 10 + 10 + 15 = 35);
  T113 warning at ``100%`` for 码头改造完工时间; W101 error, book level, tolerated (not
  required): the same gap seen as indicator points adding to 95.
* bj14-department-money-wrong: B101 error, row, at 资金总额 400 (基本支出 170 + 项目支出 220 =
  390); B111 error at the 其他资金 share 25% (80 ÷ 400 = 20%); B102 error at 金额合计 240
  (90 + 85 + 45 = 220); the 基本支出 share 45% (170 ÷ 400 = 42.5%) tolerated up to error, the
  same gap as the B101.
* bj16-template-rows: F109 warning, row, at the empty tier-2 ``时效指标`` and at the empty
  ``社会成本指标``; F110 error at the empty name cell of a row valued ``≥95%``.
* bj18-artefacts: X105 warning (alt X103) at the total ``126.458 3`` stored as text (read as
  126.4583 = 100 + 26.4583); X104 warning at the 计划完成日期 ``46387`` (2026-12-31) in a text
  cell.

Legitimate look-alikes in the correct returns
---------------------------------------------
* Typed percents with ``%`` in the unit column (bj01, bj09); ``=`` with 100% on a 合格率 /
  覆盖率 (bj01, bj09), ``等于 100 %`` in an export (bj17).
* 游客投诉下降率 ``≥ 10%`` (a 下降率 is positive, bj09); ``0起`` / ``≤ 0 起`` on incident counts
  (bj03, bj09, bj16's correct rows); the weight column's 合计 row of 100 (bj09).
* Points in tier-1 labels only (bj03: 40 + 20 + 30 + 10); tier-1 points and indicator points
  both adding to 100 (bj11); ``≥3百分点`` on a rate change (bj11).
* Unit cost × count within the money everywhere, and equal to it in bj15 (3000元 × 120人 =
  36万元, with a 注 saying so); 游客服务站运行经费 ≤25万元 equal to its task (bj09).
* 中期 and 年度 equal for rates and unit costs in multi-year projects (bj05, bj06's unmarked rows);
  a 中期 value in words (``不少于3届``) against a bare annual ``1届`` (bj05).
* The same indicator 竹筏安全检查次数 with different values in two stacked projects (bj07).
* A 说明 row inside the table, a repeated header after a blank page-break row, 注 / 填表说明
  and a signature line whose fill date is 2025-12-09, before the budget year (bj15);
  其他资金 0 (bj15); a note that 金额合计 equals 项目支出, not 资金总额 (bj13).

Judgements where a reviewer could hesitate
------------------------------------------
* bj02: the 105% is marked T106 (an impossibility, error); ``≤ 0 起`` on 捕鱼作业安全事故 is
  not a zero target.
* bj04: the tier-2 under the wrong parent is marked at the label, not on the indicator row.
* bj08 / bj14: B101 is a row mark, since which cell of the sum is wrong cannot be known.
* bj12: the W101 that the W103 gap can cause is tolerated, not asked for.
* bj17: the export repeats tier-1 and tier-2 on every row and has no 年度目标 block; the time
  limit is a date cell 2026-10-31 with ``小于等于``; nothing is marked.
* bj18: the plan end date as the serial 46387 is the right date, so no Y102 is expected; the
  split total reads as 126.4583 and then adds up, so no B101 is expected.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout520 import cormorant, rafts, riverside
from tests.variants.holdout520.registry import HOLDOUT520
from tests.variants.kit import Variant

MODULES = (cormorant, rafts, riverside)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT520, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 520th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
