"""The 315th held-out set: 18 invented returns on rural biogas and household renewable energy
(户用沼气池维修改造, 大中型沼气工程, 户用光伏, 太阳能热水器推广, 农村能源服务网点), with a careful
reviewer's marks, to measure ``goalbook check`` out of sample. Budget year 2025 throughout; all
places (棠梨县, 雁泽县, 柘岭区, 蓼湾镇, 桦沟镇, 石砚乡), units, people and figures are invented.

Modules: ``biogas`` (tm01-tm06, household biogas and large plants), ``solar`` (tm07-tm12,
household PV and solar water heaters), ``service`` (tm13-tm18, service points, departments,
stacked projects).

Layouts: project heads with one-year or 中期/年度 money blocks (万元 in the number format);
department heads with budget, shares and key tasks; tier-1 and tier-2 merged down; numbered
labels with points (tm01), points at two levels (tm03, tm11), * / ★ marks and abbreviations
(tm09), numbered labels (tm10); operator columns as symbols (tm01, tm07, tm08) or words (tm05,
tm17); direction columns (tm15, tm17); unit columns; flat lists (tm05, tm15); 中期 and 年度
columns (tm03, tm04); stacked projects (tm02, tm18); a budget-system export with codes in the
first columns and the indicators on a second sheet (tm06); a table on a second sheet (tm17);
headers 绩效目标值, 考核指标, 目标值（年度）, 评价标准, 指标内容, 预期目标, 预期实现值; 注 / 说明 /
填表说明 rows, subtotal rows, a header repeated after a page break, signature and date lines.

Planted mistakes (return: code, highest accepted severity, place):

* tm02-biogas-stacked: B101 error 绩效目标表!C19 (second project 45 + 8 ≠ 58); T105 error
  绩效目标表!D24 (安全检查覆盖率 given as ≥640户).
* tm04-plant-period-wrong: D201 error 项目绩效目标!E11 (年度 ≥5处 above 实施期 ≥4处); D202
  warning 项目绩效目标!E13 (集中供气农户 ≥1600户 copied in a two-year project); T108 warning
  项目绩效目标!D17, row (沼气管网泄漏率 ≥1%).
* tm06-plant-export: X104 warning 部门项目支出预算05-1!F4 (计划完成日期 "46022" as text); X105
  warning 部门项目支出预算05-1!H4, alt X103 (财政拨款 "96.12 5", read 96.125; 96.125 + 12.5 =
  108.625).
* tm08-pv-percent-wrong: B101 error Sheet1!C5 (150 + 50 ≠ 210); T106 error Sheet1!E10 (并网验收
  合格率 typed as 105%); B107 warning Sheet1!E12, row (6000元/户 × 400户 = 240万 > 210万).
* tm10-heater-wrong-parent: F105 error Sheet1!B12 (3.经济效益指标 under 一、产出指标); F110 error
  Sheet1!C15 (a value ≥1200吨 with no name).
* tm11-pv-tier-points: W103 error 绩效目标!B9 (产出 50 against 15 + 10 + 10 + 10 = 45); T108
  warning 绩效目标!E11, row (光伏逆变器故障率 ≥1%); W101 at book level tolerated (the same
  shortfall seen as indicator points totalling 95).
* tm12-heater-template: T113 warning Sheet1!D11 (安装任务完成时间 100%); F109 warning
  Sheet1!B13, row (template tier-2 经济效益指标 left without indicator or value).
* tm14-service-department-wrong: B101 error Sheet1!B4, row (基本 98 + 项目 92 ≠ 资金总额 186);
  B111 error Sheet1!D5 (其他资金 share 6.60%, 16 ÷ 186 = 8.60%); B102 error Sheet1!D10 (tasks
  40 + 30 + 18 = 88 ≠ 金额合计 92).
* tm15-service-flat-wrong: T112 error Sheet1!B8 (150人 against unit column 场); T108 warning
  Sheet1!B10, row (设备报修投诉率 ≥3% declared 反向); W101 error at book level (weights 95).

Legitimate look-alikes in the correct returns: percent cells pct(0.95), pct(0.05) on a 故障率
with ≤, pct(1) = 100% (tm01, tm05, tm07); 0起 / ≤0起 / 等于 0 on incident counts (tm01, tm03,
tm05, tm18); 100 both ways with tier points in the labels and indicator points in a column
(tm03); 提高≥8百分点 / ≥5 / ≥6 百分点 (tm03, tm16, tm18); =100% on 验收合格率 and 持证上岗率
(tm03, tm13); a 下降率 with 大于等于 and 正向 (tm17); 反向 rates and response times with ≤ (tm01,
tm07, tm17); equal 中期 and 年度 values for rates, unit costs, lifetimes and a 0起 cap (tm03);
unit cost × count equal to the money (tm01 600 × 1200 = 72万, tm07 3000 × 400 = 120万, tm09
800 × 2500 = 200万, tm17, tm18) or within it (tm03, tm13, tm16); the same indicator 农户满意度
≥90% / ≥92% and 安全事故发生数 in two stacked projects (tm18); fill and signature dates in 2024
(tm01, tm05, tm16, tm18); 注, 说明 and 填表说明 rows, subtotal and 合计 rows, a repeated header row
(tm05, tm09, tm16); 其他资金 0 in tm18's second project.

Judgements where a reviewer could hesitate:

* tm03: 沼液沼渣外溢污染事件 0起 in both columns is a cap, not a cumulative count copied, so no
  D202 and no T115; 累计处理畜禽粪污量 and 累计产沼气量 are cumulative and annual < period.
* tm04: only 集中供气农户 is marked D202; 年均稳定供气天数 and rates may be equal. T108 is marked
  at the period cell with row=True; the annual cell repeats it.
* tm06: the export's indicator values are bare numbers with a unit column; X105 alone is asked
  for, B108 on the split text would be over-severe.
* tm08: B107 compares 240万 with the stated total 210万 (and with the parts, 200万): it exceeds
  either, so the B101 mistake does not hide it.
* tm12: 售后维修台账建档率 =100% is at the ceiling; the empty 经济效益指标 is the template's
  leftover, a warning at its row.
* tm14: 资金总额 186 matches 财政拨款 + 其他资金; the broken sum is 基本 + 项目, so B101 is a row
  mark on the budget line; 基本/项目 shares are left blank.
* tm15: 户用沼气安全事故 0起 declared 反向 without an operator is a cap, not a zero target;
  ``150人`` lacks an operator (info at most).
* tm11: the tier-1 points column is the declared split; the indicator points fall short in 产出
  only, so W103 at B9 is required and W101 only tolerated.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout315 import biogas, service, solar
from tests.variants.holdout315.registry import HOLDOUT315
from tests.variants.kit import Variant

MODULES = (biogas, solar, service)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT315, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 315th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
