"""The 864th held-out set: employment services (job fairs, vocational skills subsidies, public
welfare posts) of the invented 鹤汀县, 18 returns, 9 correct and 9 with 24 required marks, most of
them found only by comparing one part of a return with another.

Layouts: project heads (§3.1) with 中期 / 年度 money blocks, tier-1 and tier-2 merged down;
numbered labels (kgp01), labels with points and a 分值 column (kgp11, kgp12), abbreviated labels
(kgp13), labels marked with * (kgp16); stacked projects (kgp03, kgp04); department heads with
budget and task blocks (kgp09, kgp10, kgp13, kgp14); flat lists (kgp09 指标名称 · 权重 · 计量单位
· 指标性质 · 指标值, kgp10 指标名称 · 指标值 · 计量单位 · 权重); 中期 and 年度 columns
(kgp07, kgp08, kgp17 under a two-row header, kgp18); an operator column in words under
headers 考核指标 · 指标性质 · 绩效标准 · 计量单位 (kgp15, kgp16), the header repeated after a
page break (kgp15); a money detail block and the indicator table on a second sheet under
预期实现值 (kgp05); a budget-system export with codes in the first columns and the header on
the third row (kgp06); 注 / 说明 rows and signature lines dated the autumn before.

Planted mistakes (code, highest accepted severity, place):

* kgp02-fair-goal-mismatch: D104 ≤warning at Sheet1 D10 (the goal's 30 fairs, the indicator's
  20); Y102 ≤error at the deadline value `2025年10月31日前` (alt Y101, Y103, D104: the goal says
  2026年10月31日前); F201 ≤warning on the row of 求职者满意度 under 社会效益指标.
* kgp04-fair-stacked-wrong: B101 ≤error at the second project's 年度资金总额 40 ≠ 30 + 5 (alt
  B103, B109: it also exceeds the 中期 35); D102 ≤error on the row of 举办专场招聘会场次 ≥12场,
  the same indicator as 专场招聘会场次 ≥10场 one row above (alt D103, D101, D104); B107
  ≤warning on the row of 单场招聘会成本 ≤4.5万元/场 × 10场 = 45 above the money.
* kgp06-fair-export-wrong: Y103 ≤warning on the row of 2025年零工市场登记求职人数 in a 2026
  export (alt Y101); T105 ≤error at 岗位对接成功率 1200人.
* kgp08-training-period-wrong: D204 ≤warning at the 年度目标 copied from the 中期目标; D201 ≤error
  at the annual 1500人 above the period's 1200人; D202 ≤warning at the annual 开班期数 copied
  from 中期. The annual cost row is tolerated (*, warning): B107 follows from the 1500人.
* kgp10-training-flat-wrong: D104 ≤warning on the row of 人均培训补贴标准 ≤1500 against the
  goal's 不超过1200元 (a B107 there tolerated); W101 ≤error at book level (weights 95).
* kgp12-training-points-wrong: W103 ≤error at the tier cell 产出指标（50分） (its indicators give
  45; a book-level W101 tolerated); F201 ≤warning on the row of 培训合格率 under 时效指标; B107
  ≤warning on the row of 人均培训补贴标准 ≤2000元/人 × 800人 = 160万元 > 120万元.
* kgp14-posts-department-wrong: B101 ≤error at 资金总额 780 (700 + 40 = 200 + 540 = 740); B102
  ≤error at 金额合计 540 (432 + 24 + 60 = 516); D104 ≤warning at 开发城镇公益性岗位数 ≥200个
  against the goal's and the task's 240.
* kgp16-posts-direction-wrong: Y101 ≤error at book level (title 2026, plan dates 2025; alt Y102);
  T108 ≤warning on the row of 岗位人员流失率 大于等于 5; F201 ≤warning on the row of 岗位补贴标准
  under 数量指标.
* kgp18-posts-copy-wrong: Y103 ≤warning at the 年度目标 written for 2025 in a 2026—2028 project
  (alt Y101); D202 ≤warning at the annual 岗前安全培训人次 copied from the period's 600.

Cross-table marks (goal ↔ indicator, years, 中期 ↔ 年度, duplicates, tier-2, cost ↔ money,
parts ↔ totals, leftovers): all but T105 (kgp06), T108 (kgp16), W101 (kgp10) and W103
(kgp12), i.e. 20 of 24.

Legitimate look-alikes in the correct returns: the goal's 24 fairs with their parts in brackets
and a 其中 row under the total (kgp01), 24 × 2.5万元 = 60万元 exactly the money (kgp01), 1500元 ×
3000人次 = 450万元 (kgp07), 1500元 × 300人 × 12 = 540万元 (kgp13); the same indicator names
with different values in two stacked projects (kgp03); the period's counts three or two times
the year's beside equal rates (kgp07, kgp17); a 下降率 with ≥, 0起 on a case count and a
2027 the work prepares for (kgp09); `=0起` on an accident count and `=100%` at the ceiling
(kgp13); tier points and indicator points both adding to 100, `≥3百分点` (kgp11); typed
percent cells pct(1), pct(0.98) (kgp01, kgp05, kgp11, kgp13); a 投诉率 with ≤ (kgp01, kgp15);
`定性 │ 建立并执行` in the operator column (kgp15); a footnote explaining a total (kgp01, kgp13,
kgp15).

Judgements: a deadline of the previous year is an impossibility for the budget year (Y102 up to
error) but a year in a name or a goal is only doubtful (Y103 warning); the two values of one
duplicated indicator contradict each other (D102 up to error); B107 stays a warning (a cap
is not the spending); in kgp04 the second project's 中期 total 35 is taken as right and the
annual 40 as the slip; 培训班期数 are cumulative, so a copied annual value is D202; 28 villages
covered each year (kgp18) are not cumulative and equal columns there are right; a return's fill
date in the autumn before the budget year is no year conflict.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout864 import fairs, posts, training
from tests.variants.holdout864.registry import HOLDOUT864
from tests.variants.kit import Variant

MODULES = (fairs, training, posts)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT864, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 864th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
