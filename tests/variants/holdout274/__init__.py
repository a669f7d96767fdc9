"""The 274th held-out set: 18 invented returns on special-bond and urban-renewal projects
(地方政府专项债券项目: 地下综合管廊, 公共停车设施; 老旧街区 / 老旧小区改造, 历史街区,
背街小巷), with a careful reviewer's marks, to measure ``goalbook check`` out of sample.
Places, units, people, phone numbers and figures are invented (榆塘市, 鹭汀区, 蓼坪区,
苇港县, 枳园街道, 枫湾片区, 东渡老街).

Modules: ``bonds`` (rx01-rx06, special-bond 管廊 and 停车 projects), ``renewal`` (rx07-rx12,
urban renewal), ``bureaus`` (rx13-rx18, stacked projects, flat department lists and department
money blocks on both halves of the theme). 9 returns are correct, 9 carry 21 required marks.

Layouts
-------
* rx01, rx02: project head, OLD-NAT, operator column (≥ ≤ =) and unit column, typed percent
  cells (``pct``), money with 万元 only in the number format.
* rx03: three-year project (2025-2027), NAT-2021, 中期 and 年度 value columns.
* rx04: two-year project (2025-2026), NAT-2021, operator in words (大于等于 / 小于等于 / 等于) in
  a 指标方向 column, 中期 and 年度 columns, unit column (7 columns).
* rx05: budget-system export: sheet 「部门项目支出预算05-1」 (codes, 一般公共预算 + 政府性基金预算
  (专项债券) + 其他资金 = 合计) and the indicator table on the second sheet
  「部门项目支出绩效目标05-2」, header on the third row, project code and name in the first two
  columns, tiers repeated (not merged), 指标性质 as operator (with 定性), 度量单位, a 说明 row,
  an export date and a page line under it.
* rx06: project, NAT-2021, a tier-1 score column merged with its tier and an indicator score
  column (一级指标 · 分值 · 二级指标 · 三级指标 · 指标值 · 分值).
* rx07: NAT-2021, tier labels numbered with points (一、成本指标（20分）, （一）经济成本指标) and
  an indicator score column.
* rx08: OLD-NAT, abbreviated labels with a leading * (*产出 / 数量, *效益 / 经济效益, *满意度).
* rx09: OLD-NAT, one value column and 备注; a 注 row, a blank row and the header repeated after a
  page break, 说明 and 填表说明 rows, stamp and signature lines.
* rx10: NAT-2021 under header 预期目标.
* rx11: OLD-NAT, converted from PDF, a 项目资金明细 block under the table, amounts to 4 decimals.
* rx12: OLD-NAT, two-row header (绩效指标 over 一级指标 · 二级指标 · 指标内容; 绩效标准 and 计量单位
  merged down), operators inside 绩效标准, units in their own column.
* rx13, rx14: three and two projects stacked in one sheet, one value column.
* rx15: department head with tasks, flat list 指标名称 · 权重 · 计量单位 · 指标性质 (operator) ·
  指标值.
* rx16: department head with tasks, flat list 指标名称 · 指标值 · 指标方向 (正向/反向) · 计量单位 ·
  权重.
* rx17, rx18: department heads (资金总额 = 财政拨款 + 其他资金 = 基本支出 + 项目支出, a row of
  shares, tasks with 金额合计), NAT-2021 indicator tables; rx17 with weights, 小计 and 合计 rows.

Planted mistakes (return: code, highest accepted severity, place)
-----------------------------------------------------------------
* rx02-parking-percent-wrong: B101 ≤error at Sheet1!C5 (row): 资金总额 2600 ≠ 财政拨款 600 +
  其他资金 1800; T106 ≤error at Sheet1!E12: 泊位接入智慧停车平台比例 ≥105% (a typed percent).
* rx04-parking-two-year-wrong: D201 ≤error at Sheet1!F14: 新增公共停车泊位 annual 1500 against
  1200 for the period; T108 ≤warning at Sheet1!D19 (row): 停车场安全事故发生率 with 大于等于.
* rx06-gallery-points-wrong: W103 ≤error at Sheet1!B10: 产出指标 declared 50, its indicator
  scores add to 45; T105 ≤error at Sheet1!E12: 管廊日常巡检计划完成率 365次. W101 ≤error on the
  whole return tolerated (the indicator scores then total 95): the same problem.
* rx08-renewal-abbrev-wrong: F105 ≤error at Sheet1!B14: tier-2 社会效益 under *产出; T108
  ≤warning at Sheet1!D15 (row): 改造后片区供水管网漏损率 ≥10%.
* rx10-renewal-template-rows: F109 ≤warning at Sheet1!B11 (row): 生态环境成本指标 left from the
  template; F110 ≤error at Sheet1!C13: a value ≥14处 without a name (item 13: no message may
  quote the empty name).
* rx11-renewal-pdf-artefacts: X104 ≤warning at Sheet1!F4: 计划完成日期 "45961" in a text cell
  (2025-10-31); X105 ≤warning at Sheet1!E5 (alt X103): 财政拨款 "1126.448 2"; X106 ≤error at
  Sheet1!C19 (alt B108): 工程费用 "2680万2680万". B102 ≤error on the whole return tolerated
  (if the doubled amount is read as one number the lines stop adding up).
* rx14-stacked-wrong: B101 ≤error at Sheet1!C19 (row): second project 资金总额 980 ≠ 380 + 560;
  T105 ≤error at Sheet1!D24: 地磁及视频设备安装完成率 2300套.
* rx16-flat-wrong: T112 ≤error at Sheet1!B15: value ≤1.8万元 against unit column 个; T108
  ≤warning at Sheet1!B17 (row): 停车场安全事故发生率 ≥1% declared 反向; W101 ≤error on the whole
  return: weights add to 95.
* rx18-department-money-wrong: B101 ≤error at Sheet1!B4 (row): 基本支出 900 + 项目支出 4200 =
  5100 ≠ 资金总额 5200; B111 ≤error at Sheet1!D5: 其他资金 share 31.15% (1100 ÷ 5200 = 21.15%);
  B102 ≤error at Sheet1!D10: tasks 2600 + 1100 + 400 = 4100 ≠ 金额合计 4200.

Legitimate look-alikes in the correct returns
---------------------------------------------
* rx01: ``= 100%`` (typed, 1.0) on 分部工程验收合格率, a 下降率 with ≥ and a positive 60%,
  ``≤ 0 起`` on a safety-incident count, a date cell as the 时效 value, 1850万元/公里 × 2.4公里 =
  4440 within 4860, 年减少道路开挖修复支出 ≥300万元 (a saving, not money put in).
* rx03: ``=100%`` as text in both columns; unit cost, 覆盖倍数 (倍, not a rate), 使用年限 and
  满意度 equal in 中期 and 年度; counts annual < period; a 反向 施工扬尘有效投诉 cap ≤10件 / ≤4件;
  5500 × 6.5 = 35750 within 36000 and 5500 × 2.2 = 12100 within 12500; dates in 2025-2027.
* rx05: codes as text in the first columns, 合计 = 一般公共预算 + 政府性基金预算 (专项债券) + 其他
  资金 0, bare numbers with % in 度量单位, 定性 in the operator column with 健全, a 说明 row and
  an export date; 18万平方米 × 150元/平方米 = 2700万元 within 3200.
* rx07: tier points (20 + 40 + 30 + 10) and indicator points (10 × 10) both total 100; only one
  level is to be added; 2.6万元/户 × 1850户 = 4810 within 5400.
* rx09: a 注 row inside the table, a repeated header after a blank row, a 说明 footnote quoting
  the 800万元 of 其他资金 (it explains the total, it is not a line to add), a fill date in the
  year before the budget year; 46 × 38 = 1748 within 2980; 增长率 marked 比上年同期 in 备注.
* rx12: 空置率下降 ≥5 百分点 (percentage points, not a count and not %), ``=100`` with % on a
  合格率 (the ceiling), bare 100 % on a 建档率; 12 × 85 + 8600 × 650元 = 1579万元 within 1880.
* rx13: the same names (服务对象满意度, 工程验收合格率) with different values in different stacked
  projects; typed percents without operator (95%, 90%, 85%); 其他资金 0; 寻泊时间缩短 ≥5分钟 (a
  decrease written as a positive amount).
* rx15: ``=`` with a typed 100% on a 合格率, a date cell 2025-12-31 as the deadline, typed
  percents with % in the unit column; 1680 × 1.4 = 2352 within the task's 2380.
* rx17: shares rounded to 0.01% adding to 100.00% in both splits; weights with 小计 rows (20,
  40, 30, 10) and a 合计 100 that must not be added again; a 注 explaining them; 4180 and 1680
  within the task amounts 4200 and 1850.
* rx14 (wrong return): 48台 × 15万元/台 = 720 equals the first project's budget: not exceeding.

Judgements
----------
* rx02: the B101 is marked on the 资金总额 row (row mark); which of the three amounts is wrong
  cannot be told. The 7.5万元/个 × 320 = 2400 fits the parts and the stated total.
* rx04: the accident rate is given as a bare 0.5 with % in the unit column; the finding may
  land on the operator or the value cell (row mark). The unit costs are chosen so that
  3.2 × 1500 = 4800 stays within the annual 5200: the D201 has no money consequence.
* rx06: the tier-1 scores add to 100 and the indicator scores to 95; W103 at the 产出 score is
  required, W101 is tolerated, not required.
* rx08: 改造后片区供水管网漏损率 sits in the misplaced 社会效益 block; only its operator is
  marked (T108), the F105 is marked once at the tier-2 label.
* rx10: leaving 社会成本 filled and 生态环境成本 empty is a template row left over (F109
  warning); the nameless row's value matches the 年度目标's 休憩节点14处, but a reviewer cannot
  name it and asks for the name (F110 error).
* rx11: 45961 read as a date is 2025-10-31, in the project year and equal to the 时效 indicator,
  so no year finding follows; 2680 + 280 + 166.4482 = 3126.4482 once 2680 is read once.
* rx13: typed percents without an operator on 正向 rates are not marked (at most an info).
* rx16: weights adding to 95 (not 100, and not 90, the total used when 预算执行率 is scored
  apart) are W101 on the whole return.
* rx18: 基本支出 + 项目支出 and the tasks fail independently (4200 + 900 ≠ 5200, 4100 ≠ 4200);
  only the 财政拨款 and 其他资金 shares are given, so no share of 基本/项目支出 is judged.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout274 import bonds, bureaus, renewal
from tests.variants.holdout274.registry import HOLDOUT274
from tests.variants.kit import Variant

MODULES = (bonds, renewal, bureaus)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT274, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 274th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
