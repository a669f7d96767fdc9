"""The 290th held-out set: 18 invented returns on marine fisheries (海洋渔业), with a careful
reviewer's marks, to measure ``goalbook check`` out of sample.

Theme, in two halves: 渔业资源与渔船 (增殖放流, 海洋牧场, 渔船更新改造: sn01–sn09, sn12) and
渔港与安全生产 (渔港维护, 渔船安全设备, 船员培训, 隐患排查: sn10, sn11, sn13–sn18). Nine
returns are correct, nine carry two or three planted mistakes (23 required marks). Every place,
unit, person, phone number and figure is invented. Budget year 2025 throughout; sn02 runs
2025—2027 and sn12 2025—2026; fill and signature dates fall in late 2024.

Modules: ``resources`` (sn01–sn06, 增殖放流 and 海洋牧场), ``vessels`` (sn07–sn12, 渔船更新改造
and 渔船安全), ``harbours`` (sn13–sn18, 渔港维护 and 渔业安全生产); ``common`` holds the helpers.

Layouts
-------
* sn01 project, NAT-2021, numbered labels (一、产出指标 / （一）数量指标), operator column headed
  指标方向, unit column, typed percents, 万元 only in the number format.
* sn02 three-year project, NAT-2021, 中期指标值 · 年度指标值 · 分值, points in the tier-1 labels.
* sn03 project, OLD-NAT, 指标性质 = direction and 指标方向 = operator, bare values, unit column.
* sn04 / sn05 two projects stacked in one sheet, each with its own title, head and table.
* sn06 department, flat list 指标名称 · 权重 · 计量单位 · 指标性质 (operator) · 指标值.
* sn07 / sn08 department heads with budget, key tasks and 金额合计.
* sn09 budget-system export: 部门项目支出预算05-1 (codes first) and 部门项目支出绩效目标05-2
  (header on row 3, 绩效目标值 · 度量单位, codes and tiers repeated in every row).
* sn10 labels with * and ★, abbreviated tier-2s; sn11 header 预期目标 with template rows;
  sn12 two-year 中期 / 年度; sn13 department with subtotal rows, a page break and a repeated
  header; sn14 填表说明 row inside the table, footnotes, stamp line; sn15 transfer payment
  (中央补助 + 地方资金) with abbreviated labels and a 备注 column; sn16 flat list in another
  order (指标名称 · 指标值 · 指标性质 = direction · 计量单位 · 权重); sn17 two-row header
  (绩效指标 over 一级指标 · 二级指标 · 指标内容; 预期实现值, 计量单位, 评价标准 merged down);
  sn18 project with a 项目支出明细 block below the table.

Planted mistakes (code, highest accepted severity, place)
---------------------------------------------------------
* sn03-fangliu-direction: T108 ≤warning, row of 放流苗种规格不合格率 (反向 with ≥); T108
  ≤warning, row of 海蜇苗种采购单价 (= on a cost cap); T106 ≤error at the value of 苗种暂养成活率
  (typed 105%).
* sn05-stacked-wrong: B107 ≤warning, row of 大黄鱼苗种采购单价 (0.5元/尾 × 200万尾 = 100万元 >
  90万元); B101 ≤error, row of the second project's 年度资金总额 (110 + 20 ≠ 120); T105 ≤error at
  the value of 破损礁体修复完成率 (35座). Tolerated: a near-duplicate warning at that name.
* sn08-renewal-money-wrong: B101 ≤error, budget row (基本 300 + 项目 640 ≠ 资金总额 980 = 860 +
  120); B102 ≤error at 金额合计 (320 + 210 + 90 = 620 ≠ 640).
* sn10-safety-wrong-parent: F105 ≤error (alt F104) at the tier-2 质量 under *成本指标; T113
  ≤warning at 北斗终端安装完成时间 (typed 100%).
* sn11-training-template: F109 ≤warning, row of the empty tier-2 社会成本指标; F110 ≤error at
  the empty name cell of the row valued ≥20%.
* sn12-renewal-two-year: D202 ≤warning at the 年度 cells of 拆解老旧木质渔船数量 (≥60艘) and
  安装船载节能设备套数 (≥80套), both copied from 中期; D201 ≤error at the 年度 cell of
  新建玻璃钢渔船数量 (≥30艘 against ≥24艘).
* sn14-inspection-notes: Y102 ≤error at 隐患整改销号时间 (2026年3月31日前 in a 2025 project);
  T107 ≤warning at 渔船船东满意度 (=95%).
* sn16-safety-flat-wrong: T112 ≤error (alt T105) at 渔船安全检查覆盖率 ≥320艘 against unit %;
  T108 ≤warning, row of 渔业船舶水上安全事故发生率 (反向 with ≥); W101 ≤error, book level
  (weights add to 95). Tolerated: a near-duplicate warning at 渔船安全检查覆盖率.
* sn18-lifesaving-artefacts: X104 ≤warning at 计划完成日期 (text "46022"); X105 ≤warning (alt
  X103) at the detail amount "38.257 5"; T115 ≤error at 救生衣购置单价 ≤0万元/件.

Legitimate look-alikes in the correct returns
---------------------------------------------
* ``=`` with a typed 100% on 苗种检验检疫合格率 (sn01), text ``=100%`` (sn04), bare typed 100%
  (sn13, sn15) and 100% (sn07): the ceiling, not above it.
* 反向 rates and counts with ≤ (sn01 死亡率, sn03's correct 渔民投诉率); 下降率 with ≥ (sn04,
  sn06, sn07, sn09); 0起 on incident counts (sn07 油污泄漏事件, sn13, sn17 numeric 0 with 起).
* sn02: points both on the tier-1 labels (50/10/30/10) and per indicator, each level adding to
  100; 提高≥8百分点 / 提高≥3百分点 on a coverage rate; unit cost, rates and a grade equal in both
  columns while every cumulative count is smaller in 年度.
* Unit cost × count within the money everywhere, equal to it in sn07 (9 × 40 = 360, 30 × 16 =
  480) and sn08's lines; a footnote spelling the total out (sn07).
* The same satisfaction name with different values in stacked projects (sn04: ≥90% / ≥85%).
* Rows that are not indicators: 说明 row inside the table and footnotes (sn07), subtotal rows,
  （续表）, repeated header and 合计 (sn13), flat-list 合计 row (sn06), a 合计 row under two-level
  points (sn02), stamp and signature lines; 评价标准 texts with numbers (sn17).
* sn09: bare numbers with % in 度量单位, 定性 in the operator column for a grade.

Judgements where a reviewer could hesitate
------------------------------------------
* sn05's B107 is a warning: the standard is a cap, so the product above the money is doubtful,
  not impossible. Its B101 is a row mark because the finding may land at the total or at
  财政拨款 in that row. sn08's B101 is likewise a row mark on the budget row.
* sn03's cost with ``=`` is a direction problem (T108), not an impossibility; 成活率 105% is.
* sn10's deadline given as 100% is a warning (T113); the misplaced 质量 is a structure that
  cannot be (F105 error, F104 accepted).
* sn14's 2026 deadline in a one-year 2025 project contradicts the project period: error (Y102).
* sn16's 覆盖率 ≥320艘 conflicts with the unit column (T112) and is a rate given as a count
  (T105 accepted); weights of 95 are neither 100 nor 90, so W101 is required.
* sn18: read as 38.2575 the detail lines add up to 96, so no B102 is asked for; the serial 46022
  is 2025-12-31 and in the year once read.
* sn12's 年度目标 and 中期目标 carry no numbers, so no D104 is asked for; rates, unit costs and
  grades may be equal across columns.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout290 import harbours, resources, vessels
from tests.variants.holdout290.registry import HOLDOUT290
from tests.variants.kit import Variant

MODULES = (resources, vessels, harbours)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT290, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 290th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
