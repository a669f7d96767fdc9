"""The 634th held-out set: 西洋参与元宝枫种植、林下经济合作社培训.

Eighteen invented returns of 柘岭县 (西洋参林下种植, 林下经济合作社培训) and 榆岙县 (元宝枫),
nine correct and nine with planted mistakes, most of which show only when one part of the return
is compared with another.

Layouts: project heads with one value column, an operator and unit column, or 中期 and 年度
columns (ft01–ft06, ft13, ft14, ft16–ft18); department heads with money, tasks, numbered tier
labels with points, weight columns, subtotal rows and a repeated header (ft07, ft08, ft15); flat
department lists (ft09, ft10); two stacked projects (ft05); budget-system exports with the money
on sheet 05-1 and the indicator table with codes on sheet 05-2 (ft11, ft12); a two-row header with
★ / * and abbreviated tier labels (ft17); operators in words (ft18).

Planted mistakes (return: code, highest accepted severity, place):

* ft02: B107 warning (row of 种苗及遮阴棚补助标准: 0.5 × 250 = 125 > 100); D104 warning (row of
  种植面积: goal 300亩, indicator 250亩); Y102 error (移栽完成时间 2024-04-30 in a 2025 project).
* ft04: Y103 warning, alt Y101 (年度目标 names 2023); D201 error (annual 补植面积 450 > period
  400); D202 warning (annual 遮阴设施 copied from 中期).
* ft06: D103 warning, alt D102 / D101 (row of 林下西洋参种植面积（新建） ≥120亩 beside ≥150亩);
  F201 warning (row of 参苗移栽成活率 under 时效).
* ft08: B102 error (金额合计 320, tasks 310); D104 warning (row: goal 50万株, indicator 30万株);
  F201 warning (row of 周边林农满意度 under 社会效益).
* ft10: D101 warning, alt D103 (row of the repeated 元宝枫籽采收量); W101 error (book level,
  weights 95).
* ft12: X101 error (≥XX%); B107 warning (row: 0.12 × 1000 = 120 > 95); Y101 error, alt Y103
  (book level: goal sheet titled 2024, budget sheet and dates 2025).
* ft14: D104 warning (row: goal 12期, indicator 10期); B107 warning (row: 450元 × 800 = 36万 >
  30万); F201 warning (row of 参训带头人满意度 under 社会效益).
* ft16: F110 error (empty name cell); Y102 error (完成时间 2026-03-31 in a one-year 2025
  project); F109 warning (row of the empty 生态效益指标).
* ft18: B103 error (年度资金总额 210 > 中期 200); D202 warning (annual 培训人次 copied); T108
  warning (row of 人均培训成本 with 大于等于).

Legitimate look-alikes in the correct returns: a 下降率 with ≥ and a later year the work prepares
for (ft01, 为2026年…); typed percent cells (ft01, ft05, ft07, ft09, ft13); the period's counts
beside smaller annual counts and equal rates (ft03, ft17); the same satisfaction indicator with
different values in two stacked projects (ft05); tier points and indicator points both adding to
100 and a rate raised in 百分点 (ft07); goal totals with their parts in brackets (ft07, ft11,
ft13, ft17); unit cost × count equal to or within the money (ft01, ft05, ft07, ft09, ft13,
ft15, ft17); 0起 on an incident count and subtotal, total and repeated header rows (ft15); a note
row between tiers, 填表说明, signature lines and a fill date in December of the year before (ft13).

Judgements: the title/date year mismatch of ft12 and the 2023 goal of ft04 are marked at book
level / the goal cell with either year code accepted; a survival rate under 时效 and satisfaction
under 社会效益 are warnings (F201), not structural errors; the near-duplicate area in ft06 accepts
D102 as the values differ; ft05's second project has 其他资金 0, which is not a missing value.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout634 import coop, ginseng, maple
from tests.variants.holdout634.registry import HOLDOUT634
from tests.variants.kit import Variant

MODULES = (ginseng, maple, coop)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT634, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 634th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
