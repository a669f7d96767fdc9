"""The 296th held-out set: 18 invented returns on clean winter heating (清洁取暖), with a
careful reviewer's marks, to measure ``goalbook check`` out of sample.

Theme, in two halves. A, household conversions: 煤改气 and 煤改电 (st01–st06, st14, st17). B,
heat supply and coal control: 供热管网改造, 散煤治理, 取暖补贴 (st07–st13, st15, st16, st18).
Invented places: 楮川县, 苇泊区, 杞岭镇 (片区 南蒲, 石杓), 鹤汀乡, 榆湾市; units, people, phone
numbers and figures are invented too. Budget year 2025 throughout.

Modules: ``conversion`` (st01–st06), ``heat_network`` (st07–st12), ``coal_subsidy``
(st13–st18); ``common`` holds the shared helpers, ``registry`` the set's own registry.

Layouts
-------
* st01 project, OLD-NAT, 指标性质 (operator) and 计量单位 columns, typed percent cells, a date
  cell, money in 万元 by number format, a 资金支出明细 block, signature line.
* st02 project, NAT-2021 (成本 first), 比较符 and 单位 columns, typed percent cells.
* st03 / st04 two one-year projects stacked in one sheet, OLD-NAT, one value column.
* st05 project, NAT-2021, numbered labels (一、产出指标, 1.数量, 1.经济成本), header 绩效目标值.
* st06 transfer-payment project, OLD-NAT, labels *产出 / *效益 / *满意度, ★ core indicators,
  abbreviated tier-2s (数量, 质量, 成本), a 注 line on the marks.
* st07 three-year project, NAT-2021, two-row header (指标值 over 中期（2025—2027年） and
  年度（2025年））; st08 two-year project, 中期指标值 and 年度指标值 columns.
* st09 / st10 project, NAT-2021, tier-1 score column (分值 / 一级分值) merged down with the
  tier-1, indicator score column; header 目标值（年度） in st09.
* st11 project on sheet 项目表, OLD-NAT, operator and unit columns, detail lines in 0.0000 万元.
* st12 budget-system export: sheet 部门项目支出预算05-1 (codes in the first columns, header on
  the third row, 年度绩效目标 column) and the indicator table on a second sheet
  部门项目支出绩效目标05-2 (项目编码 and 项目名称 first, tiers repeated in every row, 指标性质 as
  operator, header 预期实现值, 度量单位 column).
* st13 department, flat list 指标名称 · 权重 · 计量单位 · 指标性质 (operator) · 指标值.
* st14 department, flat list 指标名称 · 指标值 · 指标性质 (direction 正向/反向) · 计量单位 · 权重.
* st15 / st16 department heads with 年度主要任务 and 金额合计, tiered tables (年度指标值 /
  指标值); st15 has a second budget line of typed shares.
* st17 project, NAT-2021, header 预期目标, template tier-2 rows.
* st18 project, OLD-NAT, headers 指标内容 and 绩效标准, 分值 column, a 说明 row under the header,
  小计 rows, a blank row and the header repeated (page break), a 合计 row, 注 lines, 填表说明,
  单位负责人 and 填报人 / 填报日期 lines.

Planted mistakes (code, highest accepted severity, place)
---------------------------------------------------------
* st02-electric-typed-wrong: T108 Sheet1!D10 ≤warning (row): 户均改造工程综合成本 with ``=``
  (a cost cap written as a fixed value); T106 Sheet1!E13 ≤error: 热泵机组安装验收合格率 typed
  ``102%`` (1.02 in a ``0%`` cell); T108 Sheet1!D17 ≤warning (row): 运行故障率 (反向) with ≥.
* st04-stacked-wrong: T105 Sheet1!D10 ≤error: 入户燃气安全检查覆盖率 ``2100户``; B101
  Sheet1!C20 ≤error: the second project's 年度资金总额 540 ≠ 财政拨款 470 + 其他资金 60.
* st06-marked-wrong-parent: F105 Sheet1!B13 ≤error: tier-2 时效 under *效益; T108 Sheet1!D15
  ≤warning (row): 室内供暖效果投诉率 ``≥3%``.
* st08-network-copied: D204 Sheet1!D9 ≤warning: 年度目标 word for word the 中期目标 of a
  two-year project; D202 Sheet1!E11 and Sheet1!E12 ≤warning: 二级管网 ``≥26公里`` and 庭院管网
  ``≥58个`` copied from the 中期 column into the 年度 column.
* st10-network-points-wrong: W103 绩效目标!B10 ≤error: 产出指标 declares 45, its indicators
  add to 50; W103 绩效目标!B14 ≤error: 效益指标 declares 35, its indicators add to 30.
* st11-network-artefacts: X104 项目表!F4 ≤warning: 计划完成日期 the text ``45961``
  (2025-10-31); X105 项目表!C6 ≤warning alt X103: 其他资金 ``468.207 5``; T115 项目表!E13
  ≤error: 主管网建设单位成本 ``≤ 0 万元/米`` (0.42 rounded away).
* st14-subsidy-flat-wrong: T112 Sheet1!B12 ≤error: ``≥4800户`` with 人 in 计量单位; T108
  Sheet1!B14 ≤warning (row): 补贴资金发放差错率 declared 反向 but ``≥0.5%``; W101 book level
  ≤error: weights 20+10+10+15+15+10+15 = 95.
* st16-department-money-wrong: B101 Sheet1!B4 ≤error (row): 基本支出 600 + 项目支出 2760 =
  3360 ≠ 资金总额 3380 (资金总额 = 财政拨款 3100 + 其他资金 280 holds); B102 Sheet1!D9 ≤error
  alt B101: tasks 1460 + 780 + 560 = 2800 ≠ 金额合计 2760.
* st17-template-rows: F109 Sheet1!B11 ≤warning (row): 社会成本指标 left empty; F110
  Sheet1!C13 ≤error: ``≥12场`` with no indicator name (no message may quote an empty name);
  F109 Sheet1!B18 ≤warning (row): 可持续影响指标 left empty.

23 required marks on 9 returns; the other 9 returns are correct.

Legitimate look-alikes in the correct returns
---------------------------------------------
* st01: ``= 100%`` (pct(1)) on 验收合格率, the ceiling; ``≤ 0 起`` on 燃气安全责任事故 (an
  incident count, not a zero target); 下降率 ``≥ 5%``; a date cell with ``≤`` and no unit; 3200 户
  × 0.3 万元 = 960 and 46 公里 × 6 万元 = 276 equal their detail lines, which add to 1280.
* st03: 完成改造户数, 采暖季减少散煤使用量 and 改造户满意度 in both stacked projects with
  different values (each project is its own table); ``=100%`` stays text; 政策执行率 is not
  预算执行率.
* st05: numbered and abbreviated labels; order 产出 → 成本 → 效益 → 满意度; 发生率 with ≤.
* st07: 年度 below 中期 for every count; rates, unit costs and 设计使用年限 equal in both
  columns; 14 × 190 + 15 × 70 = 3710 ≤ 3900 (年度), 38 × 190 + 42 × 70 = 10160 ≤ 10500.
* st09: tier-1 scores 10+40+40+10 and indicator scores both add to 100; 成本下降率 ``≥5%``;
  热效率提升 ``≥3百分点``; 64 × 18 = 1152 ≤ 1460.
* st12: 100 and 90 bare with % in 度量单位; six-digit and 17-digit codes as text; tiers repeated.
* st13: ``≤ 0 个`` on 无证散煤经营网点 (a 清零 target); ``≥ 2 百分点`` on 优良天数比率提高;
  21600 × 700 元 = 1512 万元 ≤ 1520.
* st15: a row of typed shares 100% / 92% / 8% / 15% / 85% that match the amounts; word operators
  不少于 and 以上; 31500 × 0.1 万元 = 3150 equals its task; 下降率 ``≥6%``; grade 健全.
* st18: 说明, 小计, 合计, repeated header, 注 and 填表说明 rows are not indicators; the 注 explains
  the total and the 50/30/20 split the 小计 rows match; fill date 2024-12-06 before the budget
  year; 7800 吨 × 1050 元 = 819 万元 ≤ 980.
* Fill and signature dates in late 2024 (st01, st02, st05, st13 and the department heads).

Judgements where a reviewer could hesitate
------------------------------------------
* st02: ``=`` on a 综合成本 is a cap written as a fixed value (T108); ``=`` on a 补助标准 would
  be acceptable (a fixed payment), so none is written that way.
* st04: ``0起`` without an operator on an incident count is not marked (= 0 and ≤ 0 coincide).
* st06: the 按期完工率 under the misplaced 时效 fits 时效, so only the tier-2 is marked (F105).
* st08: only the two cumulative counts are D202; 换热机组 36 / 20 differ; equal rates are fine.
* st10: both levels add to 100, so no W101: the mismatch is per tier (W103 at each tier score).
* st11: once ``468.207 5`` is read as 468.2075 the head adds up (3000 + 468.2075 = 3468.2075 =
  the detail lines), so no B101; the serial reads as 2025-10-31, inside the year, so no Y code.
* st14: 95 fits neither 100 nor 90 (预算执行率 apart), so W101 is an error.
* st16: the two money findings are independent (金额合计 = 项目支出 = 2760 while the tasks add to
  2800; 资金总额 = 财政拨款 + 其他资金 holds while 基本 + 项目 does not). B101 is a row mark: the
  five amounts share one line.
* st17: 生态环境成本指标 is absent rather than left empty; NAT-2021 needs a 成本指标, not every
  tier-2, so only the two empty tier-2 rows are F109.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout296 import coal_subsidy, conversion, heat_network
from tests.variants.holdout296.registry import HOLDOUT296
from tests.variants.kit import Variant

MODULES = (conversion, heat_network, coal_subsidy)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT296, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 296th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
