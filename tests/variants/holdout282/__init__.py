"""The 282nd held-out set: letters and visits and the citizen hotline.

Theme: 信访接待, 网上信访, 领导接访 and 信访救助 at 榆汀县信访局 (letters.py, sf01–sf06);
the 12345 政务服务便民热线 of 澹屿市 (hotline.py, sf07–sf12); 矛盾纠纷多元化解 in 芩阳区
(以案定补, 诉调对接, 网格化排查, the district centre, a 12345 linkage export and a family
mediation room; mediation.py, sf13–sf18). Every place, unit, person, phone number and figure is
invented. 18 returns, 9 correct, 24 required marks.

Layouts
-------
* sf01: project, NAT-2021, numbered tier labels (一、产出指标, （一）数量指标), 指标性质 as
  operator, unit column, typed percent cells, money in 万元 number formats.
* sf02: project, OLD-NAT, operator and unit columns, typed percents.
* sf03, sf04: two projects stacked in one sheet, one value column with inline operators, a
  one-column money block (资金总额 beside 财政拨款, 其他资金 under it).
* sf05: department, NAT-2021, budget and task blocks, one 年度指标值 column.
* sf06: project head on 基本信息, the table on a second sheet under a two-row header
  (绩效指标 / 预期实现值 over 一级 · 二级 · 考核指标 · 目标值（年度） · 单位).
* sf07, sf08: department flat lists: 指标名称 · 权重 · 计量单位 · 指标性质 (operator) ·
  指标值, and 指标名称 · 指标值 · 指标性质 (direction) · 计量单位 · 权重（100分）.
* sf09, sf10: 中期 and 年度 value columns; sf09 a three-year project (2025–2027), sf10 one year.
* sf11, sf12: tier-1 points column (merged) and indicator points column, operator and unit
  columns.
* sf13: tier-1 labels ★产出指标（50分）, *满意度指标（10分）, tier-2 abbreviated (数量, 成本,
  社会效益, 服务对象满意度), a 注 under the table.
* sf14: numbered labels (一、产出指标, 1.数量指标).
* sf15: weight column, an instruction row inside the table, 小计 rows, the header repeated
  after a page break (an empty row), a 合计 row, 填表说明, a stamp line and signatures.
* sf16: department with a row of shares (0.00% cells) under the budget, tasks with 金额合计.
* sf17: budget-system export: sheet 部门项目支出预算05-1 (amounts in 元, codes first) and sheet
  部门项目支出绩效目标05-2 (header on row 3, code and name in the first columns, tiers
  repeated in every row, operator column 指标性质, unit column 度量单位).
* sf18: word operators (不少于, 以上, 不超过), a 注 row between the tier blocks, a stamp line.

Planted mistakes (return: code, highest accepted severity, place)
-----------------------------------------------------------------
* sf02-online-petition: T105 ≤error at Sheet1!E13 (网上信访件转送交办率 ≥1200件, a rate
  given as a count); T106 ≤error at Sheet1!E14 (网上信访事项及时受理率, a typed 105%); T108
  ≤warning, row, at Sheet1!D15 (网上信访事项平均办理时长 with ≥).
* sf04-stacked-money-wrong: B107 ≤warning, file level (律师值班补贴标准 ≤600元/人次 × ≥480人次
  = 28.8万元 above the first project's 22万元); B101 ≤error at Sheet1!C19 (the second
  project's 资金总额 35 ≠ 30 + 8).
* sf05-department-template: F110 ≤error at 部门整体!C13 (≥24期 under a name cell holding only
  a full-width space); F109 ≤warning, row, at 部门整体!B17 (社会成本指标) and 部门整体!B19
  (生态效益指标), template rows with no indicator.
* sf08-hotline-flat-defects: T112 ≤error, row, at 部门整体!B14 (≤30分钟 against 秒 in the
  unit column); T108 ≤warning, row, at 部门整体!B15 (工单退回率 ≥5% declared 反向); W101
  ≤error, file level (weights add to 95, the header says 100).
* sf09-platform-three-years: D204 ≤warning at Sheet1!D9 (年度目标 copied from 中期目标);
  D202 ≤warning at Sheet1!E11 (智能语音导航节点上线) and Sheet1!E13 (坐席辅助系统应用培训),
  cumulative counts copied into the 年度 column of a three-year project.
* sf12-assessment-points-wrong: B101 ≤error at 绩效目标!C5 (资金总额 64 ≠ 52 + 8); W103 ≤error
  at 绩效目标!B9 (产出 declared 50, indicators 45) and 绩效目标!B14 (效益 declared 20,
  indicators 25); both levels total 100, so no W101.
* sf14-court-link-wrong-parent: X104 ≤warning at Sheet1!F4 (计划完成日期 typed as the text
  46387, the serial of 2026-12-31); F105 ≤error at Sheet1!B15 (2.时效指标 under 三、效益指标).
* sf17-linkage-export: X103 ≤warning (alt B108) at 部门项目支出预算05-1!C4 (合计 stored as the
  text 1,286,400.00); T105 ≤error at 部门项目支出绩效目标05-2!G6 (转办工单签收率 ≥1500件);
  T107 ≤warning, row, at 部门项目支出绩效目标05-2!F11 (= 95% on 来电群众满意度).
* sf18-family-room-notes: F110 ≤error at Sheet1!C11 (不少于40场 with an empty name cell);
  T113 ≤warning at Sheet1!D13 (纠纷调解办结期限 100%).

Legitimate look-alikes in the correct returns
---------------------------------------------
* sf01: 重复来访人次下降率 ≥8% (a 下降率 with ≥, typed percent); 接待现场发生的极端事件 ≤0起
  (0 on an incident count, not a zero cost or output); a 定性 row with 健全.
* sf03: 信访积案化解 and 来访群众满意度 in both stacked projects with different values (each
  project is its own table, not duplicates).
* sf06: 越级走访人次下降率 ≥15 with % in the unit column; 2026年11月30日前 within the year.
* sf07: percent cells (92%, 95%, 3%, 60%, 90%) with % also in the unit column; weights 100.
* sf10: a one-year project whose 中期 and 年度 goals and values are identical; 150000件 ×
  ≤11元/件 = 165万元 within 186万元.
* sf11: tier points 40 + 10 + 30 + 20 and indicator points adding to the same 100 (not 200);
  热线诉求办结率提高 ≥3百分点 (a rate change in 百分点).
* sf13: tier points 50 + 30 + 10 = 90 with a 注 saying 预算执行率 is scored apart; =0起 on
  民转刑案件; 2600件 × ≤200元/件 = 52万元 within 68万元.
* sf15: 小计 / 合计 rows, an instruction row, a repeated header, a signature date in the year
  before the budget year; 12000户次 × ≤3元/户次 = 3.6万元.
* sf16: shares 92.68% + 7.32% and 63.41% + 36.59% (rounded, each pair 100%); tasks 120 + 95 +
  85 = 300 = 项目支出; 3200件 × ≤350元/件 = 112万元 within the 120万元 task.
* Fill and signature dates fall in the year before the budget year everywhere (not a year
  conflict).

Judgements
----------
* sf04: B107 is a warning, not an error: ≤600元/人次 is a cap, so the product is the most the
  service could cost, not a certain overspend; it is a file mark because the finding may fairly
  land on the standard or on the count row.
* sf04, sf12: with 资金总额 ≠ 财政拨款 + 其他资金 the reviewer marks the total (the figure the
  parts do not reach), as in m02.
* sf05: an empty 社会成本指标 or 生态效益指标 in a 信访局 table is a template row left in
  (F109, warning), not a missing required tier.
* sf09: the copied 中期 value on 智能语音导航节点上线 could in principle be reached in year one,
  but with 480 of 1260万元 in the year it is doubtful: a warning, as domain.md rule 10.
* sf14: 46387 in a text cell is read as 2026-12-31, inside the project year: only X104.
* sf17: the text total is readable and adds up (1,206,400 + 80,000), so a warning only;
  B108 is accepted for the same problem at warning. =95 on a satisfaction rate means ≥95%
  (T107, warning), not an impossibility.
* sf18: a deadline given as 100% is T113 (warning); it is not a rate, so not T105.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout282 import hotline, letters, mediation
from tests.variants.holdout282.registry import HOLDOUT282
from tests.variants.kit import Variant

MODULES = (letters, hotline, mediation)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT282, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 282nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
