"""The 293rd held-out set: 18 invented returns on intellectual property (知识产权), with a careful
reviewer's marks, to measure ``goalbook check`` out of sample.

Theme, in two halves: patents and their protection (专利资助, 专利导航, 专利转化, 专利质押融资
贴息, 知识产权保护中心: sq01–sq09) and rights assistance, trademark brands and geographical
indications (维权援助, 商标品牌培育, 地理标志: sq10–sq18). Places (楠阜市, 沂禾县, 汐口区,
栖梧县), units, people, phone numbers and figures are invented. Budget year 2026 throughout.

Modules: ``patents`` (sq01–sq06), ``protection`` (sq07–sq12), ``brands`` (sq13–sq18); the
helpers are in ``common``. 9 returns are correct, 9 carry 22 required marks.

Layouts:

* sq01 project, NAT-2021, operator and unit columns, typed percent cells, 万元 in the format;
* sq02 two projects stacked in one sheet, OLD-NAT, one value column;
* sq03 department, flat list 指标名称 · 权重 · 计量单位 · 指标性质 (operator in words) · 指标值;
* sq04 three-year project, NAT-2021, 中期 and 年度 value columns;
* sq05 project, NAT-2021, numbered tier labels, tier score column and indicator score column;
* sq06 project head on 「项目基本信息」, the table on 「绩效指标」 under 考核指标 / 预期实现值;
* sq07 project, NAT-2021, operators inside the values;
* sq08 department, NAT-2021, budget with 占比, tasks with 金额合计, 说明 and 注 rows, signature;
* sq09 department, flat list 指标名称 · 指标值 · 指标性质 (direction) · 计量单位 · 权重;
* sq10 project, OLD-NAT, a 填写说明 row under the header, a 注 row between tiers, footnotes,
  填表说明, signature and stamp lines;
* sq11 project, NAT-2021, header 预期目标, template rows left empty;
* sq12 department, NAT-2021, headers 考核指标 / 绩效目标值 / 权重（分）, a 甲乙丙 column-number
  row, the header repeated after a page break, 小计 rows and a 合计 row;
* sq13 two-year project, NAT-2021, operator column, 中期 and 年度 columns, unit column;
* sq14 transfer-payment project, OLD-NAT, labels *产出指标 and abbreviated (数量, 成本, 社会效益),
  ★ core indicators, a 评价标准 column, 上级补助资金 + 本级配套资金;
* sq15 project, OLD-NAT, a 资金测算明细 block under the table;
* sq16 two projects stacked, OLD-NAT, two-row headers (绩效指标 / 绩效标准 over 指标内容,
  目标值（年度）, 计量单位), bare numbers with the unit in its own column;
* sq17 project, NAT-2021, tier score column and indicator score column;
* sq18 budget-system export: 「部门项目支出预算05-1」 and 「部门项目支出绩效目标05-2」, header
  on the third row, unit and project codes in the first columns.

Planted mistakes (code, highest accepted severity, place):

* sq02: B101 error at Sheet1!C22 (second project: 年度资金总额 150 ≠ 财政拨款 120 + 其他资金
  20); T105 error at Sheet1!D28, row (专利转化实施率 ≥30项).
* sq04: D204 warning at Sheet1!D9 (年度目标 identical to the 中期目标 of a three-year project);
  D202 warning at Sheet1!E11 (认定专利密集型企业 ≥120家 in both columns); D201 error at
  Sheet1!E12 (运营中心 ≥4个 a year against ≥3个 over three years).
* sq06: X104 warning at 项目基本信息!F4 (计划完成日期 the text 46387, the serial of
  2026-12-31); T106 error at 绩效指标!E6 (资助申报受理及时率 typed as 105%).
* sq07: T108 warning, row, at Sheet1!D10 (正向 count ≤800件), Sheet1!D14 (预审平均周期
  ≥5个工作日) and Sheet1!D15 (单件预审服务成本 =1500元/件, a cost cap with =).
* sq09: T112 error at Sheet1!B14 (≥8家 against the unit column 场); T108 warning, row, at
  Sheet1!B15 (反向 响应时间 ≥3); W101 error, book level (weights add to 95).
* sq11: F109 warning, row, at Sheet1!B11 (社会成本指标) and Sheet1!B18 (生态效益指标), tier-2
  labels left from the template; F110 error at Sheet1!C13 (a value ≥50家 whose name cell holds
  only a full-width space).
* sq15: B107 warning, row, at Sheet1!D14 (补助标准 ≤10万元/家 × 15家 = 150 > 年度资金 120);
  B102 error at Sheet1!D25, alt B101 (明细 80 + 12 + 18 + 6 = 116 against 合计 120).
* sq17: W103 error at Sheet1!B14 (成本指标 20分 over indicators of 10 + 5); T115 error at
  Sheet1!E14 (单批次检测费用 ≤0万元/批次, a unit cost rounded to 0); W101 error tolerated at
  book level (the same shortfall seen as a total of 95).
* sq18: B110 error at 部门项目支出预算05-1!F5 (印刷费 85000 in a 万元 column, 8.5 expected);
  T107 warning, row, at 部门项目支出绩效目标05-2!H11 (满意度 = 95%); B102 and B101 errors
  tolerated at book level (the same line makes the lines miss their 合计).

Legitimate look-alikes in the correct returns:

* sq01: 资助资金违规拨付 = 0 起 (an incident count, not a zero target); 专利资助网上申报受理
  比例 = 100% (the ceiling); percent cells with % repeated in the unit column; 元/件 standards
  in a 万元 project (5000 × 500 + 2000 × 300 = 310万 ≤ 320万).
* sq03: 重复侵权案件下降率 大于等于 10% and 非正常专利申请比例 小于等于 2%; a 合计 100 row
  under the weights; 审核准确率 等于 100%; fill and signature dates in 2025.
* sq05: tier points and indicator points both add to 100; 获贷率 提高≥5百分点; 贴息上限
  2.5万元 × 80家 = 200万 equal to the budget; =100% on an 准确率.
* sq08: shares 93.02% + 6.98% and 40% + 60%; tasks add to 项目支出 516, and a 说明 row
  explains that the 金额合计 leaves out 基本支出; signature dated 2025-12-08.
* sq10: 重复侵权案件下降率 ≥10%; 援助服务有效投诉 =0起 (text starting with =); instruction,
  注, 填表说明, signature and stamp rows that are not indicators.
* sq12: 小计 rows (40, 20, 30, 10) and a 合计 100 row that are not indicators; a 下降率 with ≥;
  the header and column-number rows repeated after the page break.
* sq13: annual counts below period counts; 合格率, 满意度, 单个基地补助 60万元/个 and 户均年增收
  equal in both columns (not cumulative); 4 × 60 ≤ 480 and 2 × 60 ≤ 260.
* sq14: 上级补助资金 100 + 本级配套资金 50 = 150; ★ on tier-3 names; 评价标准 text with numbers.
* sq16: 受益企业满意度 ≥90 in the first project and ≥85 in the second (different projects, not
  a conflicting duplicate); 监管覆盖率 =100 with % in the unit column.

Judgements where a reviewer could hesitate:

* sq04: the copied 中期 count (D202) is one row only; 运营中心持续运营年限 ≥5年 in both columns
  is a duration, not a cumulative count, and is not marked.
* sq07: ≤ on a 正向 output count caps the output, marked as a direction conflict (T108), not a
  value error; =1500元/件 on a cost standard is marked T108 as in the main corpus (d01).
* sq09: the unit conflict is an impossibility (error); the direction conflict only a warning.
* sq11: 社会成本指标 and 生态效益指标 are template rows (F109 warnings), not missing indicators;
  the full-width space counts as an empty name (F110 at the name cell).
* sq15: B107 is marked on the standard's row, where the product is named; the 测算明细 total
  equals the budget, so the lines (116) are what is wrong, but B102 is marked at the 合计 cell
  because that is where the sum is compared.
* sq17: T115 is an error (a cost target of 0 cannot be met); W103 at the 成本 tier score.
* sq18: 满意度 = 95% is a warning (T107, ≥ was almost certainly meant), marked on the row since
  the operator sits in its own column.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout293 import brands, patents, protection
from tests.variants.holdout293.registry import HOLDOUT293
from tests.variants.kit import Variant

MODULES = (patents, protection, brands)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT293, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 293rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
