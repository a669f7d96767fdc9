"""The 692nd held-out set: 18 invented returns on **黑水虻 (black soldier fly) larvae rearing on
kitchen waste, a frass-fertiliser line and a village waste-sorting programme**, all in the
invented 蓼湾县 (苇塘镇, 石埭乡, 栎坪村, 荻塘片区), budget year 2025, money in 万元 carried by
the number format. The set's aim is checks across the table: most planted mistakes are found
only by comparing one part of a return with another.

Layouts: ``larvae`` (hz01-hz06): project heads with an operator and unit column, one value
column, 中期 and 年度 columns (three-year and two-year projects), two projects stacked in one
sheet. ``frass`` (hz07-hz12): a department flat list with weights, headers 指标内容 / 绩效标准,
numbered tier labels with points, a tier-1 score column beside indicator scores, a head on one
sheet and the indicators under 预期实现值 on a second, a budget-system export (sheets 05-1 and
05-2, header on the third row, codes in the first columns). ``sorting`` (hz13-hz18): department
heads with tasks and a weight column, notes, subtotals and a repeated header, operators in words
in a 指标方向 column, abbreviated tier labels with ★, template rows.

Planted mistakes (code, highest accepted severity, place):

* hz02-larvae-goal-count: D104 ≤warning (row of 幼虫养殖棚建成数 ≥3座; the goal says 4座);
  Y102 ≤error alt D104/Y103 (2026年6月30日前 in a one-year 2025 project whose goal says 11月底);
  B107 ≤warning (row of ≤200元/吨: × 5400吨 = 108万元 > 年度资金 90万元).
* hz04-larvae-period-copied: D204 ≤warning (年度目标 cell, a copy of 中期目标); D201 ≤error
  (年度 幼虫鲜重产量 ≥1500吨 above 中期 ≥1200吨); Y102 ≤error alt Y103/Y101 (年度 deadline
  2024年12月31日前 in a 2025-2026 project).
* hz06-larvae-stacked-defects: B101 ≤error (second project's 年度资金总额 80 ≠ 60 + 30); D102
  ≤error alt D103/D101 (row of 幼虫干粉年产量 ≥100吨 against 幼虫干粉产量 ≥120吨).
* hz08-frass-wrong-tier2: D104 ≤warning (row of 虫粪有机肥年产量 ≥1500吨; the goal says 2000吨);
  F201 ≤warning (row of 腐熟发酵批次, a count under 质量指标); F201 ≤warning (row of
  成品有机肥抽检合格率, a quality rate under 时效指标).
* hz10-frass-points-wrong: W103 ≤error (产出指标 score 50 over 15+15+10+5 = 45; W101 ≤error
  tolerated at book level, the same problem); D104 ≤warning (row of 造粒线投产时间
  2025年12月31日前; the goal says 10月31日前).
* hz12-frass-export-leftover: B102 ≤error (合计 76 on sheet 05-1 over lines adding to 72); Y103
  ≤warning alt Y101/D104 (row of 2024年虫粪有机肥销售量, last year's indicator); X101 ≤error (row
  of the template example （示例）年度完成数量 ≥**个).
* hz14-sorting-weights-dupe: B102 ≤error (金额合计 60 over tasks 26 + 30); D104 ≤warning (row of
  分类督导员配备数 ≥30名; the goal says 36名); D103 ≤warning alt D101 (row of 农户分类知晓率
  under 社会效益, the 农户垃圾分类知晓率 of 质量指标 with a word less).
* hz16-sorting-direction: Y101 ≤error alt Y102 (row of the plan dates 2024-01-01…2024-12-31 in a
  2025 return); T108 ≤warning (row of 分类收运车辆配置 with 小于等于); T108 ≤warning (row of
  易腐垃圾混投率 with 大于等于).
* hz18-sorting-template-rows: D202 ≤warning alt D104 (年度 参加分类积分农户 ≥3600户 copied from
  中期; the 年度目标 says 1200户); F110 ≤error (empty name cell of the 质量指标 row with values);
  F109 ≤warning (row of the tier-2 经济效益指标 left from the template).

Legitimate look-alikes in the correct returns: hz01 a 填埋量下降率 with ≥, 异味扰民事件 =0起,
分拣残渣无害化处置率 =100%, 240元/吨 × 7300吨 = 175.2万元 within 180万元, a goal giving the year's
tonnage with its daily rate; hz03 the period's counts in 中期 beside smaller year's counts, equal
rates, 为2028年全县推广 (a later year the work prepares for), costs within both money columns;
hz05 设备完好率 with different values in two stacked projects, a goal total with its parts in
brackets, 2台 × 22万元 = 44 within 45; hz07 a flat list without tiers, 有机质含量提高 ≥0.2
百分点, weights 100; hz09 100 both at tier level and at indicator level, ≥0.3百分点, =0次;
hz11 a 注 explaining the 2600吨 total (颗粒 1600 + 粉状 1000) while the goal names only the
1600吨 part, a fill date in 2024; hz13 a goal total 18个 with its parts in brackets, 72座 × 8500元 =
61.2万元 within the 62万元 task, =0起; hz15 a 注 row, 小计/合计 rows, a header repeated after
a page break, 说明 and 填表说明 rows, 6座 × 6万元 = 36 equal to its money, points adding to 90
with 预算执行率 scored apart, ≥5百分点 on a 下降; hz17 abbreviated labels and ★, 中期 counts
above annual ones, a 年度 satisfaction lower than the period's.

Judgements: the duplicate in hz06 gets error (two values for one indicator cannot both hold),
the near-duplicate in hz14 only a warning (same value, under two tier-2s). hz02's 2026 deadline
is an error (a one-year 2025 project cannot end in 2026) though D104 names it too. hz04's 2024
deadline is an error (before the project starts). hz12's 2024 indicator is a warning: it may be a
baseline, though nothing in the return says so. hz10's W101 is tolerated, not asked for.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout692 import frass, larvae, sorting
from tests.variants.holdout692.registry import HOLDOUT692
from tests.variants.kit import Variant

MODULES = (larvae, frass, sorting)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT692, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 692nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
