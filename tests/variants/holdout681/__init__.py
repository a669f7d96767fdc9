"""The 681st held-out set: 18 invented returns on 蛋鸡 egg farms, an egg grading and washing
centre and 鸡蛋 supply to school meals (栖枫县, 禾湾县, 芦汀区 are invented), 9 correct and 9 with
23 required marks, written blind from domain.md, README.md, kit.py, heads.py and the catalogue.
Its aim is checks across the table: 19 of the 23 marks need one part of a return compared with
another (goal text, years, 中期/年度, duplicates, tier-2 placement, cost × count, money parts).

Layouts: project heads (§3.1) with operator and unit columns (ho01, ho13: operators in words),
one value column (ho04, ho06, ho08, ho14, ho15, ho17), 中期 and 年度 columns (ho02, ho03, ho16),
tier and indicator score columns (ho05, ho11); department heads (§3.2) with tasks and 金额合计
(ho05, ho10, ho12, ho18); flat lists (ho10, ho18); stacked projects (ho04, ho15); a table on a
second sheet under 预期实现值 (ho07); a budget-system export with sheets 05-1 / 05-2, the header
on the third row and codes in the first columns (ho09); a page break with the header repeated,
subtotal rows and a 说明 row (ho12); header words 绩效标准, 预期实现值, 预期目标, 指标方向.

Planted mistakes (return: code, highest accepted severity, place):

* ho02-vaccination-three-years: D104 warning, row of 禽流感 immunisation count (中期 1500万羽次
  against the 中期目标's 1800万羽次); D201 error, the annual sampling count 12000份 above its
  period 10800份; Y102 error (alt Y103, D104), annual deadline 2024年9月30日前 left from last
  season.
* ho04-feed-and-purification-stacked: D101 warning (alt D103), row of 享受补贴的蛋鸡养殖场数 under
  社会效益 repeating the 数量 indicator; B101 error, the second project's 年度资金总额 75 ≠ 50 + 20;
  B107 warning, row of 净化场创建补助标准 30万元 × 3 = 90 above the money.
* ho06-manure-treatment: D104 warning, row of the facility count ≥6处 against the goal's 8处;
  F201 warning, row of 粪污综合利用率 under 时效.
* ho08-washing-line-last-year-form: Y101 error (alt Y102) book level, title 2025 with plan dates
  in 2024; D104 warning, row of 新增日清洗消毒能力 25吨 against the goal's 30吨; X104 warning,
  the completion date typed as the text 45961.
* ho10-centre-flat-list: W101 error book level, weights adding to 95; D103 warning (alt D101),
  row of 分级处理鲜蛋总量 repeating 鲜蛋分级处理量.
* ho11-cold-chain-points: W103 error (alt W101) at 产出指标's score 50 with 45 under it; F201
  warning, row of 学校食堂收货满意度 under 社会效益.
* ho14-lunch-egg-subsidy: D104 warning, row of 覆盖农村学校 32所 against the goal's 36所; Y102
  error (alt Y103) at 2026年1月15日前 in a one-year 2025 project; B107 warning, row of 每枚鸡蛋补助
  标准 1.5元 × 9000人 × 200天 = 270万元 above 240万元.
* ho16-local-egg-bases-copied: D204 warning at the 年度目标 identical to the 中期目标; D202
  warning at each annual cell of the two cumulative counts copied from 中期.
* ho17-canteen-storage-template: F110 error at the empty name of a row with a value; F109
  warning, row of the template 时效指标 with no indicator.

Look-alikes in the correct returns: typed percent cells and =100% on a rate (ho01, ho13); a
死淘率降幅 with ≥ and rates raised in 百分点 (ho01, ho03, ho05, ho13); cost × count equal to the
money (ho01 5 × 12 = 60, ho09 1600 × 400元 = 64万, ho13 8000 × 200 × 1.2元 = 192万, ho15) or
within it (ho03, ho07, ho12); goal counts with their parts in brackets (ho01, ho03, ho05, ho12);
the period count beside a smaller year's count and a later year the pilot prepares for
(为2027年推广积累, ho03); 0起 / 0批次 on incidents (ho05, ho07, ho09, ho18); 破损率 and 投诉率
with ≤ and a 下降率 with 大于等于 (ho07, ho13, ho18); tier points and indicator points both given,
each level adding to 100 (ho05); the same indicator names with other values in two stacked
projects (ho15); signature and fill dates in the year before the budget year (ho01, ho05, ho07,
ho12, ho13); notes, 填表说明, subtotal and repeated header rows (ho07, ho12).

Judgements: goal-versus-indicator conflicts (D104) and cost × count above the money (B107) are
warnings, the reviewer asks but cannot call them impossible; a deadline after the budget year in
a one-year project and a period count below a year's are errors. ho08's Y101 is marked on the
whole return, since it may be reported at the title or at either date. ho04's duplicate keeps
the same value, hence a warning. In ho10 the weights have no total row, so W101 is book level.
ho11's 产出 shortfall also makes the indicator points total 95: W101 is accepted for that mark.
ho02's 每年9月30日前 in the 中期 column is not a date finding. ho09's 0批次 and ho05's 0起 are
incident counts, not zero targets (T115).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout681 import farms, grading, meals
from tests.variants.holdout681.registry import HOLDOUT681
from tests.variants.kit import Variant

MODULES = (farms, grading, meals)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT681, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 681st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
