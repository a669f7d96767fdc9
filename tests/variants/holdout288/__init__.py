"""The 288th held-out set: 18 invented returns on marriage registration and funeral
services (婚姻登记, 婚俗改革, 殡葬改革, 公益性公墓, 惠民殡葬补贴), with a careful reviewer's
marks, to measure ``goalbook check`` out of sample. Everything is invented: places (泓屿县,
柘川市, 芮坪县, 鹭峤县, 栖垣市, 萩港区, 桐汀区), units, people, telephone numbers and
figures. Budget year 2025 throughout; money in 万元, carried by the number format
(``0.00"万元"``).

Modules: ``marriage`` (sl01–sl06, 婚姻登记 and 婚俗改革), ``funeral`` (sl07–sl12, 公墓, 骨灰堂,
殡仪馆, 殡葬管理), ``budgets`` (sl13–sl18, 惠民殡葬补贴 with budget details, two department
returns, two projects scored at two levels); ``common`` holds the shared helpers.

Layouts
-------
* sl01 project, NAT-2021, header 绩效目标值, operator column 指标性质 (≥ ≤), unit column, typed
  percent cells (``pct``), a date cell, footnote and signature (correct).
* sl02 project, OLD-NAT, operators in words (大于等于 / 小于等于 / 定性) in a 指标方向 column,
  percent cells, unit column.
* sl03 two projects stacked in one sheet (the second head without a title), OLD-NAT, one value
  column (correct).  sl04 the same layout with defects.
* sl05 project, NAT-2021, two-row header (绩效指标 / 目标及评价 over 考核指标 · 目标值（年度） ·
  评价标准), labels 一、产出指标（40分） and （一）数量指标 (correct).
* sl06 project, NAT-2021, header 预期目标, template rows left empty.
* sl07 three-year project (2025–2027), sl08 two-year project (2025–2026), NAT-2021, 中期 and 年度
  value columns and 中期目标 / 年度目标 texts.
* sl09 department, flat list 指标名称 · 权重 · 计量单位 · 指标性质 (operator) · 指标值, percent
  cells, a 合计 row (correct).  sl10 flat list in another order: 指标名称 · 指标值 · 指标性质
  (direction 正向/反向) · 计量单位 · 权重.
* sl11 project, OLD-NAT, a 注 row inside the table, the header repeated after a page break
  (blank line), 说明 and 填表说明 lines, signature and stamp lines (correct).
* sl12 budget-system export: the head on sheet 部门项目支出预算05-1, the indicators on
  部门项目支出绩效目标05-2 with a title and a unit line above the header (third row), 项目编码
  and 项目名称 in the first columns, tiers repeated in every row.
* sl13 project, NAT-2021, 比较符 and unit columns, percent cells, a 资金测算明细 block under the
  table (correct).  sl14 the same kind with one value column and defects.
* sl15 department (殡仪馆), NAT-2021, tier-1 labels marked ``*`` and abbreviated tier-2 labels
  (数量, 经济成本, 服务对象满意度), tasks with 金额合计, signature line (correct).
  sl16 department (婚姻登记管理中心), numbered labels, with defects.
* sl17 project, NAT-2021, a tier-1 score column (merged down) and an indicator score column, a
  合计 row (correct).  sl18 the same layout with defects.

Planted mistakes (23 required marks; code, highest accepted severity, place)
----------------------------------------------------------------------------
* sl02-custom-reform-operators: T106 ≤error at Sheet1!E12 (移风易俗承诺书签订率 typed 105 %);
  T108 ≤warning, row mark, Sheet1!D15 (高价彩礼投诉率 with 大于等于 2 %).
* sl04-stacked-money-rate: T105 ≤error at Sheet1!D10 (档案数字化完成率 ``12000件``); B101 ≤error at
  Sheet1!C21 (second project 年度资金总额 65 ≠ 财政拨款 50 + 其他资金 10).
* sl06-template-rows-empty-name: F110 ≤error at Sheet1!C10 (value ``≥4场`` with an empty name);
  F109 ≤warning, row marks, Sheet1!B14 (社会成本指标) and Sheet1!B16 (生态效益指标), both
  without indicator or value.
* sl08-columbarium-copied: D204 ≤warning at Sheet1!D9 (年度目标 identical to 中期目标); D202
  ≤warning at Sheet1!E11 (新建乡镇骨灰堂 ``≥6个`` copied into the 年度 column); D201 ≤error at
  Sheet1!E12 (annual 格位 ``≥8000个`` above the period ``≥6000个``; D104 accepted, since the
  copied 年度目标 text says 6000).
* sl10-flat-unit-direction-weights: T112 ≤error, row mark, Sheet1!B14 (``≤12万元`` with unit
  column 台); T108 ≤warning, row mark, Sheet1!B16 (投诉率 declared 反向 but ``≥1%``); W101 ≤error
  on the whole return (weights 15+15+10+15+10+15+15 = 95).
* sl12-export-artefacts: X104 ≤warning at 部门项目支出预算05-1!F4 (计划完成日期 the text
  ``46022``, the serial of 2025-12-31); X103 ≤warning at 部门项目支出预算05-1!E5 (财政拨款 the text
  ``1,050.00``; B108 accepted).
* sl14-subsidy-money: B107 ≤warning, row mark, Sheet1!D12 (补贴标准 ≤1800 元/人 × ≥3000 人 = 540
  万元 > 500 万元); B102 ≤error at Sheet1!D22 (detail lines 450 + 30 + 15 = 495 ≠ 合计 500; B101
  accepted).
* sl16-registry-department: B102 ≤error at Sheet1!D9 (tasks 60 + 35 + 45 = 140 ≠ 金额合计 150;
  B101 accepted); F202 ≤warning, row mark, Sheet1!C16 (部门预算执行率 listed under 质量指标);
  F105 ≤error at Sheet1!B18 (（二）时效指标 under 二、成本指标).
* sl18-points-zero-cost: W103 ≤error at Sheet1!B9 (产出指标 40 but 15+10+10+10 = 45) and at
  Sheet1!B15 (效益指标 30 but 10+10+5 = 25); T115 ≤error at Sheet1!E14 (生态墓地单穴建设成本
  ``≤0万元/个``).

Legitimate look-alikes in the correct returns
---------------------------------------------
* ≤ on 反向 rates and times: 登记信息差错率 ≤0.2 % as a ``0.0%`` cell (sl01), 殡葬服务投诉率 ≤1 %
  (sl09), 骨灰寄存手续办结时限 ≤1个工作日 (sl11), 遗体接运响应时间 ≤1小时 (sl15).
* A 下降率 with ≥: 困难家庭丧葬费用支出下降率 ≥ 10 % (sl13).
* Zero incident targets: 新增违规土葬乱埋乱葬事件 ≤ 0 起 (sl09), 骨灰存放安全事故 ``0起`` (sl11).
* ``=100%`` (text) or ``=`` with a 100 % cell at the ceiling: 验收合格率, 年检合格率,
  补贴发放准确率, 政策落实率 (sl03, sl07, sl09, sl13, sl15, sl17).
* The same indicator name 服务对象满意度 with ≥90 % and ≥95 % in the two stacked projects (sl03).
* Unit cost × count within the money: 1800 元/㎡ × 300 ㎡ = 54 ≤ 86.5 (sl01); 6 万 × 6 = 36 ≤ 45 and
  300 元 × 600 = 18 ≤ 28 (sl03); 1500 元 × 24 = 3.6 (sl05); 3000 元 × 4500 = 1350 ≤ 1800 and
  × 1500 = 450 ≤ 600 (sl07); 1000 元 × 600 = 60 ≤ 80 (sl09); 150 元 × 3200 = 48 ≤ 60 (sl11);
  1200 × 2600 = 312 and 1000 × 400 = 40, with 28 of other lines = 380 (sl13); 450 × 2200 = 99 ≤ 120
  (sl15); 1.2 × 30 + 2 × 8 = 52 ≤ 60 (sl17).
* Multi-year (sl07): annual counts below period counts, rates, unit cost and years equal in both
  columns; the annual date 2025年12月31日前 and the period date 2027年10月31日前 lie in the period.
* Points at two levels (sl05 in the labels, sl17 in two columns): 100 both ways;
  婚事新办率较上年提高 ≥3百分点 is a percentage change, not a count (sl17).
* Rows that are not indicators: 注 / 说明 / 填表说明 lines, the repeated header, 合计 rows of
  weights and points, signature, stamp and fill-date lines (fill dates in November 2024, before the
  budget year) (sl01, sl09, sl11, sl15, sl17).
* 评价标准 texts with numbers (每少100件扣1分) in a scoring column (sl05).

Judgements where a reviewer could hesitate
------------------------------------------
* sl02: a typed 105 % on a 签订率 is an impossibility (error); the ≥ on 投诉率 is doubtful
  (warning).
* sl08: the copied 年度目标 (D204) and the copied count (D202) are warnings; 8000 above 6000 is an
  impossibility for a cumulative count (error). The 单个格位建设成本 (600 元) keeps 8000 × 600 = 480
  within the annual 500, so no B107 is asked for.
* sl10: the unit conflict (万元 against 台) is an error; the weights summing to 95 is an error on
  the whole return.
* sl12: both artefacts are readable (the serial as 2025-12-31, the text as 1050, and 1050 + 200 =
  1250 holds), so warnings only.
* sl14: the cost cap × count above the project money is doubtful (a warning: ≥3000 and ≤1800 are
  bounds), while the detail lines not adding up to their 合计 are arithmetic (error).
* sl16: 金额合计 150 also differs from 项目支出 140; one B102 at the 合计 cell names it (B101
  accepted). 部门预算执行率 under 质量指标 is F202 (a warning), not a tier error.
* sl18: the two tier mismatches compensate, so both totals are 100 and W101 is not asked for.
* sl09 / sl10: flat lists have no tiers, so no tier findings are expected.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout288 import budgets, funeral, marriage
from tests.variants.holdout288.registry import HOLDOUT288
from tests.variants.kit import Variant

MODULES = (marriage, funeral, budgets)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT288, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 288th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
