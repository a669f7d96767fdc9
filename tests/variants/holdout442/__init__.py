"""The 442nd held-out set: 18 invented returns of a river basin authority (芦汀河流域管理局) and
its hydrology centre modernising hydrological stations (水文站), budget year 2026.

Theme, two halves: rebuilding the stations (``stations``: automatic gauges, cableways,
water-level and rain-gauge stations, a water-quality station) and running and using them
(``forecasting``: smart-station programme, network upkeep, forecasting system, data service);
``department`` holds the hydrology bureau's department returns and a budget-system export.

Layouts: project heads with 万元 in the number format; operator and unit columns; two stacked
projects; a table on a second sheet under 考核指标 / 预期实现值; numbered tier labels with
points and ★; detail lines with PDF artefacts; three- and two-year projects with 中期 and 年度
columns; 指标性质 as direction with 指标方向 as operator; headers 指标内容 / 绩效标准, 预期目标,
绩效目标值, 目标值（年度） (two-row header); tier-1 and indicator score columns; department
heads with key tasks; flat lists in two column orders; 注 row, repeated header after a page
break, subtotal rows, 填表说明 and signature; a 预算管理一体化 export (sheets 05-1 / 05-2,
codes in the first columns, header on the third row).

Planted mistakes (return, code, highest accepted severity, place):

* yj02: T106 error Sheet1!D10 (缆道测流合格率 ≥102%); B101 error Sheet1!C20 (second project
  45 ≠ 30 + 10); T105 error Sheet1!D25 (水位站建设完成率 5个).
* yj03: F110 error Sheet1!C11 (a value ≥98% without a name); F109 warning Sheet1!B14 (row;
  经济效益指标 left from the template).
* yj06: X104 warning Sheet1!F4 (计划完成日期 typed as the text 46387); X105 warning
  Sheet1!C17 (``61.2 5``, alt X103); X106 error Sheet1!C18 (``36万36万（含运输）``, alt B108);
  B102 error at book level tolerated, not required.
* yj08: D202 warning Sheet1!E11 and Sheet1!E12 (cumulative counts copied into the year of a
  two-year project); D201 error Sheet1!E13 (≥8套 in the year, ≥6套 over the period).
* yj09: T108 warning Sheet1!E10 (row; 正向 count with ≤); T108 warning Sheet1!E11 (row; 反向
  缺报率 with ≥).
* yj11: W103 error Sheet1!B9 (产出 50, indicators 55); W103 error Sheet1!B14 (效益 30,
  indicators 25); both levels still add to 100, so no W101.
* yj14: B101 error 部门整体!B4 (row; 基本 560 + 项目 400 = 960 ≠ 980); B102 error 部门整体!D9
  (tasks 180 + 130 + 100 = 410 ≠ 金额合计 400).
* yj16: T112 error Sheet1!B9 (``12万元`` against unit column 个); T106 error Sheet1!B10
  (成功率 ≥101%); W101 error at book level (weights add to 95).
* yj18: T105 error 部门项目支出绩效目标05-2!G5 (巡测任务完成率 36 次); T113 warning
  部门项目支出绩效目标05-2!G7 (水情报汛时限 = 100 %).

Legitimate look-alikes in the correct returns: typed percent cells with % also in the unit
column and a date cell as a time-limit value (yj01); unit cost × count equal to the money (yj04
17 × 4 = 68, yj12 1.5 × 48 = 72); the same indicator name with different values in the two
stacked projects (yj02); ★ and numbered labels, a 合计 row and points given at both levels
that each add to 100 (yj05, yj12); equal 中期 and 年度 values for rates, unit costs and
durations, smaller annual counts (yj07); a 下降率 with ≥, ``0起`` accidents without operator,
a 误报率 with ≤ (yj10); ``≥3百分点`` / ``提高≥10百分点`` on rate changes (yj11, yj12); ``=100%``
on 自动测报率 at the ceiling (yj13); a 合计 row of weights under a flat list (yj15); subtotal
rows, a 注 row, a repeated header, 填表说明, a signature dated in the year before the budget
year (yj01, yj12, yj17).

Judgements: yj02's B101 is marked at the stated total (the parts are taken as right); yj14's
B101 is a row mark, since the wrong figure may be any of the budget row's amounts; yj08 has
no number in its 年度目标 text and a money cap instead of a unit cost, so the copied counts
raise no other finding; yj09's 48 × 2 = 96 and yj11's 成本 ≤150万元 equal the money and do
not exceed it; ``0起`` (yj10) is an exact zero target for an incident count, not a rounded cost;
yj18's ``=`` on a time limit given in % is the same slip as the percent (T113, not T107).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout442 import department, forecasting, stations
from tests.variants.holdout442.registry import HOLDOUT442
from tests.variants.kit import Variant

MODULES = (stations, forecasting, department)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT442, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 442nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
