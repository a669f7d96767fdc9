"""The 660th held-out set: 榴莲与菠萝蜜引种试种、热带水果冷链 (18 invented returns, 9 correct).

Layouts: project heads (one-year and two- or three-year with 中期 and 年度 money and columns),
department heads with key tasks and 金额合计, tier-1 and tier-2 merged down, an operator column
(symbols or words) with a unit column, numbered tier labels with points, flat lists (operator or
direction in 指标性质), two stacked projects (twice), a budget-system export (head on sheet
05-1, indicators with codes in the first columns on 05-2), a table on a second sheet under a
two-row header repeated after a page break, 注/说明/填表说明 rows, signature and date lines.

Planted mistakes (return: code, highest accepted severity, place):

* gt02-jackfruit-goal: D104 warning (row of 试种面积 ≥40亩; goal says 50亩); Y102 error (定植完成
  时间 2025-05-31 in a 2026 project); B107 warning (row of 嫁接苗采购单价 120元 × 3000株 = 36万
  > 30万).
* gt04-stacked-seedlings: B101 error (second project's 年度资金总额 36 ≠ 30 + 4); D102 error,
  alt D103 (row of 菠萝蜜嫁接苗的成活率 ≥85% against 菠萝蜜嫁接苗成活率 ≥90%).
* gt06-misplaced-tier2: F201 warning (row of 品种比较试验小区, a count under 质量); T108 warning
  (row of 种苗死亡率 ≥8%); F201 warning (row of 果实可溶性固形物达标率 under 时效).
* gt08-period-annual: D104 warning (row of 引进菠萝蜜品种数 中期 ≥6个, 中期目标 says 8); D201
  error (annual 试种面积 150亩 > period 120亩); D202 warning, alt D104 (annual 培训种植户 copied
  into 中期, 中期目标 says 900人次).
* gt09-years-left-over: Y103 warning (年度目标 names 2025, period 2026—2027); Y102 error, alt
  Y103 (中期 试种园验收时间 2028年6月30日前).
* gt11-budget-export: B102 error (明细合计 42 against 18 + 12 + 9.5); D104 warning (row of 品种
  比较试验小区 ≥36个, 实施内容 says 48个); D103 warning, alt D101 (row of 示范户培训人数, the same
  as 示范户培训人次).
* gt14-coldchain-tasks: B102 error (金额合计 265 against 150 + 80 + 45); D104 warning (row of 新建
  果品冷库 ≥2座, goal says 3座); F201 warning (row of a satisfaction rate under 社会效益).
* gt15-reefer-cost: T105 error (冷链运输及时率 ≥300车次); D101 warning, alt F201 (row of the
  repeated 冷库温控达标率 under 时效); B107 warning (row of 冷藏车购置单价 35万 × 4辆 > 100万).
* gt17-last-season-dates: Y101 error, alt Y102 (row of the 2025 plan dates under a 2026 title);
  D104 warning (row of 日均预冷处理量 ≥150吨, goal says 200吨).

Look-alikes in the correct returns: a goal count that is a part of the indicator's (gt01:
猫山王 1200 of 3000 株), a total with its parts in brackets (gt05, gt13), a later year the work
prepares for (gt01 为2027年, gt10 为2027年 inside its period), period counts beside smaller annual
counts and equal rates in both columns (gt07, gt10, gt12), 0起 on incident counts (gt01, gt03,
gt13), a 下降率 with ≥ (gt03, gt18), a fall or rise in 百分点 (gt05, gt13), 等于 100% on a
合格率 (gt03, gt10), points given for tiers and for indicators, 100 both ways (gt05), the same
indicator names with different values in stacked projects (gt16), a subsidy standard × count
equal to its task (gt13: 500元 × 1200 车次 = 60万), unit costs × counts within their money (gt01,
gt05, gt07, gt10, gt12, gt16), fill dates in the year before the budget year, a repeated header
row after a page break and note rows that are not indicators (gt12, gt13).

Judgements: a goal/indicator disagreement (D104) is marked on the indicator's row, not on the
goal text; in gt08 the annual area above the period's would also push 亩均成本 × area past the
annual money, so the cost is set low enough that it does not; in gt15 the duplicate sits under
the wrong tier-2, so F201 is accepted for it; in gt17 the dates are both in 2025, so Y101 or
Y102 on that row is accepted; a 2025 planting date in a 2026 one-year project is an error
(Y102), a 2025 year named in the goal text only a warning (Y103).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout660 import coldchain, intro, trial
from tests.variants.holdout660.registry import HOLDOUT660
from tests.variants.kit import Variant

MODULES = (intro, trial, coldchain)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT660, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 660th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
