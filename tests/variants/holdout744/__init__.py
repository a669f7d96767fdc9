"""Held-out set 744: a city housing bureau (渌洲市, invented), its old residential-area
renovation (老旧小区改造), lift retrofits in old buildings (既有住宅加装电梯) and public-rental
housing rent subsidies (公租房租赁补贴). 18 returns, 9 correct, 24 required marks; the set aims
at checks across the table (20 of the 24 marks compare one part of a return with another).

Layouts: project heads with one-year and multi-year money blocks (万元 in the number format),
NAT-2021 and OLD-NAT tiers merged down, numbered / starred / abbreviated tier labels, an
operator column (symbols or words), a direction column beside an operator column, 中期 and 年度
columns, stacked projects, department heads with task blocks, flat lists with weights, tier
and indicator points, a table on a second sheet under 预期实现值, a budget-system export
(05-1 / 05-2 sheets, codes in the first columns, header on row 3), 注 / 说明 / 填表说明 rows,
a money detail block, signature lines.

Planted mistakes (return: code, highest accepted severity, place):

* kbz02: D201 error at Sheet1!E13 (外墙保温 年度 15万平方米 above 中期 12万); D103 warning
  (row, alt D101/D102) at E14 (雨污分流管网 twice, words reordered, other value); D104 warning
  (row) at E18 (年度目标 惠及居民1100户, indicator 1400户).
* kbz04: F201 warning (row) at C10 (a building count under 质量); F201 warning (row) at C12
  (a 合格率 under 时效); Y103 warning (row) at C16 (a 2024 row left in a 2026 return).
* kbz06: B102 error at C13 (detail lines 840 against 合计 860); D104 warning (row) at D15
  (goal 5 小区, indicator 4); B107 warning (row) at D19 (240万元 × 4 = 960 > 860).
* kbz08: D104 warning (row) at F9 (goal 40台, indicator 50台); T108 warning (row) at E11
  (反向 response time with ≥).
* kbz10: Y102 error (alt Y101) at F4 (计划完成日期 2028-06-30 past a 2026–2027 period);
  D204 warning at D9 (年度目标 = 中期目标); D202 warning at E11 (annual count copied).
* kbz12: B102 error at D9 (tasks 900+650+200 = 1750 against 金额合计 1800); D104 warning
  (row) at D14 (goal 400户, indicator 450户); F110 error at C16 (value without a name).
* kbz14: W103 error at B9 (产出 50 against 20+15+10); D101 warning (row) at D13
  (租赁补贴发放户数 under 数量 and again under 社会效益); W101 error tolerated (book level:
  the indicator points then total 95).
* kbz16: Y103 warning (alt Y101) at B7 (年度目标 names 2025 in a 2026 return); F201 warning
  (row) at C10 (a 及时率 under 数量); Y102 error (alt Y103) at D12 (deadline in 2025).
* kbz17: W101 error, book level (weights total 95); D104 warning (row) at E7 (goal 3500户,
  indicator 3000户).

Look-alikes in the correct returns: a goal count with a part in brackets (kbz01 其中纺机新村18栋,
kbz05 其中新增120户, kbz07 其中梧岭区36台); ≤0起 incident counts (kbz01, kbz07, kbz13);
下降率 with ≥ (kbz03, kbz07); `=100%` on 合格率 and typed `100%` (kbz01, kbz03, kbz15);
typed percents with a % unit column (kbz01, kbz05, kbz07); a cost × count equal to its money
(kbz09, kbz11, kbz18); 中期 counts beside smaller annual ones and equal rates / unit costs
(kbz09, kbz18); a later year the work prepares for (kbz09 为2027年全市推广积累经验); the same
names with other values in stacked projects (kbz03, kbz18); tier points and indicator points
each totalling 100 and a rise in 百分点 (kbz13); fill dates in the year before; a 注 row citing
the 2024 base year of a 下降率 (kbz03, kbz07).

Judgements: D104 is marked on the indicator row, not the goal cell (row=True), since either
could carry the finding only by the row; kbz02's near-duplicate is a warning (D102 accepted
but only up to warning) because the reviewer cannot tell which length is meant; kbz10's end
date is an error because 项目期 2年 and the dates cannot both hold; kbz16's goal year is a
warning (a stale sentence), its 2025 deadline an error (outside a one-year 2026 project);
kbz04's 2024 row is marked as a leftover via Y103 (no catalogue code for a leftover row).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout744 import lifts, renovation, rent
from tests.variants.holdout744.registry import HOLDOUT744
from tests.variants.kit import Variant

MODULES = (renovation, lifts, rent)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT744, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 744th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
