"""The 795th held-out set: household waste sorting, bins for villages, transfer stations and
kitchen-waste treatment. Eighteen invented returns (kdy01 to kdy18), nine correct and nine with
planted mistakes, most of them found only by comparing one part of a return with another.

Layouts: project heads (OLD-NAT and NAT-2021) with one value column, operator and unit
columns, 中期 and 年度 columns, tier-1 and indicator scores, numbered, pointed, starred and
abbreviated tier labels; two projects stacked in one sheet (kdy03, kdy04); department heads
with a flat list (kdy05, kdy17) or a weighted table over a page break (kdy09); a budget-system
export with codes in the first columns and the table on sheet 05-2 (kdy11); a head on one sheet
and the table on another (kdy15); money detail blocks (kdy07, kdy12); 注, 说明, 填表说明 and
signature lines.

Planted mistakes (return: code, highest accepted severity, place):

* kdy02-township-bins-points: D104 warning, row of 配置户用分类垃圾桶 (goal 2300只, indicator
  ≥1800只; the goal cell is tolerated); Y102 error at 设施投入使用时间 ``2024年11月30日前``
  (alt Y101, Y103, D104: last season's deadline); D101 warning, row of 积分兑换点建设数量 (alt
  D103, D102: the 建设村级积分兑换点 row again).
* kdy04-stacked-hamlet-defects: F201 warning, row of 村民分类投放准确率 under 时效指标 (alt
  F105); Y103 warning at the second project's 年度绩效目标 (``2023年底前``; alt Y101, Y102);
  B107 warning, row of 督导员补贴标准 (14人 × 800元 × 12月 = 13.44万元 > 12万元).
* kdy06-county-three-year: D104 warning, row of 推行垃圾分类行政村 (中期 ≥168个, the goal 186;
  goal cell tolerated); D202 warning at the 年度 cell of 配置分类垃圾桶 (7440 copied; alt
  D104); D201 error at the 年度 cell of 开展入户分类宣传 (12000 > 9000).
* kdy08-station-year-left-over: Y101 error, book level (alt Y102: title and goal 2025, plan
  dates 2024); D104 warning, row of 日均转运能力 (goal 120吨, indicator ≥100吨; goal cell
  tolerated).
* kdy10-provincial-transfer-marked: T108 warning, row of 转运车辆故障率 (大于等于); F201
  warning, row of 转运站周边居民满意度 under 社会效益指标 (alt F105); D102 error, row of the
  second 转运站渗滤液达标排放率 (90 against 95 under 质量; alt D101, D103).
* kdy12-station-running-cost: B102 error, row of the detail 合计 (96 + 70 + 30 = 196 ≠ 200);
  B107 warning, row of 压缩箱更新单价 (12台 × 18万元 = 216万元 > 200万元); F109 warning,
  row of the empty tier-2 可持续影响指标.
* kdy14-kitchen-collection-copied: D204 warning at the 年度目标 cell (the 中期目标 word for
  word); D201 error at the 年度 cell of 配置餐厨垃圾专用收运车辆 (15 > 12).
* kdy16-county-kitchen-plant: B101 error, row of 年度资金总额 (300 + 100 ≠ 420); D104
  warning, row of 年处理餐厨垃圾量 (goal 1.6万吨, indicator ≥12000吨; goal cell tolerated);
  Y102 error at 处理线提标改造完成时间 ``2026年3月31日前`` (alt Y103).
* kdy17-flat-kitchen-two-values: D201 error at the 年度 cell of 签约收运餐饮单位 (950 > 800);
  D103 warning, row of 餐厨垃圾集中收运覆盖率 (alt D101, D102: 集中收运率 with a word more);
  F110 error at the empty name cell of the ``次`` row.

Legitimate look-alikes in the correct returns: typed percent cells (kdy01, kdy05, kdy15); a
goal's 56 collection kiosks that are a part of 112 villages (kdy01); a goal with its parts in
brackets and the same parts in a remark (kdy07: 3座, 水平压缩式2座、地埋式1座); a later year
the work prepares for (kdy07: 为2027年…) and a baseline year in a remark (kdy07: 2024年为55%);
unit cost × count within or equal to the money (kdy01 183.68 ≤ 186, kdy03 600元 × 60人 × 12 =
43.2, kdy07 3 × 226 ≤ 680, kdy09 7 × 50 = 350, kdy11 2 × 620000 ≤ 1280000, kdy13, kdy15,
kdy18); the same 村民满意度 with two values in two stacked projects (kdy03); ≥ on 下降率 and
减量率 (kdy01, kdy05, kdy15, kdy18); ``≤0起`` on incident counts (kdy05, kdy08, kdy16, kdy18);
≤ on a moisture content, a response time and unit costs; ``提高≥10百分点`` / ``提高≥15百分点``
(kdy02, kdy15); tier points and indicator points both summing to 100 (kdy15); subtotal rows,
a total row and a repeated header after a page break (kdy09); period counts above the year's
beside equal rates and unit costs (kdy13); ``=3座``, ``=2座`` (text) and ``=100%`` on
acceptance rates (kdy07, kdy11, kdy14); fill and signature dates in 2024 for 2025 budgets.

Judgements where a reviewer could hesitate:

* Goal-against-indicator mismatches (D104) are warnings, not errors: the office may count
  differently; the required mark sits on the indicator row, the goal cell only tolerates.
* A deadline in another year (kdy02, kdy16) is an error (Y102): a one-year 2025 project cannot
  finish in 2024 or 2026. The ``2023年底前`` inside a goal text (kdy04) is a warning (Y103).
* Plan dates a whole year before the title's year (kdy08) are marked once at book level: the
  finding may land on the title, the goal or either date.
* A satisfaction rate under 社会效益 (kdy10) is a misplaced tier-2 (F201), not a duplicate of
  乡镇群众满意度, which names other respondents.
* kdy12's B107 compares 12 × 18万元 with the whole project's 200万元 (it also exceeds the 70万元
  设备更新 line); the 合计 line's B102 is independent of it.
* kdy17's ``≥950`` is a count in a flat list: D201 applies even without tiers.
* kdy14's ``=100%`` on 收运车辆密闭化率 is the ceiling, not an ``=`` meant as ``≥``.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout795 import kitchen, transfer, villages
from tests.variants.holdout795.registry import HOLDOUT795
from tests.variants.kit import Variant

MODULES = (villages, transfer, kitchen)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT795, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 795th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
