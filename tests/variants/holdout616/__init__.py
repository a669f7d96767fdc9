"""The 616th held-out set: camel and mare milk (驼奶, 马奶) dairies on the grassland, with a flax
(亚麻) and castor (蓖麻) oil-seed cooperative. 18 invented returns, 9 correct and 9 with planted
mistakes, most of them found only by comparing one part of a return with another. Budget year
2025 throughout; places (塔拉沁旗, 锡仁郭勒旗, 呼和陶勒苏木, 沙榆县), units, people and figures
are invented.

Layouts: project heads (one-year, two- and three-year with 中期 and 年度 columns), department
heads with budget rows and 年度主要任务, flat lists (权重 · 计量单位 · 指标性质 · 指标值, one with a
序号 column), two projects stacked in one sheet (fb06, fb11), a table on a second sheet (fb09),
budget-system exports with codes in the first columns and the header repeated after a page
break (fb17, fb18); tier labels numbered (一、 / （一） / 1.), with points, marks (*, ★) or
abbreviated; headers 指标内容 / 绩效标准, 预期目标, 考核指标 / 目标值（年度） / 评价标准,
实施期指标值; note rows inside the table, footnotes, 填表说明, signature and date lines.

Planted mistakes (return: code, highest accepted severity, place):

* fb02: Y102 error (alt Y101, Y104) at 计划完成日期 2024-12-31 of a 2025 project; D104 warning
  (row) at the 生鲜驼奶收购量 ≥360吨 where the 年度目标 says 300吨.
* fb04: D204 warning at the 年度目标 copied from the 中期目标; D201 error at the annual
  示范户 ≥100户 above the period's ≥80户; T106 error at 检测合格率 ≥102%.
* fb06: B101 error (row) at the second stacked project's 年度资金总额 85 ≠ 60 + 20; D101
  warning (row, alt D103) at 驼奶样品检测批次数, a repeat of 驼奶样品检测批次 under 数量.
* fb08: F201 warning (row) at 鲜马奶冷藏合格率 under 时效; B107 warning (row) at 挤奶棚补助
  ≤8万元/座 × 30座 = 240 over the 150万元; T108 warning (row) at 鲜马奶运输损耗率 ≥3%.
* fb10: B101 error (row) at 资金总额 300 ≠ 基本支出 180 + 项目支出 110; B102 error at 金额合计
  110 ≠ 50 + 35 + 30.
* fb12: T105 error (row) at 马奶交售合同履约率 40户; D102 error (row, alt D103, D101) at
  鲜马奶日均收购量 8吨 against 鲜马奶日收购量 5吨; W101 error at book level (weights 95).
* fb14: Y103 warning (alt Y101) at the 年度目标 naming 2024年; Y102 error (alt Y103) at
  良种推广完成时间 2026年3月31日前 in a one-year 2025 project.
* fb16: D104 warning (row) at 蓖麻种植面积 ≥600亩 where the goal says 800亩; D102 error (row,
  alt D103, D101) at 蓖麻籽订单收购数量 ≥1200吨 under 经济效益 against ≥900吨 under 数量; F201
  warning (row) at 种植户满意度 under 社会效益.
* fb18: B105 error at 其他资金 150,000.00元 in a 万元 block (B101 at book level tolerated);
  T115 error at 每吨脱壳加工成本 ≤0万元/吨.

Cross-table marks (goal against indicators, years and dates, 中期 against 年度, duplicates,
wrong tier-2, cost × count against money, parts against totals): fb02 ×2, fb04 D204 and D201,
fb06 ×2, fb08 F201 and B107, fb10 ×2, fb12 D102, fb14 ×2, fb16 ×3: 16 of 22.

Legitimate look-alikes in the correct returns: fb01 a 运输损耗下降率 ≥15% (a 下降率 is raised),
收购环节质量安全事故 0起, 40万元/个 × 3 within 160; fb03 tier-1 points in the labels and
indicator scores both adding to 100, ≥6 / ≥2 百分点, =100% on a 检验合格率, period counts above
annual ones, equal unit costs and rates in both columns, a 2025 deadline in both columns;
fb05 tasks adding to 金额合计 160 = 项目支出, a footnote explaining that the 基本支出 is not in the
tasks, a note row inside the table; fb07 typed percent cells (0.98 shown 98%) with % in the
unit column, weights adding to 100 with a 合计 row, ≤ on 损耗率; fb09 a goal naming 2027 as the
year the work prepares for, a goal's 40 示范户 being part of the ≥60户（含示范户40户）; fb11 the
same 鲜马奶收购量 with 120 and 60吨 in two stacked projects, =100% on 验收合格率, date cells
for the plan dates; fb13 a goal's 3200吨 given with its parts (2000 + 1200) and both the total
and the part as indicators, detail lines adding to 200; fb15 9000 / 3000亩 in 实施期 / 年度,
the same 亩产 and unit cost in both, typed 90% satisfaction in both, 2028 named as what the
work prepares for, a 2027 deadline in the period column; fb17 a header row repeated after a
page break, 45万元/座 × 2 within 140.

Judgements: two names for one measure with different targets (fb12, fb16) are marked D102
at error (an indicator cannot have two targets), D103 and D101 accepted. A goal naming the
year after the period as what the work prepares for (fb09, fb15) is not a year conflict; the
goal of fb14 stating the work was done in 2024 is. In fb04 the 年度 cost standard × 100户 exceeds
the annual money only through the D201 mistake, so a finding there is tolerated (≤warning).
In fb02 the completion date before the start date is one mistake; Y102, Y101 and Y104 are all
accepted. fb06's detail lines add to the wrong 85: the total, not the lines, is marked.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout616 import camel, mare, oilseed
from tests.variants.holdout616.registry import HOLDOUT616
from tests.variants.kit import Variant

MODULES = (camel, mare, oilseed)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT616, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 616th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
