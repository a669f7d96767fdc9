"""The 898th held-out set: soil pollution survey and contaminated land remediation
(土壤污染调查与修复), written blind to measure ``goalbook check`` out of sample.

Everything is invented: 柘原县, 鹭汀区, 桦岭市, 樾湖乡, 沄溪镇, the former 永固 chemical plant,
樾江 refinery, the units, people, telephone numbers and figures. Budget year 2026 throughout.

Layouts. ``survey`` (khx01–khx06, the survey half): project heads with one value column, operator
and unit columns with typed percent cells, numbered labels under headers 指标内容 / 绩效目标值,
three- and two-year projects with 中期 and 年度 columns, a 注 row inside the table and the header
repeated after a page break, two projects stacked in one sheet. ``remediation`` (khx07–khx12, the
remediation half): tier-1 and indicator score columns, operator and unit columns, 指标性质 as
direction beside word operators, abbreviated and marked labels (*产出, 数量, ★满意度), a
budget-system export (05-1 and 05-2 sheets, codes in the first columns, header on the third row),
a head on the first sheet with the table on a second sheet under 预期实现值. ``department``
(khx13–khx18, both halves): department heads with budget and key tasks, flat lists in two column
orders, three projects stacked, a three-year project with typed percent cells in both columns.

Planted mistakes (return: code, highest accepted severity, place):

* khx02: D104 ≤warning (row of 重点行业企业地块初步调查数: goal 12, indicator ≥10个);
  Y102 ≤error alt D104 (row of 调查报告提交时间: 2027年3月31日前 in a one-year 2026 project);
  F201 ≤warning (row of 实验室检测数据质控合格率, a quality rate under 时效).
* khx04: D204 ≤warning (年度目标 cell, copied word for word from 中期目标); D201 ≤error (年度
  cell of 土壤剖面样品采集数: 180 above the period's 150).
* khx06: B101 ≤error (row of the second project's 年度资金总额: 85 ≠ 60 + 20); D101 ≤warning alt
  D103 (row of 地下水监测井建设数量, the same indicator as 地下水监测井建设数 in that project).
* khx08: B107 ≤warning (row of 单位土方修复成本: 900元/立方米 × 12000立方米 = 1080万 > 800万);
  T105 ≤error (value cell of 风险管控措施落实率: 3 处).
* khx10: Y103 ≤warning alt Y101/Y102/D104 (年度绩效目标 cell: 2024年底前 left over from an
  earlier season); F201 ≤warning (row of 周边居民满意度 under 社会效益); T108 ≤warning (row of
  周边敏感点异味投诉率 ≥2%).
* khx12: Y102 ≤error alt Y101 (计划开始日期 2025-03-01 of a one-year 2026 project); D102 ≤error
  alt D103/F201 (row of the second 修复地块面积, ≥2.8公顷 under 质量 against ≥3.2公顷 under 数量).
* khx14: B101 ≤error (资金总额 cell: 620 + 980 = 1600 ≠ 1650); B102 ≤error (金额合计 amount:
  420 + 160 + 380 = 960 ≠ 980); D104 ≤warning (row of 疑似污染地块初步调查数: goal 35, ≥30个).
* khx16: W101 ≤error (book level: weights add to 95); D103 ≤warning alt D101 (row of
  建设用地调查报告评审数量, the first indicator reworded).
* khx18: D202 ≤warning alt D104 at the 年度 cells of 治理修复耕地面积 (3000) and
  长期定位监测点建设数 (30), copied from 中期 while 年度目标 says 1000亩 and 10个; T106 ≤error
  (年度 cell of 修复区农产品镉含量达标率, a typed 105%).

22 required marks, 18 of them found only across the table (goal against indicator, years and
dates, 中期 against 年度, duplicates, wrong tier-2, cost against money, parts against totals).

Legitimate look-alikes in the correct returns: goal counts that are totals with their parts in
brackets (khx01 320 = 200 + 120, khx13 68 = 42 + 26); a later year the work prepares for
(khx01 为2027年…); the period's count in 中期 beside a smaller year's count and equal rates in
both columns (khx03); unit cost × count equal to the money (khx03 both columns, khx09, khx13,
khx17 second project) or within it (all others); =100% at a rate's ceiling (khx05, khx08, khx09,
khx12); a 下降率 with ≥ or 大于等于 (khx09, khx10, khx15); =0 incidents (khx05, khx07, khx09,
khx15, khx17); 百分点 on a raised or lowered rate (khx03, khx07); tier points and indicator points
both adding to 100 (khx07); tier-1 points only (khx03); a 注 row, a repeated header, 填表说明 and a
signature dated in 2025 (khx05, khx13, khx15); the same indicator name with different values in
different stacked projects (khx06, khx17); 其他资金 of 0 (khx09, khx11).

Judgements where a reviewer could hesitate: a typed percent cell beside a unit column holding
``%`` is read as the percent staff see; 中期 deadlines in 2027/2028 of multi-year projects are
inside the period; in khx10 the 2024 deadline in the goal is a leftover (warning), not an
impossible date, since the indicators carry the real deadline; in khx12 the duplicate under 质量
is one problem (D102, with D103 or F201 accepted), not two; in khx18 the copied annual counts
also contradict the 年度目标 (D104 accepted), and the cost cap 0.18万元/亩 keeps even the copied
3000亩 within the year's 600万, so no B107 is asked; 预算执行率 is not listed anywhere.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout898 import department, remediation, survey
from tests.variants.holdout898.registry import HOLDOUT898
from tests.variants.kit import Variant

MODULES = (survey, remediation, department)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT898, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 898th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
