"""The 620th held-out set: Tibetan pigs (藏香猪) and Tibetan sheep (藏羊) on the high pasture of
岗珠县, with the highland-barley (青稞) mill of 桑隆村. 18 invented returns, budget year 2026,
written blind (only domain.md, README.md, kit.py, heads.py and the rule catalogue were read).

Modules: ``pigs`` (ff01–ff06), ``sheep`` (ff07–ff12), ``mill`` (ff13–ff18).

Layouts: project heads with one-year and multi-year money blocks (ff01–ff04, ff06–ff08, ff10,
ff12–ff18); department heads with budget, a row of typed shares and tasks (ff05, ff09); a flat
list 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值 (ff05); operator and unit columns with typed
percents (ff01, ff09, ff11); operators in words and a two-row header (ff07); numbered tier labels
with points (ff01), abbreviated labels (ff02), * and ★ marks (ff10); 中期 and 年度 columns
(ff03, ff04, ff16, ff18); stacked projects (ff06, ff17); tier-1 and indicator score columns
(ff13, ff14); subtotal rows and a header repeated after a page break (ff15); a budget detail
block under the head (ff16); a budget-system export with codes in the first columns, the
header on the third row and the table on a second sheet (ff11); 注 / 说明 / 填表说明 rows and
signature and date lines.

Planted mistakes (code, highest accepted severity, place):

* ff02-pig-goal-count: B101 error at the 年度资金总额 cell, row (150 ≠ 120 + 20); D104 warning at
  新建标准化圈舍 ≥30栋, row (the goal says 40栋); Y102 error at the deadline 2027年6月30日前 of a
  one-year 2026 project (Y103 accepted).
* ff04-pig-period-copied: D204 warning at the 年度目标 cell (identical to 中期目标); D202
  warning at the annual ≥500头 copied from the period; D201 error at the annual ≥360人次 above
  the period's ≥300人次.
* ff06-pig-stacked (second project): D102 error at 冷链运输车购置数量 ≥3辆, row (D101, D103
  accepted; the same purchase ≥4辆 two rows above); B107 warning at 冷链运输车购置单价, row
  (18 × 4 = 72 > 60万元).
* ff08-sheep-year-leftover: Y103 warning at the 年度目标 naming 2024 (Y101 accepted); X101
  error at the template example row ≥**人次, row; Y102 error at the deadline 2025年11月30日前
  (Y103 accepted).
* ff10-sheep-wrong-tier: F201 warning at three name cells, row: a cost standard under 数量, a
  count (发放种公羊) under 质量, a quality rate (羊毛品质检测达标率) under 时效.
* ff12-sheep-forage: D104 warning at 储备补饲草料 ≥600吨, row (goal: 800吨); B107 warning at
  草料采购单价, row (0.16 × 600 = 96 > 80万元); D101 warning at 补饲藏羊只数 under 社会效益, row
  (D103 accepted; 冬春补饲藏羊 ≥6000只 under 数量).
* ff14-mill-points-wrong: W103 error at the 产出指标 score 40 (indicators 45); W103 error at the
  效益指标 score 30 (indicators 25); D102 error at the second 青稞收储量 ≥1000吨, row (D101,
  D103 accepted).
* ff16-mill-money-lines: B103 error at the 年度资金总额 320 above the 中期资金总额 300; B102
  error at the detail 合计 320, row (180 + 100 + 20 = 300).
* ff18-mill-midterm: D104 warning at the 中期 ≥3条, row (the 中期目标 says 2条); D201 error at the
  annual ≥260人次 above the period's ≥200人次 (D104 accepted); T108 warning at the annual
  ≥0.05吨标煤/吨 on an energy cost, row.

25 required marks, 22 of them found only by comparing one part of the return with another
(all but X101, T108 and one F201 are strictly cross-table, and those three also compare a row
with its tier or column).

Legitimate look-alikes in the correct returns: typed percents (ff01, ff09, ff11) and 0.00"万元"
amounts everywhere; 仔猪死亡率较上年下降 ≥2百分点 and 冬春草场载畜量较上年下降 ≥5百分点 (a 下降
with ≥ in 百分点, ff01, ff09); ≤ on 反向 rates (ff07); 重大动物疫情发生次数 =0起 (ff05); =100% on
pass rates (ff05, ff11, ff13); a goal count with its part in brackets (5000只（其中能繁母羊3200只）
ff07, 3000只（其中种公羊150只） ff09, 120户（其中脱贫户45户） ff01); 2029 in a 2026–2028 中期目标
as the year the work prepares for (ff03); period counts above the year's and equal rates in 中期
and 年度 (ff03); unit cost × count equal to the money (ff11 30户 × 1.5 = 45, ff15 6 × 8 = 48,
ff17 2 × 20 = 40) or within it (ff01, ff07 with a note explaining the total); tier points and
indicator points both adding to 100 (ff13); weights with subtotal and total rows and a repeated
header (ff15); the same indicator names with different values in two stacked projects (ff17);
tasks adding up to 项目支出 rather than 资金总额 (ff05, ff09); fill and signature dates in
November/December 2025 (all).

Judgements where a reviewer could hesitate:

* ff02/ff08 deadlines outside the budget year are marked error (Y102's catalogue severity; a
  one-year project cannot end in another year), with Y103 accepted.
* ff06 and ff14: two values for one indicator in one project are marked D102 error; ff12's
  duplicate with the same value under two tier-2s only D101 warning.
* ff08: the 2024 goal is a warning (Y103), since only the text is stale; Y101 is accepted.
* ff18: the annual ≥260人次 above the period's ≥200人次 is D201; a D104 against the 中期目标's
  200人次 at the same cell names the same problem and is accepted.
* ff16: the annual 320 exceeds the period 300 (B103) and the detail lines add to 300, not their
  合计 320 (B102); a B101 elsewhere is not asked for.
* ff10 uses OLD-NAT without a 成本指标 tier-2, which OLD-NAT does not require.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout620 import mill, pigs, sheep
from tests.variants.holdout620.registry import HOLDOUT620
from tests.variants.kit import Variant

MODULES = (pigs, sheep, mill)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT620, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 620th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
