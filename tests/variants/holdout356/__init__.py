"""The 356th held-out set: edible fungi (食用菌) cultivation and mushroom-growing cooperatives.

Eighteen invented returns (county 栎川县, townships 翠屏乡 and 松坪乡, village 云杉村; every
project, unit, person, phone number and figure invented), nine correct and nine with 23
required marks, to measure ``goalbook check`` out of sample. Budget year 2026 throughout.

Layouts: project heads (``heads.project_head``) with one-year and three-year money blocks
(万元 in the number format), department heads with budget and key-task blocks; tier-1 and
tier-2 merged down; tier labels plain, numbered (一、产出指标, （一）数量指标), abbreviated (产出,
数量) and marked with ``*``; operators inline, in a 指标性质 column as symbols or in words
(大于等于); direction in 指标性质 (正向/反向); unit columns; tier-1 and indicator score columns;
flat lists in two column orders; 中期 and 年度 value columns; two projects stacked in a sheet;
a note row inside the table, the header repeated after a page break, footnotes, 填表说明,
signature and fill-date lines; a budget-system export (sheets 部门项目支出预算05-1 and
部门项目支出绩效目标05-2, codes in the first columns, header on the third row, the indicator
table on the second sheet under 绩效目标值); detail lines under the table.

Planted mistakes (return, code, highest accepted severity, place):

* vb02: T106 error at the value of 菌袋成品合格率 (typed 102 %); T108 warning, row, at the
  operator ≥ of 菌袋杂菌污染率.
* vb04: F110 error at the empty name of the ≥98% row; F105 error at tier-2 时效 under 效益;
  F109 warning, row, at the empty 生态效益 template row.
* vb06: W103 error at the 产出指标 score (50, indicators 45) and at the 效益指标 score (40,
  indicators 45); T105 error at 菌棒接种成活率 `20万棒`.
* vb08: B101 error, row, at 资金总额 700 (基本 230 + 项目 450 = 680); B102 error, row, at
  金额合计 450 (tasks 200 + 150 + 90 = 440).
* vb10: T112 error at 社员技术培训 `≥12万元` (unit column 人次); T108 warning, row, at
  菌棒杂菌污染率 `≥3%` (反向); W101 error at book level (weights 95).
* vb12: F109 warning, row, at the empty 时效指标 template row; F110 error at the empty name of
  the ≥150户 row.
* vb14: D204 warning at the 年度目标 cell (copied from 中期目标); D202 warning at the annual
  cells of 繁育母种 and 扩繁原种 (cumulative counts copied in a three-year project).
* vb16: B101 error at the second project's 年度资金总额 30 (22 + 5 = 27); T107 warning at
  参训社员满意度 `=95%`.
* vb18: X105 warning (alt X103) at 其他资金 `15.337 5`; X104 warning at 计划完成日期 text
  `46387`; X106 error (alt B108) at the detail line `20万20万`.

Legitimate look-alikes in the correct returns: vb01 菌棒杂菌污染率 ≤3 % (反向 with ≤) and
菌渣综合利用率 = 100 % at the ceiling, typed percent cells with % in the unit column, a
completion date as a date cell; vb03 `0起` on an incident count; vb05 tier and indicator
points both adding to 100 and `≥3百分点` on a 比例, 0.3 万元/亩 × 150 亩 = the 45 万元 budget;
vb07 a 下降率 with ≥; vb09 ≤1 % on a 超标率; vb11 `=100%` text on a 合格率, note and
footnote rows, a repeated header, a fill date in the year before; vb13 equal 中期 and 年度
rates and unit costs, a 中期 deadline in 2028; vb15 the same names (社员户均增收, 社员满意度)
with different values in two stacked projects; vb17 word operators and a code column.

Judgements where a reviewer could hesitate: vb16 first project 2 万元 × 18 = 36 万元 equals
its budget (not over); vb14 全县菌种自给率 70 % / 40 % is a rate, not a cumulative count, so
not D202; vb18 with 其他资金 read as 15.3375 and 20万20万 read as 20 the money adds up (no
B101/B102 asked for); vb08 marks the 资金总额 row rather than a part, and the 金额合计 row
rather than a task, since 金额合计 matches 项目支出; vb04's empty-name row could also draw a
T101-like finding elsewhere, but only F110 at the name cell is asked for.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout356 import base_projects, coop_departments, periods_and_exports
from tests.variants.holdout356.registry import HOLDOUT356
from tests.variants.kit import Variant

MODULES = (base_projects, coop_departments, periods_and_exports)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT356, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 356th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
