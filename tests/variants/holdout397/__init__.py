"""Held-out set 397: contract bridge and mind-sport associations for the elderly
(桥牌/棋牌类老年体育), budget year 2025, 18 invented returns (places 澄溪市, 蒲湾县, 栎江区,
杉屿镇; associations, people, phone numbers and figures all invented).

Theme halves: bridge (wq01, wq05, wq09, wq10, wq11 in part, wq18) and other mind sports: 围棋,
象棋, 五子棋, 掼蛋 (wq02, wq03, wq04, wq06, wq07, wq08, wq12–wq17).

Layouts. ``projects`` (wq01–wq06): project heads with 万元 in the number format, an operator
column with a unit column and typed percent cells, numbered tier labels with points
(一、产出指标（50分）, （一）数量指标) and an indicator score column with a 合计 row, 指标性质
as direction with 指标方向 as operator, a two-row header (绩效指标 / 绩效目标值 / 评价标准), the
header word 预期目标. ``sheets`` (wq07–wq12): department flat lists (名称 · 权重 · 计量单位 ·
指标性质 as operator · 指标值; 序号 · 名称 · 指标值 · 单位 · 权重), a one-year and a three-year
project with 中期指标值 and 年度指标值, three and two projects stacked in one sheet.
``blocks`` (wq13–wq18): department heads with key tasks and 金额合计, a note row inside the table,
a header repeated after a page break, 合计 / 注 / 填表说明 / signature rows, tier-1 and indicator
score columns, a budget-system export (sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2,
codes in the first columns, header on row 3), PDF/paste artefacts.

Planted mistakes (code, highest accepted severity, place):

* wq02: B101 error at Sheet1!C5 (年度资金总额 58 ≠ 50 + 6); T106 error at Sheet1!E11
  (验收合格率 ≥105%, a typed percent cell); T108 warning, row, at Sheet1!D14 (伤病发生率 with ≥).
* wq04: T108 warning, row, at Sheet1!E10 (正向 count with ≤) and Sheet1!E14 (反向 投诉率 with ≥).
* wq06: F110 error at the empty name cell Sheet1!C10 (≥320人次 without a name); F109 warning,
  row, at Sheet1!B15 (生态效益指标 left from the template).
* wq08: T112 error at 部门整体!C7 (≥30场 with unit column 人次); T105 error at 部门整体!C8
  (覆盖率 ≥40个); W101 error, book level (weights add to 95).
* wq10: D202 warning at Sheet1!E11 and Sheet1!E12 (3-year counts copied into the year, alt
  D104 since the 年度目标 text says 100人 / 10个); D201 error at Sheet1!E13 (≥4届 in the year
  against ≥3届 over three years, alt D104).
* wq12: B101 error at 项目绩效目标!C19 (second project 15 ≠ 12 + 2); T105 error at
  项目绩效目标!D24 (裁判持证率 ≥12人).
* wq14: B101 error at 部门整体!B4 (基本支出 130 + 项目支出 80 = 210 ≠ 220 = 200 + 20); B102 error
  at 部门整体!D9 (tasks 40 + 24 + 12 = 76 against 金额合计 80).
* wq16: W103 error at Sheet1!B13 (效益 declared 30, indicators 15 + 10); F105 error at
  Sheet1!C14 (时效指标 under 效益指标); W101 book level tolerated, not required (the same
  shortfall seen as an indicator total of 95).
* wq18: X104 warning at Sheet1!F4 (计划完成日期 "46022" in a text cell); X105 warning, alt X103,
  at Sheet1!C5 (年度资金总额 "18.562 5"); T115 error at Sheet1!E13 (人均参赛补助 ≤0万元/人).

Legitimate look-alikes in the correct returns: ``=`` with a typed 100% on 裁判持证上岗率 (wq01)
and ``=100%`` text (wq11), the ceiling; a 下降率 with ≥ (wq01, 久坐时长下降率 ≥10%); ≤0起 on an
accident count (wq01, wq07); typed percents with a % unit column (wq07); ≥3百分点 on a
participation rate (wq03); tier points and indicator points both adding to 100 plus a 合计
row of 100 (wq03); a growth rate (wq07); unit cost × count equal to the money (wq06 8 = 2 × 4,
wq11 all three projects, wq13 3 × 10 = 30, wq17 500元 × 300 = 15万) or below it; identical
中期 and 年度 columns in a one-year project (wq09); the same indicator names with other values
in stacked projects (wq11); a 注 row inside the table and a repeated header (wq15); fill and
signature dates in November/December 2024 (wq07, wq15, department heads).

Judgements where a reviewer could hesitate: 时效 values written as dates (``2025年11月30日``
in an operator column, wq02) are read as ≤ that date; ``每年11月底前`` in a 中期 column (wq10) is
a recurring deadline, not a year conflict; 参赛老人满意度 ≥88% in one stacked project (wq11)
is inside the usual range; 赛事伤病发生率 is 反向 however it is written, so only a warning; in
wq06 the 时效 date 12月20日 is inside the year; in wq16 only the 效益 tier score is marked, the
95 total tolerated; in wq18 the X104 serial is the only date defect (it is 2025-12-31).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout397 import blocks, projects, sheets
from tests.variants.holdout397.registry import HOLDOUT397
from tests.variants.kit import Variant

MODULES = (projects, sheets, blocks)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT397, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 397th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
