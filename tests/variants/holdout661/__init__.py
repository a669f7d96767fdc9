"""The 661st held-out set: 18 invented returns on 燕窝与沉香林下经济、香料初加工, nine correct and
nine with planted mistakes, most of them found only by comparing one part of a return with
another (goal text, years and dates, 中期 against 年度, duplicates, tier-2 placement, money).

Modules: ``understory`` (gu01-gu06: 沉香 planting and resin induction, 燕屋 and 燕窝 cleaning,
stacked 林下 projects), ``spices`` (gu07-gu12: 八角, 胡椒, 草果 and 肉桂 processing, flat
department lists, points at two levels, a budget-system export), ``offices`` (gu13-gu18:
department tables with task money, a half-filled template, notes and page breaks, a two-year
种苗 project, operators in words).

Layouts: project heads (one-year and multi-year with 中期/年度 columns), department heads with
budget and key-task blocks, two stacked projects in one sheet, flat lists in two column orders,
numbered tier labels with points (一、产出指标（40分）, （一）数量指标, 1.), an operator column
(≥ or 大于等于) with a unit column, headers 指标内容/绩效标准 and 预期目标, a 资金明细 block, a
budget-system export (sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, header on the
third row, codes first, table on the second sheet), notes, 填表说明, a repeated header after a
page break, subtotal rows and signature lines.

Planted mistakes (return: code, highest accepted severity, place):

* gu02-agarwood-resin-goal: D104 ≤warning at the 结香株数 row (goal 3000株, indicator 2500株;
  the goal cell tolerates a warning); Y102 ≤error at the 采香完成时间 row, alt Y103/D104 (a
  2026 deadline in a 2025 one-year project whose goal says 2025年11月底).
* gu04-nest-cleaning-period: Y103 ≤warning at the 年度目标 cell, alt Y101 (2024 left in the
  goal of a 2025-2027 project); D201 ≤error at the annual 加工量 (45吨 above the period's 30吨);
  D202 ≤warning at the annual 培训挑毛工 cell, alt D104 (600人次 copied from 中期; goal 200).
* gu06-understory-stacked-wrong: B101 ≤error at the second project's 资金总额 (95 ≠ 70 + 20), alt
  B102; D103 ≤warning row 林下蜂箱投放量, alt D101/D102; F201 ≤warning row 沉香花蜜抽检合格率
  under 时效指标.
* gu08-aniseed-flat-wrong: D104 ≤warning row 建成八角标准化烘干线 (≥3 against 4条 in the goal
  and the task; both text cells tolerate a warning); D103 ≤warning row 开展香料初加工培训人次,
  alt D101.
* gu10-tsaoko-points-wrong: W103 ≤error at 三、效益指标（25分）, alt W101 (indicators 30, tiers
  95); Y102 ≤error row 烘烤房投用时间 2024年9月30日前, alt Y101/Y103; F201 ≤warning row
  草果成品抽检合格率 under 时效指标.
* gu12-cinnamon-export-wrong: B102 ≤error row of the project total on 05-1, alt B101 (lines 92,
  total 88); B107 ≤warning row 单座烘房改造补助 (8 × 12座 = 96 > 88); D102 ≤error row of the
  second 桂皮烘干量 (600吨 under 数量, 500吨 under 经济效益), alt D101/D103/F201.
* gu14-spice-department-wrong: B102 ≤error at 金额合计 (110 + 80 ≠ 200), alt B101; D104
  ≤warning row 建成香料标准化初加工点 (≥4个 against 5个 in goal and task, both tolerated).
* gu15-incense-template: F109 ≤warning row of the empty 社会成本指标; F110 ≤error at the empty
  name cell of a ≥90% row; X101 ≤error row of the kept （示例）培训人次 ≥XX人次.
* gu18-anise-oil-direction: T108 ≤warning row 原料霉变率 (大于等于 on a 反向 rate); T106 ≤error at
  the typed 105% of 茴油茴脑含量达标率.

Look-alikes in the correct returns: a goal's count with its part in brackets and the part as
its own indicator (gu01, gu07, gu13, gu17); a later year the work prepares for (为2026年… in
gu01's 2025 goal); period counts beside smaller annual counts, equal rates, unit costs and
years of operation (gu03, gu17); a platform built in year one, =1个 in both columns (gu03,
tolerated); the same satisfaction indicator with different values in two stacked projects
(gu05); unit cost × count within the money (gu01, gu09, gu11, gu17) and equal to it (gu13:
1500亩 × 1000元 = 150万); typed percent cells (gu01, gu03, gu07, gu09, gu11, gu17, gu18);
`≤` on 反向 rates (病虫害发生率, 含水率, 损耗率); a 下降率 with ≥ and 提高≥5百分点 (gu09);
=0起 on an incident count (gu07, gu09); tier points and indicator points both adding to 100
(gu09); =100% as text (gu03, gu16); footnotes explaining a total, 说明 and 填表说明 rows,
subtotal rows and a repeated header (gu13, gu16); fill dates in the year before the budget
year; 其他资金 0.

Judgements: D104 is marked at the indicator row, since that is where the value must change,
and tolerated at the goal text. A duplicate with a word more and the same value is a warning
(D103); the same name with two values is an error (D102). A deadline in the wrong year of a
one-year project is an error (Y102), a stray year in goal text a warning (Y103). The flat
lists get no tier findings. gu08's 香料初加工培训 row and gu07's 其中：合作社代烘量 are
deliberately different: the latter is a part named as such.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout661 import offices, spices, understory
from tests.variants.holdout661.registry import HOLDOUT661
from tests.variants.kit import Variant

MODULES = (understory, spices, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT661, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 661st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
