"""The 710th held-out set: 18 invented returns of 栎川县 (an invented county) on a township
health centre's chronic-disease follow-up (慢性病随访), the family-doctor contract service
(家庭医生签约服务) and a free cervical-cancer screening drive (宫颈癌免费筛查), with a careful
reviewer's marks. Nine returns are correct, nine carry 2–3 planted mistakes (25 required
marks, 20 of them found only by comparing one part of the return with another).

Layouts: project heads with one value column, an operator column (指标性质 as ≥/≤, 指标方向 in
words) and a unit column (计量单位, 度量单位); department heads with budget and key tasks; flat
lists in two column orders; three-year and two-year projects with 中期 and 年度 columns; two
projects stacked in one sheet (one-year, and two-year with two value columns); a budget-system
export (部门项目支出预算05-1 / 部门项目支出绩效目标05-2, codes in the first columns, header on
the third row); the table on a second sheet under 指标内容 / 预期实现值; a two-row header with
考核指标 / 目标值（年度） / 评价标准 and the header repeated after a page break; numbered tier
labels with points; a tier-1 score column; marked and abbreviated labels (*产出, ★数量, 质量).

Planted mistakes (return: code, highest accepted severity, place):

* kar02: D104 ≤warning at the 随访人数 row (goal 3200人, indicator ≥2800人); F201 ≤warning at the
  row of 血糖控制达标率 under 时效指标; B107 ≤warning at the cost row (25元 × 12800人次 = 32万
  > 24万).
* kar04: D201 ≤error at the annual cell (年度 ≥800人 > 中期 ≥600人; alt D104); D202 ≤warning at
  the annual cell of 培训人次 copied from 中期 (the 年度目标 says 60); T108 ≤warning at the row
  of 漏报率 ≥2% in the annual column.
* kar06: Y102 ≤error at `2024年12月31日前` in a 2025 export (alt Y101, Y103); D103 ≤warning at
  the row of 规范化管理率 ≥62% under 社会效益, the same as 规范管理率 ≥65% under 质量 (alt D101,
  D102, F201).
* kar08: B101 ≤error at 资金总额 (230 + 140 ≠ 380); B102 ≤error at 金额合计 (80 + 38 + 18 ≠ 140);
  D104 ≤warning at the 团队数 row (goal 12个, indicator ≥10个).
* kar10: D102 ≤error at the second 重点人群签约人数 row (4800 / 4500; alt D101, D103); W101
  ≤error book level (weights 95).
* kar12: W103 ≤error at the 产出指标 score cell (50 declared, 45 under it; W101 tolerated book
  level); F201 ≤warning at the row of a 服务人次 under 质量指标; Y103 ≤warning at the 年度目标
  cell that still says 2024 (alt Y101).
* kar14: B101 ≤error at 年度资金总额 (36 + 6 ≠ 45); D104 ≤warning at the 筛查人数 row (goal
  3000人, indicator 2500); B107 ≤warning at the cost row (200元 × 2500人 = 50万 > 45万).
* kar16: F110 ≤error at the empty name cell of a `≥90%` row; Y102 ≤error at `2026年6月30日前` in
  a one-year 2025 project (alt Y101); F109 ≤warning at the row of the empty 生态效益指标.
* kar18: T106 ≤error at a typed 105% on 筛查报告审核合格率; F201 ≤warning at the row of a 制片
  合格率 under 时效; D103 ≤warning at the row of 随访管理率 ≥90% under 社会效益, near the
  随访率 ≥95% under 质量 (alt D101, D102, F201).

Legitimate look-alikes in the correct returns: a 下降率 with ≥ written as a positive percent
(kar01); percent cells typed in Excel with % in the unit column (kar01, kar09, kar13);
cost standard × count equal to the money (kar01, kar13) or within it with a footnote saying so
(kar03, kar05, kar07, kar09, kar11, kar15, kar17); a goal count with its parts in brackets and
indicators for the total and a part (kar07); 为2028年在全县推广积累经验 in a 2025–2027 goal
(kar03); period counts above the year's and equal rates, unit costs and satisfaction in both
columns (kar03, kar17); a year-two deadline in 中期 beside the year-one deadline in 年度 (kar17);
the same indicator name with different values in two stacked projects (kar05, kar17); `=100%`
kept as text on a 建档率 and a 验收合格率 (kar05, kar17); `≤0起` on a dispute or incident
count (kar09, kar13); rates raised in 百分点 (kar03, kar11, kar15); tier points in the labels
and indicator points both adding to 100 (kar11); 合计 and 说明 rows, a repeated header, fill
dates in November 2024 and signature lines (kar05, kar07, kar09, kar11, kar15).

Judgements: a goal count that differs from its indicator is a warning (D104), not an error; the
reviewer asks rather than rejects. Cost × count above the money is a warning (B107), since the
standard is a cap. A deadline outside a one-year project (kar06 last year, kar16 next year) is
marked as an error: it cannot be met within the budget year. In kar04 the annual 800 above the
period's 600 is an error (D201) although it also contradicts the goal text (D104 accepted).
In kar12 the 2024 in the goal is a leftover of last season (Y103 warning), not a year the work
prepares for. The two near-duplicates (kar06, kar18) sit under different tier-2s with different
values; D103 is asked for, D102 and F201 are accepted. kar13's bare `95%` percent cell without an
operator is read as the target (an info at most). The flat lists' 合计 rows are not indicators.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout710 import contract, followup, screening
from tests.variants.holdout710.registry import HOLDOUT710
from tests.variants.kit import Variant

MODULES = (followup, contract, screening)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT710, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 710th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
