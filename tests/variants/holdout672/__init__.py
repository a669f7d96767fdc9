"""The 672nd held-out set: 18 invented returns on coastal scallop (扇贝) and crab (螃蟹) farming
in 澄湾县 (hf01–hf06), a seafood cold chain in 汐港市 (hf07–hf12) and safety training for
fishermen in 鹭屿区 (hf13–hf18). Nine are correct; nine carry 25 required marks, 22 of them
found only by comparing one part of the return with another.

Layouts: project heads with one-year and multi-year money blocks, NAT-2021 and OLD-NAT tiers
merged down, numbered tier labels (hf01), stacked projects (hf04), a department flat list
(hf05), department heads with tasks (hf07), 中期 and 年度 columns (hf03, hf11, hf18), a budget-
system export on a second sheet with codes in the first column and headers 考核指标 /
目标值（年度） (hf09), headers 指标内容 / 指标方向 / 绩效标准 with operators in words and a unit
column (hf13), tier-1 and indicator score columns (hf15, hf16), an instruction row inside the
table and the header repeated after a page break (hf17), detail lines under the table (hf01,
hf06, hf14), signature and date lines (hf12, hf17).

Planted mistakes (return: code, highest severity, place):

* hf02-crab-pond-goal: D104 ≤warning, row of 改造生态蟹塘面积 (goal 800亩, indicator 600亩);
  F201 ≤warning, row of 成蟹规格达标率 (a quality rate under 时效指标); Y102 ≤error alt Y101,
  the 计划完成日期 cell (2027-06-30 in a one-year 2026 project).
* hf03-scallop-multiyear: D104 ≤warning, row of 底播增殖区面积 (中期目标 1500亩, 中期 value
  1200亩); D201 ≤error alt D104, annual cell of 培训渔民 (800 above the period's 600); D202
  ≤warning, annual cell of 增殖区巡护 (36次 copied from the three-year value).
* hf06-crab-money: D103 ≤warning alt D102/D101, row of 投放青蟹苗种数量 (near-duplicate, 18 vs
  20万只); B107 ≤warning, row of 蟹笼采购单价 (150元 × 3000 = 45万 above the 40万 line); B102
  ≤error alt B101, the 合计 cell of the detail lines (lines add to 95, not 100).
* hf08-coldchain-years: Y103 ≤warning alt Y101, the 年度绩效目标 cell (2025年度 left over);
  T105 ≤error, 冷藏车温控监测覆盖率 value (10辆); Y102 ≤error alt Y103, 冷库建成投用时间 value
  (2027年6月30日前 in a one-year project).
* hf10-coldchain-dup: B101 ≤error, 年度资金总额 cell (200 + 40 ≠ 260); D103 ≤warning alt
  D102/D104, row of 新增冷库容量 under 质量 (the 数量 capacity again, 4000 vs 5000吨); F201
  ≤warning, row of 配置冷藏运输车 (a count under 质量指标).
* hf12-coldchain-template: X101 ≤error, value of the template example row (≥**人); F110
  ≤error, the empty name cell under 质量指标.
* hf14-safety-goal: D104 ≤warning, row of 培训渔民 (goal 1200人次, indicator 1000人次); B107
  ≤warning, row of 救生衣采购单价 (300元 × 800 = 24万 above the 20万 line).
* hf16-safety-points-wrong: W103 ≤error, the 产出指标 score cell (50 declared, 45 below);
  D101 ≤warning alt D103/F201, row of the second 海上应急演练 (under 时效指标); T108 ≤warning,
  row of 渔船安全事故发生率 (≥2%); W101 ≤error tolerated at book level.
* hf18-safety-period: D204 ≤warning, the 年度目标 cell (copied from 中期目标); D202 ≤warning,
  annual cell of 培训渔民 (3000人次 copied); Y102 ≤error alt Y103, annual cell of 救生筏检修完成
  时间 (2024年10月31日前, before the 2025–2027 period).

Legitimate look-alikes in the correct returns: a goal count with its parts in brackets (hf01
200台 = 120 + 80); unit cost × count equal to its money (hf01 筏架 60万, hf04 排口 120万, hf07
冷库 180万, hf09 系统升级费用 ≤60万元, hf12/hf17 per-head costs); ≤ on 病害发生率, 超标率,
货损率, 断链率 (反向); a 下降率 with ≥ (hf07 冷库能耗下降率, hf13 事故发生率下降率); 0起 on
incident counts (hf04, hf13, hf17); `=100%` on 合格率; rates raised in 百分点 (hf07, hf11,
hf15); the same 养殖户满意度 with different values in two stacked projects (hf04); period
counts beside smaller annual ones and rates equal in both columns (hf11); a later year the work
prepares for (hf11 为2028年…, tolerated up to a warning); 100 points both ways (hf15); typed
percent cells (hf01, hf05, hf07, hf11, hf13, hf17); fill dates in the year before the budget
year (hf05, hf07 by default, hf12, hf17).

Judgements: a one-year project whose 计划完成日期 falls in the next year is marked as an error
(the form cannot hold); a deadline from last season in a multi-year project likewise. Where a
mistake drags another finding along, the consequence is tolerated, not required: hf16's W101
(indicator points add to 95), hf18's annual 人均培训成本 (the copied 3000人次 pushes the cost
above the annual money) and hf18's 建设安全培训基地 ≥1个 in both columns (a single base built
in the first year). D104 is marked on the indicator row, where a reviewer writes the query.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout672 import coldchain, safety, shellfish
from tests.variants.holdout672.registry import HOLDOUT672
from tests.variants.kit import Variant

MODULES = (shellfish, coldchain, safety)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT672, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 672nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
