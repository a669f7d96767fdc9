"""The 281st held-out set: 18 invented returns on government offices administration
(机关事务管理: 公务用车平台, 机关食堂, 公共机构节能, 办公用房维修, 会议中心运行), with a careful
reviewer's marks, to measure ``goalbook check`` out of sample. Nine returns are correct; nine
carry 2–3 planted mistakes each (24 required marks). Places are invented (栖梧市, 望桐县).

Layouts
-------
* ``fleet_canteen``: se01 project, OLD-NAT, operator (指标性质) and unit columns, typed percents;
  se02 project with 指标方向 (正向/反向) and 比较符 columns (seven columns); se03 and se04
  department tables with budget (se03 with a share row) and key tasks; se05 and se06 flat lists
  in two column orders.
* ``energy_repair``: se07 numbered labels with points and an indicator score column; se08 a
  tier-1 score column and an indicator score column; se09 (two years) and se10 (three years)
  中期 and 年度 columns; se11 a two-row header (绩效指标 / 预期目标 over 指标内容 · 指标性质 ·
  绩效标准 · 计量单位) with labels marked * and abbreviated and a ★ core indicator; se12
  numbered labels (一、产出指标, 1.数量指标).
* ``conference``: se13 and se14 two projects stacked in one sheet; se15 a budget-system export
  (codes in the first columns, 合计 row, the indicator table on a second sheet under header
  绩效目标值 on the third row); se16 a PDF-converted project with detail lines below the table;
  se17 a department table with a two-row header (考核指标, 目标值（年度）, 权重, 评价标准), 小计
  rows, the header repeated after a page break, 合计, 填表说明 and signature lines; se18 a
  department table with template rows.

Planted mistakes (code, highest accepted severity, place)
---------------------------------------------------------
* se02-fleet-direction: T106 ≤error at Sheet1!F11 (车辆按时出车率 typed as 105%); T108 ≤warning
  at Sheet1!E13, row (派车响应时间, 反向, ≥20分钟); T108 ≤warning at Sheet1!E14, row
  (单车日均租赁费用, = on a cost cap).
* se04-canteen-money-wrong: B101 ≤error at 部门整体!B4, row (基本支出 392 + 项目支出 445 = 837
  ≠ 资金总额 846); B102 ≤error at 部门整体!D9, alt B101 (tasks 210 + 150 + 85 = 445 ≠ 金额合计
  455); F110 ≤error at 部门整体!C15 (a value ≥98% without a name).
* se06-fleet-flat-defects: T105 ≤error at Sheet1!B9, row (驾驶员安全培训覆盖率 12, unit 次);
  T108 ≤warning at Sheet1!B10, row (车辆交通违章率 ≥1.5, 反向); W101 ≤error, book level
  (weights 20+15+10+10+15+5+20 = 95, header says 合计100分).
* se08-energy-points-wrong: W103 ≤error at Sheet1!B9 (产出指标 50, indicators 45); W103 ≤error at
  Sheet1!B14 (效益指标 30, indicators 35). Both levels still total 100.
* se10-repair-multiyear-copied: D204 ≤warning at Sheet1!D9 (年度目标 = 中期目标 word for word);
  D202 ≤warning at Sheet1!E11 (维修改造办公楼栋数 ≥12栋 both columns) and at Sheet1!E12
  (更换老旧电梯台数 ≥8台 both columns), a three-year project.
* se12-repair-wrong-parent: F105 ≤error at Sheet1!B13 (2.质量指标 under 二、成本指标); F109
  ≤warning at Sheet1!B16, row (3.生态效益指标 with no indicator and no value).
* se14-conference-stacked-defects: B101 ≤error at Sheet1!C20, row (second project: 年度资金总额
  96 ≠ 财政拨款 80 + 其他资金 12); T105 ≤error at Sheet1!D27 (消防控制室值守到位率 24小时).
* se16-conference-artefacts: X104 ≤warning at Sheet1!F4 (计划完成日期 "46022" as text, the
  serial of 2025-12-31); X105 ≤warning at Sheet1!C5, alt X103 (年度资金总额 "312.6 5", read as
  312.65 = 300 + 12.65); X106 ≤error at Sheet1!C20, alt B108 (会务用品采购 "36万36万(含运输)").
* se18-conference-empty-names: F110 ≤error at 部门整体!C8 (name cell holding one full-width
  space, value ≥1.2万人次); F109 ≤warning at 部门整体!B12, row (社会成本指标 left empty);
  T107 ≤warning at 部门整体!D15 (会议服务满意度 =95%).

Legitimate look-alikes in the correct returns
---------------------------------------------
* se01: 公务用车运行费用下降率 ≥5% (a 下降率 with ≥), 车辆交通事故发生率 ≤0.5% typed as a
  percent cell (反向 with ≤), 重大安全责任事故 ≤0起 (0 on an incident count, not a rounded
  cost), 车辆调度信息化覆盖率 = typed 100% (the ceiling), 单车年均运行维护费用 2.9万元 × 126辆 =
  365.4 ≤ 386.40; signature date in the year before the budget year.
* se03: a share row (100.00%, 88.32%, 11.68%, 40.72%, 59.28%) under the amounts; 金额合计 752 =
  项目支出, not 资金总额; a 注 row between tier blocks, 说明 and 填表说明 lines explaining the
  total; 食品安全事故 0起; 食材抽检合格率 =100%; 能耗下降率 ≥2% as a positive number.
* se05: a 合计 row (100) under the flat list that is not an indicator; 食品安全事故 ≤ 0 起;
  餐厨垃圾减量率 typed 8% with % in the unit column; 人均每餐运营成本 8元 × 52万人次 = 416万
  ≤ 项目支出 640.
* se07: tier points in the labels (40 + 20 + 30 + 10) and indicator points (also 100): 100 both
  ways; 能耗在线监测覆盖率 提高≥5百分点; 95元/平方米 × 3.6万平方米 = 342万 + 48万 ≤ 460万.
* se09: two-year project; annual counts below the period ones; rates, unit costs and
  satisfaction equal in both columns; a 中期 deadline in 2026 within the project period.
* se11: operators in words (大于等于 / 小于等于 / 等于), 等于 100 % on a 合格率, a grade 显著
  without operator or unit, 满意度 typed 90% with % in the unit column, *, ★ and abbreviated
  tier labels (OLD-NAT with 成本 under 产出), a 注 line explaining the marks; unit prices × counts
  60.95万 ≤ 68万.
* se13: the same names (会议设备故障率 ≤1% / ≤0.5%, 会议服务满意度 ≥92% / ≥90%) with different
  values in two stacked projects; 重要会议保障差错 0次; 4500元 × 1100场 = 495万 ≤ 540万.
* se15: codes and the project name repeated in every row of the export, tiers repeated rather
  than merged, bare numbers with an operator column; 年度托管服务费 ≤212.5万元 equal to the
  budget (not above it); an export date in the year before the budget year.
* se16 (defective, but): 会务服务外包 210万 = 420场 × 0.5万元, equal to the cost cap × count.
* se17: 小计 rows and a 合计 row in the weight column (indicator weights alone add to 100), a
  header row repeated after a page break, a fill date in the year before the budget year.

Judgements where a reviewer could hesitate
------------------------------------------
* se02: 105% typed on an on-time rate is an impossibility (error); ≥ on a response time and = on
  a daily lease cost are doubtful (warnings), marked at the operator cell with ``row=True``.
* se04: the B101 may land on any cell of the budget row (``row=True``); 金额合计 455 differs
  from the tasks (445) and from 项目支出 (445), so the 455 is the wrong cell (B102, B101 also
  accepted). se14: likewise the B101 is a row mark on the 年度资金总额 / 财政拨款 row.
* se06: 覆盖率 12 with unit 次 is a rate given as a count (T105, error) at the value cell, row
  mark because the unit column is part of it; the flat list has no tiers, so no tier findings.
* se08: W103 at the tier score cells only; W101 must not fire, both levels total 100.
* se10: D202 at each copied annual cell; 供配电系统改造回路数 ≥60 / ≥20 and the equal rates,
  unit costs and 使用年限 are not copies.
* se12: 质量指标 under 成本指标 is F105 (error); 产出指标 then lacks 质量指标, which is not a
  second finding.
* se14: 消防控制室值守到位率 24小时 is a rate given as a duration: T105, error.
* se16: the serial "46022" resolves to 2025-12-31, inside the year, so only X104; the split
  total read as 312.65 adds up, and the detail lines add up once 36万 is read once.
* se18: =95% on a satisfaction rate is T107 (warning); the name cell with U+3000 only counts as
  empty (F110, the message must not quote it).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout281 import conference, energy_repair, fleet_canteen
from tests.variants.holdout281.registry import HOLDOUT281
from tests.variants.kit import Variant

MODULES = (fleet_canteen, energy_repair, conference)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT281, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 281st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
