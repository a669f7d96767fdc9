"""The 278th held-out set: 18 invented returns on lottery public-welfare funds, with a careful
reviewer's marks, to measure ``goalbook check`` out of sample.

Theme: 福彩公益金 (资助养老服务: 老年助餐, 敬老院护理型床位, 居家养老, 互助幸福院, 养老服务中心;
残疾儿童康复, 辅助器具) and 体彩公益金 (残疾人体育, 全民健身路径器材, 农民体育健身工程, 场馆免费
低收费开放, 多功能运动场, 健身步道). Every place, unit, person, phone number and figure is invented
(棠川市, 磐口县, 沅汀区, 枫渡县, 石簪区, …). Nine returns are correct, nine carry 2–3 planted
mistakes (22 required marks).

Layouts (``eldercare``: sb01–sb06, ``disability``: sb07–sb12, ``fitness``: sb13–sb18):

* sb01 project, NAT-2021, labels numbered with points (一、产出指标（50分）, （一）数量指标),
  operator column headed 指标性质, unit column, typed percent cells (correct);
* sb02 project, OLD-NAT, operators inside one value column;
* sb03 two projects stacked in one sheet, 注 and 说明 rows, signature line (correct);
* sb04 two projects stacked, one value column;
* sb05 three-year project, NAT-2021, 中期 and 年度 value columns;
* sb06 department, NAT-2021, tier points in the labels and an indicator 分值 column (correct);
* sb07 department, flat list 指标名称 · 权重 · 计量单位 · 指标性质 (operator) · 指标值 (correct);
* sb08 department, flat list 指标名称 · 指标值 · 指标性质 (direction) · 计量单位 · 权重;
* sb09 project head on a first sheet, the table on sheet 绩效指标 under 考核指标 / 预期实现值
  (correct);
* sb10 project, OLD-NAT, headers 指标内容 and 绩效标准;
* sb11 project, NAT-2021, a tier-1 score column beside the indicator score column;
* sb12 budget-system export, sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, header on
  the third row, codes in the first columns, nothing merged (correct);
* sb13 project, NAT-2021, operators in words (大于等于, 小于等于, 等于) in a 指标方向 column,
  typed percent cells, a date cell as a deadline (correct);
* sb14 project, OLD-NAT, 比较符 and unit columns, typed percent cells;
* sb15 two-year project, NAT-2021, a two-row header (指标值 over 中期 / 年度) (correct);
* sb16 two projects stacked, OLD-NAT, one value column;
* sb17 department, NAT-2021, weight column, the header repeated after a page break, 小计 rows
  and a 合计 row, 说明 and 填表说明 lines (correct);
* sb18 project (budget year 2026), NAT-2021, labels with ``*``, ``★`` and abbreviations (数量,
  经济成本, 效益, 满意度).

Planted mistakes (return, code, highest accepted severity, place):

* sb02: B101 ≤error at Sheet1!C5 (年度资金总额 480 ≠ 400 + 60); T108 ≤warning row Sheet1!D13
  (护理型床位改造补助标准 ``=2万元/张``: a cost cap with =; T107 accepted); T108 ≤warning row
  Sheet1!D15 (入住老人意外伤害发生率 ``≥1%``).
* sb04: Y102 ≤error at Sheet1!D11 (a 2026-03-31 date cell as deadline of a one-year 2025
  project; Y103 accepted); T105 ≤error at Sheet1!D25 (培训考核合格率 ``360人``); X104 ≤warning
  at Sheet1!D26 (集中培训开班日期 typed as the text ``45809``).
* sb05: D204 ≤warning at Sheet1!D9 (年度目标 = 中期目标 word for word); D201 ≤error at
  Sheet1!E11 (建成中心 年度 ``≥14个`` above 中期 ``≥12个``).
* sb08: W101 ≤error, book level (weights add to 95); T112 ≤error at Sheet1!B13 (``≥12场``
  with 人次 in the unit column); T108 ≤warning row Sheet1!B14 (反向 rate written ``≥1%``).
* sb10: F110 ≤error at the empty name cell Sheet1!C10 (a value ``≥1200件`` without a name);
  F109 ≤warning row Sheet1!B15 (生态效益指标 left from the template).
* sb11: W103 ≤error at Sheet1!B9 (产出 declared 50, indicators add to 45); F202 ≤warning row
  Sheet1!D13 (预算执行率 listed under 产出/时效); W101 ≤error book level tolerated (the
  indicator scores add to 95 for the same reason).
* sb14: B105 ≤error at Sheet1!C6 (其他资金 shown ``200,000.00元`` in the 万元 block); T106
  ≤error at Sheet1!E11 (a typed ``105%`` on 器材安装验收合格率); B101 ≤error book level
  tolerated (the 元 amount no longer adds up).
* sb16: T106 ≤error at Sheet1!D10 (验收合格率 ``≥100%``); B107 ≤warning row Sheet1!D12 (60万元
  × 8块 = 480 > 400); B101 ≤error at Sheet1!C20 (the second project: 150 ≠ 120 + 20).
* sb18: F105 ≤error at Sheet1!B12 (可持续影响指标 under 产出指标); T108 ≤warning row
  Sheet1!D14 (智能设备故障响应时间 ``≥48小时``).

Legitimate look-alikes in the correct returns:

* zero incident counts ``≤ 0 起`` (sb01 助餐点食品安全事故发生数, sb13 器材安全事故发生数): a
  zero-accident target, not a rounded cost (no T115);
* a 下降率 with 大于等于 (sb13 器材故障报修下降率 ≥ 10%) and a 发生率 with ≤ (sb07);
* ``=100%`` / ``100%`` / typed ``100%`` on pass and coverage rates (sb03, sb06, sb07, sb12,
  sb13, sb17): the ceiling, not above it;
* rates raised in 百分点 (sb06 ``提高≥3百分点``, sb07 unit 百分点, sb15 ``≥2百分点`` /
  ``≥1百分点``, sb17 ``≥1.5百分点``);
* sb06: tier points in the labels (40 + 20 + 30 + 10) and indicator points (also 100), with
  a 注 explaining that they are one score at two levels; sb17: 小计 rows and a 合计 row of
  100 in the weight column, not indicators and not to be added to the indicator weights;
* unit cost × count equal to the money (sb03 200元 × 3000人 = 60万, sb06 2000元 × 2600人 =
  520万, sb07 10万 × 12 = 120万, sb09 1.2万 × 180 = 216万, sb12 12万 × 8 = 96万 and
  9万 × 6 = 54万) or below it (sb01 5元 × 60万人次 = 300万 ≤ 360万, sb13 2.5万 × 120 = 300万
  ≤ 320万, sb17 9.1万 × 90 = 819万 ≤ 820万);
* the same indicator name 服务对象满意度 with ≥90% and ≥85% in the two stacked projects of
  sb03 (each project its own table);
* sb15: rates, hours per week and qualitative grades equal in the 中期 and 年度 columns,
  cumulative counts lower in the year; the cost caps equal each column's money;
* sb07 and sb09: bare numbers with % in the unit column; sb01: typed percent cells with % also
  in the unit column (shown ``98%``, read as 98 %, not 0.98 %);
* fill dates and signature dates in the year before the budget year (all returns).

Judgements where a reviewer could hesitate:

* sb02 ``=2万元/张``: 88号 expects a cap on a unit cost; = fixes it, a doubt, so T108 at warning
  (T107 accepted as the same finding).
* sb04 ``45809`` sits in a 时效 row as text: X104 at warning; it is not also a Y102 (the date
  it stands for, 2025-06-01, is in the year).
* sb05 ``≥14个``: with ``≤40万元/个`` the annual money still covers 14 centres, so only D201 is
  asked for; the 年度目标 copy is a warning (the project may legitimately share wording).
* sb08 ``≥12场`` under 人次: a conflict between the value and the unit column, an error (the
  count cannot be read one way); no rate is involved.
* sb11: 预算执行率 in 产出 is F202 at warning; the tier shortfall is the error (W103); the total
  95 it causes is tolerated as W101 at book level.
* sb14: B105 is required at the 元 cell; the B101 it may trigger is tolerated, not asked for.
* sb16 ``≤60万元/块`` × 8 exceeds 400万: a doubt about money and goal (适当性), so B107 at
  warning, anywhere in that row.
* sb18: 可持续影响指标 exists in NAT-2021 but belongs to 效益指标; F105 (wrong parent) rather
  than F104 (unknown tier-2).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout278 import disability, eldercare, fitness
from tests.variants.holdout278.registry import HOLDOUT278
from tests.variants.kit import Variant

MODULES = (eldercare, disability, fitness)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT278, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 278th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
