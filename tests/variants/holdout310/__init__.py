"""The 310th held-out set: 18 invented returns on rural postal and express delivery, with a
careful reviewer's marks, to measure ``goalbook check`` out of sample.

Theme: 邮政普遍服务 and 邮政网点改造 (``outlets``: th01–th06); 快递进村 and 村级寄递物流综合服务站
(``villages``: th07–th12); 农产品寄递 (``produce``: th13–th18). All places (芦汀县, 桐岭县, 鹤垄县,
澄溆县, 蔺湖县, 苇川县), units, people, phone numbers and figures are invented. Budget year 2025.

Layouts
-------
th01 project, NAT-2021, 指标性质 as operator column, unit column, header 绩效目标值, typed
     percent cells, a date cell as value (correct)
th02 project, OLD-NAT, headers 指标内容 / 绩效标准, operators inside the values
th03 department with budget and key tasks, NAT-2021, an instruction row inside the table, 注 and
     填表说明 under it, signature and date lines (correct)
th04 two projects stacked in one sheet, OLD-NAT, one value column
th05 two-year project, NAT-2021, a two-row header (指标值 over 中期 · 年度) (correct)
th06 project, NAT-2021, tier labels numbered with points (一、产出指标（50分）, （一）数量指标),
     header 预期目标
th07 department, flat list 指标名称 · 权重 · 计量单位 · 指标性质 (operator) · 指标值 (correct)
th08 department, flat list 指标名称 · 指标值 · 指标性质 (direction) · 计量单位 · 权重
th09 three-year project, NAT-2021, 实施期指标值 and 年度指标值 columns
th10 project, NAT-2021, tier-1 分值 and indicator 分值 columns, headers 考核指标 and 目标值（年度）
     (correct)
th11 project, NAT-2021, tier-1 and indicator score columns
th12 project, OLD-NAT, 权重 and 评价标准 columns, 小计 rows, header repeated after a page break,
     合计, 填表说明, signature lines (correct)
th13 budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, header on the
     third row, 项目编码 / 项目名称 in the first columns, tiers repeated, 指标性质 (operator) and
     度量单位 columns (correct)
th14 project head on sheet 项目信息, indicator table on sheet 绩效指标 under header 预期实现值
th15 department with budget and key tasks, NAT-2021
th16 transfer-payment 区域绩效目标表 (中央补助 + 地方资金), OLD-NAT, labels *产出指标 and 数量 /
     质量 / 时效 / 成本, ★ core indicators, operators in words (大于等于 …) (correct)
th17 project, OLD-NAT, one value column, a 资金测算明细 block under the table
th18 two projects stacked in one sheet, OLD-NAT, header 绩效标准 (correct)

Planted mistakes (22 required marks; severity = the highest the reviewer accepts)
--------------------------------------------------------------------------------
th02  T106 error    Sheet1!D11  建制村直接通邮率 typed 105% (a rate above its 100 % ceiling)
th02  T108 warning  Sheet1!D12  row; 邮件投递差错率 ≥0.3% (反向 rate with ≥)
th04  T105 error    Sheet1!D10  标识安装验收合格率 18个 (a rate given as a count)
th04  B101 error    Sheet1!C19  row; second project 年度资金总额 96 ≠ 财政拨款 80 + 其他资金 10
th06  F109 warning  Sheet1!B12  row; （三）时效指标 left from the template without indicator
th06  F110 error    Sheet1!C15  empty name of a ≥92% row under 社会效益指标 (item 13: no message
                                may quote the empty name)
th08  T112 error    Sheet1!B9   日均进村快件量 ≥2.6万件 with 计量单位 吨
th08  T108 warning  Sheet1!B10  row; 快件丢失损毁率 ≥0.05% marked 反向
th08  W101 error    book level  weights 20+15+10+15+10+10+15 = 95, not 100
th09  D204 warning  Sheet1!D9   年度目标 word for word the 中期目标 of a three-year project
th09  D202 warning  Sheet1!E13  开通农村客货邮融合线路数 ≥12条 copied from the period column
th09  D201 error    Sheet1!E14  培训人次 annual ≥300 above the three-year ≥270
th11  W103 error    Sheet1!B9   产出指标 50分, indicator scores under it 45
th11  T105 error    Sheet1!E11  配送车辆年检合格率 24辆
th11  W103 error    Sheet1!B14  效益指标 30分, indicator scores under it 35 (indicator total 100)
th14  T108 warning  绩效指标!D4  row; 生鲜农产品寄递破损率 ≥1.5%
th14  T105 error    绩效指标!D5  生鲜农产品寄递时限达标率 ≤48小时 (a rate given in hours)
th14  X104 warning  绩效指标!D6  项目验收完成时间 "45961" as text (serial of 2025-10-31); T116
                                accepted
th15  B101 error    Sheet1!B4   row; 资金总额 236.5 ≠ 基本支出 96.5 + 项目支出 150 (= 财政拨款 +
                                其他资金 holds, so the slip may be in either figure of the row)
th15  B102 error    Sheet1!D9   key tasks 70 + 52 + 18 = 140 ≠ 金额合计 150
th17  T115 error    Sheet1!D13  单件冷链包装耗材补贴 ≤0万元/件 (0.3元/件 rounded away)
th17  X106 error    Sheet1!D20  明细 amount "45万45万" pasted twice; B108 accepted
Tolerated, not required: th17 B102 error at book level (the lines fail to add up only if
"45万45万" is misread).

Legitimate look-alikes in the correct returns
---------------------------------------------
* typed percent cells: th01 (=, 100%; ≥ 95%, 90%), th07 (98%, 90%); th01 = 100% on a
  合格率 (the ceiling), th03 用户申诉处理及时率 =100%, th15/th18 =100%.
* th03 重大寄递安全事故 0起 (an incident count, not a zero cost or output) and 快递服务用户申诉率
  下降率 ≥5% (a 下降率 written positive takes ≥); th13 单件物流成本下降率 ≥8%; th16 单件成本
  下降率 大于等于 10%; th11 (faulty, unmarked) 农户单件寄递成本降低 ≥10%.
* rates raised in 百分点: th07 快递直接进村建制村比例同比提高 ≥6 百分点 (unit column), th10
  建制村快递服务通达率提高 ≥3百分点.
* th10 points at two levels: tier scores 50+10+30+10 = 100 and indicator scores 100; they are not
  to be added together.
* unit cost × count within the money, equal in places: th01 6.2 × 30 = 186, th05 10.5 × 40 = 420
  (annual 10.5 × 20 = 210 ≤ 220), th10 1.5 × 50 = 75, th18 5 × 6 = 30 and 6 × 7 = 42; th12
  共配中心年度运营补助 ≤48万元 equals the 48万元 budget; th13 3元/件 × 20万件 = 60万元 ≤ 80.
* th05 rates and 持续运营年限 equal in the 中期 and 年度 columns (not cumulative counts).
* th03 and th12: fill/signature dates in late 2024 (before the budget year), instruction, note,
  填表说明, 小计 / 合计 and repeated header rows, none of them indicators.
* th18 参与农户满意度 ≥90% in one project and ≥88% in the other: two tables, no duplicate.
* th16 *, ★ and abbreviated tier-2 labels; 等于 100 % on 验收合格率.
* th13 tiers repeated in every row of the export and the table on the second sheet.

Judgements
----------
* th15: 资金总额 = 财政拨款 + 其他资金 holds, so the wrong figure may be 资金总额 or 基本支出: the
  B101 mark is a row mark on the budget row.
* th04: the B101 mark is a row mark too (the 财政拨款 cell of the second project's total row may
  be the slip).
* th14: a date serial as text is a warning (X104), not an error; T116 (value malformed) is the
  same problem.
* th09: 开通线路数 is cumulative, so copying ≥12条 into the 年度 column of a three-year project is
  marked (D202, warning), while 建设补助 ≤3万元/个, ≥98% and ≤48小时 may stay equal.
* th11: the scores were placed so that both sums (tier and indicator) reach 100: only W103 at the
  two tier score cells is asked for, no W101.
* th17: 单件冷链包装耗材补贴 in 万元 rounded to 0 is T115 (error), since the detail line shows a
  real 0.3元/件 standard.
* th06: the tier points in the labels (50 + 10 + 30 + 10 = 100) are not checked against anything,
  since the table has no indicator scores.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout310 import outlets, produce, villages
from tests.variants.holdout310.registry import HOLDOUT310
from tests.variants.kit import Variant

MODULES = (outlets, villages, produce)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT310, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 310th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
