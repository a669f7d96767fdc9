"""The 448th held-out set: 18 invented returns on wind farms (风电): grid connection (并网),
bird-safety monitoring (鸟类安全监测) and site restoration (场地修复), with a careful reviewer's
marks, to measure ``goalbook check`` out of sample. Invented places: 鹭屿县, 岑潮市, 砾湾区,
苇塘乡, 北茆山 / 澄岬 / 蒿坪 风电场. Budget year 2025; every head dated in 2025 (fill and
signature dates in late 2024).

Layouts: ``grid`` (yp01-yp06): project with operator and unit columns and typed percents; two
projects stacked; department flat list; operators inside values; three-year project with 中期
and 年度 columns; budget-system export (budget lines with codes on sheet 1, the indicator table
on a second sheet, header on row 3 under 绩效目标值, tiers repeated). ``birds`` (yp07-yp12):
tier-1 and indicator score columns; decorated tier labels (一、…（50分）, （一）, 1., *, ★);
numbered labels; header 预期目标 with template rows; department with 续下页, a repeated header,
小计 / 合计 rows, notes and 填表说明. ``restore`` (yp13-yp18): department money with typed
shares and key tasks; the same with wrong sums; a two-row header (考核指标 / 目标值（年度） /
评价标准); detail lines under the table with artefacts; typed percents and a 元 cell in a 万元
block; two two-year projects stacked.

Planted mistakes (return: code, highest accepted severity, place):

* yp02-grid-stacked-defects: B101 error at Sheet1!C21 (row): the second project's 年度资金总额
  240 ≠ 180 + 40; T105 error at Sheet1!D26: 储能系统并网检测通过率 ``3次``.
* yp04-grid-direction-inline: T108 warning (row) at Sheet1!D11 (停运率 ``≥2%``), D13
  (及时率 ``≤98%``), D14 (cost cap ``=3.5万元/台``).
* yp05-grid-multiyear-copied: D202 warning at Sheet1!E11 and E12 (cumulative 公里 / 台 copied
  from 中期 in a three-year project); D201 error at Sheet1!E14 (年度 ``≥30兆瓦时`` above 中期
  ``≥20兆瓦时``).
* yp08-birds-points-mismatch: W103 error at Sheet1!B15 (效益指标 30分, indicators 10+10+5);
  T108 warning (row) at Sheet1!E16 (鸟撞发生率 ``≥3%``); W101 error on the book tolerated
  (not required: the indicator points add to 95 because of the same gap).
* yp10-birds-wrong-parent: F105 error at Sheet1!B12 (``3.生态效益指标`` under 一、产出指标);
  F110 error at Sheet1!C16 (value ``≥3年`` with an empty name).
* yp11-birds-template-rows: T113 warning at Sheet1!D11 (监测年报提交时间 ``100%``); F109 warning
  (row) at Sheet1!B13 (社会成本指标) and B14 (经济效益指标), template tier-2s left empty.
* yp14-restore-money-wrong: B101 error at Sheet1!B4 (row): 基本支出 250 + 项目支出 520 = 770
  ≠ 资金总额 760; B102 error at Sheet1!D9: tasks 200 + 180 + 150 = 530 ≠ 金额合计 520.
* yp16-restore-artefacts: X104 warning at Sheet1!F4 (计划完成日期 the text ``46022``);
  T115 error at Sheet1!D13 (``≤0万元/亩``, 0.4 rounded to 0); X105 warning alt X103 at
  Sheet1!C21 (``151.3 6``).
* yp17-restore-percent-wrong: B105 error at Sheet1!C6 (其他资金 ``300,000.00元`` in a
  项目资金（万元） block); T106 error at Sheet1!E11 (成活率 typed ``105%``); B101 error on the
  book tolerated (not required).

22 required marks on 9 returns; yp01, yp03, yp06, yp07, yp09, yp12, yp13, yp15, yp18 are
correct.

Legitimate look-alikes in the correct returns: typed percents with ``%`` also in the unit
column (yp01, yp06, yp03's bare 95 with ``%`` unit); ``=`` + ``100%`` on a 合格率 (yp01) and
``=`` 100 on a 办结率 (yp03): the ceiling; 定性 in the operator column with ``健全`` (yp01); a
date cell as a deadline (yp01, yp06, yp17); 下降率 with ≥ (yp03, yp09, yp13, yp18); ``0起`` on
incident counts (yp07, yp09, yp12); ``≥5百分点`` on a rate raise (yp07); tier points and
indicator points both adding to 100 (yp07); labels' points 50 + 30 + 10 = 90 with a note that
预算执行率 is scored apart (yp09); a flat list's 合计 row (yp03), 小计 / 合计 rows and a repeated
header (yp12); a note explaining that the 金额合计 is the 项目支出 (yp13); a row of typed
shares under the budget (yp13); 评价标准 text full of numbers (yp15); export and fill dates in
2024 (yp06, yp12 and every signature line); unit cost × count within its money everywhere,
with 36万元 × 5 = 180 exactly the task budget (yp12); equal 中期 / 年度 rates, unit costs and
years in multi-year projects, and 中期 deadlines in 2026 inside a 2025-2026 period (yp18).

Judgements: yp02's B101 is marked on the total with ``row=True`` because the parts sit in the
same row of the money block. yp04's ``=3.5万元/台`` is marked T108 (``=`` on a cost cap per
§4.2 rule 7) at warning. yp05's equal rates / unit costs / 使用年限 are not copies. yp08's
``保持稳定`` and ``是`` are accepted grades. yp11's 经济效益指标 row starts the 效益指标 block,
so the F109 mark sits on a row that also carries a tier-1 label. yp16's 46022 is read as
2025-12-31 (the plan end); the detail lines add up once ``151.3 6`` is read as 151.36, so no
B102. yp17's B101 follows from B105 and is only tolerated. yp10's 巡护人员劳务单价
``≤180元/人次`` × 720 人次 = 12.96万元 stays within 40万元 (元 inside an indicator is not a
mixed money unit of the head).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout448 import birds, grid, restore
from tests.variants.holdout448.registry import HOLDOUT448
from tests.variants.kit import Variant

MODULES = (grid, birds, restore)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT448, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 448th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
