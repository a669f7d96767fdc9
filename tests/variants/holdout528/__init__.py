"""The 528th held-out set: 18 invented returns on broad bean and mulberry (蚕豆、桑葚)
smallholder processing and e-commerce, with a careful reviewer's marks.

Everything is invented: 枫渡县 (石砚镇, 榆塘乡, 沙湾口镇, 苇川镇), 鹤坪县 (蒲垭乡, 桑林坳), 苇川县,
their bureaus, cooperatives, people, phone numbers and figures. Budget year 2025.

Modules: ``beans`` (br01–br06, 蚕豆 processing projects), ``mulberry`` (br07–br12, 桑葚
projects), ``shops`` (br13–br18, 蚕豆/桑葚 e-commerce, department returns and a budget-system
export; br18 is a 桑葚 project). ``common`` holds the shared helpers.

Layouts
-------
* br01 project, OLD-NAT, operator column (指标性质) and unit column, typed percent cells, 万元
  only in the number format.
* br02 the same layout, one 合格率 typed as 102 %, one money cell formatted in 元.
* br03 two projects stacked in one sheet (the second without a title), headers 指标内容 / 绩效标准.
* br04 two projects stacked, one value column.
* br05 project, NAT-2021, header 预期目标, a template tier-2 row left empty, a nameless row.
* br06 project, OLD-NAT, headers 考核指标 / 目标值（年度） / 评价标准, a 注 row between the 产出
  and 效益 blocks, 说明 and 填表说明 lines, signature line and a fill date in 2024.
* br07 three-year project (2025—2027), two-row header 指标值 → 中期 / 年度, unit column.
* br08 two-year project, 中期指标值 and 年度指标值 columns.
* br09 project, NAT-2021, tier-1 score column and indicator score column, 百分点.
* br10 project, NAT-2021, numbered labels (一、 / （一）), tier-1 and indicator score columns.
* br11 project, OLD-NAT, operators in words (大于等于 / 小于等于 / 等于) in a 比较方式 column, bare
  numbers, unit column, plan dates 2025-03-01 … 2025-11-30.
* br12 transfer-payment project (衔接推进乡村振兴补助资金), OLD-NAT, labels ``*产出指标（50分）``,
  ``★数量``, ``质量``, ``成本``, ``社会效益``.
* br13 department, flat list 指标名称 · 权重 · 计量单位 · 指标性质 (operator) · 指标值, the header
  repeated after a page break, weights 100.
* br14 department, flat list 指标名称 · 指标值 · 指标性质 (direction) · 计量单位 · 权重.
* br15 department, NAT-2021, header 绩效目标值, budget with a 占比 row, key tasks with 金额合计.
* br16 department, NAT-2021, budget and key tasks.
* br17 budget-system export: the head on sheet 部门项目支出预算05-1, the indicator table on sheet
  部门项目支出绩效目标05-2 with title, unit line and header on row 3, 单位编码 and 项目编码 in the
  first columns, tiers repeated in every row, header 预期实现值, a date cell as a deadline.
* br18 project, OLD-NAT, one value column, a 资金明细 block under the table, a 注 and signature.

Planted mistakes (22 required marks on 9 returns)
-------------------------------------------------
* br02: B105 Sheet1!C6 ≤error (其他资金 shows 200,000.00元 in a 万元 block); T106 Sheet1!E11
  ≤error (油炸蚕豆产品抽检合格率 ≥102 %, typed percent); B101 file ≤error tolerated only.
* br04: B101 Sheet1!C20 ≤error (second project 95 ≠ 70 + 20); T108 Sheet1!D26 ≤warning, row
  (冷藏鲜荚破碎率 ≥3 %); T105 Sheet1!D27 ≤error (冷库容量利用率 2座).
* br05: F109 Sheet1!B12 ≤warning, row (时效指标 left with no indicator and no value); F110
  Sheet1!C15 ≤error (≥4家 under 社会效益指标 without a name).
* br08: D204 Sheet1!D9 ≤warning (年度目标 = 中期目标 in a two-year project); D202 Sheet1!E12 and
  Sheet1!E13 ≤warning (新增签约收购桑园面积 ≥1200亩 and 电商直播培训人次 ≥600人次 copied).
* br10: W103 Sheet1!B9 ≤error (产出 40 declared, indicators 45); W103 Sheet1!B15 ≤error (效益
  30 declared, indicators 25); F105 Sheet1!C14 ≤error (（二）质量指标 under 二、成本指标).
* br11: T108 Sheet1!D10 ≤warning, row (新增电商网店 小于等于 12家); T108 Sheet1!D11 ≤warning,
  row (鲜果农残超标率 大于等于 2 %); T108 Sheet1!D13 ≤warning, row (每公斤冷链运输成本 等于 1.2).
* br14: T112 Sheet1!B8 ≤error (直播带货订单量 ≥12万元 against unit column 单); W101 file ≤error
  (weights add to 95).
* br16: B101 Sheet1!B4 ≤error, row (资金总额 300 ≠ 基本支出 110 + 项目支出 180; 财政拨款 240 +
  其他资金 60 does hold); B102 Sheet1!D9 ≤error (tasks 60 + 50 + 60 = 170 ≠ 金额合计 180).
* br18: X105 Sheet1!E5 ≤warning alt X103 (财政拨款 "106.4 5", read 106.45, then 106.45 + 20 =
  126.45); X106 Sheet1!C18 ≤error alt B108 (明细 "48万48万", read 48, then the lines add up);
  B102 file ≤error tolerated only.

Legitimate look-alikes in the correct returns
---------------------------------------------
* br01 原料霉变率 ≤ 1.5 % (反向 with ≤), typed percent cells with % also in the unit column,
  鲜荚收购补贴 500元/吨 × 600吨 = 30万元 within 80万元.
* br03 蚕豆种植户培训人次 ≥400人次 and ≥900人次 in the two stacked projects (not a duplicate);
  人均培训成本 240元 × 900 = 21.6万元 within 24万元; the second project has no 其他资金 (0).
* br06 冷链设施验收合格率 ``=100%`` (text, the ceiling); 食品安全事故发生次数 ``0起`` (an incident
  count, not a zero output); a 说明 line explaining the total (45 = 38 + 7); fill date 2024.
* br07 rates, a time limit and the unit cost equal in both columns; cumulative counts annual <
  period; 800元/亩 × 1500亩 = 120 ≤ 150 and × 500亩 = 40 ≤ 50.
* br09 100 points both ways (tier scores 40 + 20 + 30 + 10, indicator scores ten × 10);
  线上销售占比 ``提高≥5百分点``.
* br12 points in the labels (50 + 40 + 10), ★ core tier-2s, abbreviated tier-2s; 联农带农机制
  建立率 ``=100%``.
* br13 网销农产品投诉率 ≤ 1 % (反向 with ≤); 4元/件 × 15万件 = 60万元 = the task's money.
* br15 shares 80/20 and 35/65 % matching their amounts; 31万元/家 × 4 = 124万元 = the task;
  农产品物流成本下降率 ≥8 % (a 下降率 with ≥ is 正向); 直播间验收合格率 =100 %.
* br17 a deadline as a date cell with ≤; a 增长率 typed 15 %.
* Wrong returns carry look-alikes too: br11 鲜果运输损耗下降率 大于等于 10, br14 桑葚损耗下降率
  ≥8 正向, br08 equal rates and cost caps in both columns.

Judgements
----------
* Tier points in br09/br12 are given at the tier level; they are not added to indicator points.
* br10: the misplaced 质量指标 row sits in 成本指标, whose points (20) do hold, so the two W103
  marks do not depend on where that row is read.
* br16: the B101 is a row mark (the finding may land at 资金总额, 基本支出 or 项目支出); 项目支出
  180 = 金额合计 180, while the tasks add to 170, so the two findings are independent.
* br02 and br18 tolerate the sum findings that the B105 / X106 cells may cause (file level).
* Percent cells without an operator (br07, br09, br18) and ``0起`` may draw info findings
  (T103/T111), which are not counted; a reviewer marks nothing there.
* br04: the 破碎率 is a 反向 rate; ≥3 % is a direction conflict (warning), not an impossibility.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout528 import beans, mulberry, shops
from tests.variants.holdout528.registry import HOLDOUT528
from tests.variants.kit import Variant

MODULES = (beans, mulberry, shops)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT528, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 528th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
