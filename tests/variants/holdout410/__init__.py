"""The 410th held-out set: 18 invented returns on a county's batik (蜡染) craft workshops and
its batik training for rural women (溪篁县, an invented county; 溪篁县妇女联合会 and the units
under it), with a careful reviewer's marks, to measure ``goalbook check`` out of sample.

Layouts: project heads with 万元 money blocks (one-year and three-year, 中期 and 年度 money
rows); department heads with a budget row, a row of typed percent shares and key tasks with a
金额合计; tier-1 and tier-2 merged down; an operator column with a unit column (xd01, xd02);
two projects stacked in one sheet (xd03, xd04); 中期 / 年度 value columns (xd05, xd06); flat
department lists (xd07 with ≥ / ≤, xd08 with 大于等于 / 小于等于); tier-1 and indicator score
columns (xd09, xd10); numbered labels with points and the headers 考核指标 / 目标值（年度） /
评价标准 (xd11); header 预期目标 with template rows (xd12); an instruction row inside the table,
注 and 填表说明 rows, a signature line (xd15); subtotal rows, a header repeated after a page
break and a 合计 row (xd16); a budget-system export with codes in the first columns, the
indicators on a second sheet under a header on the third row (xd17); abbreviated and ★ labels
with 指标性质 as direction and 指标方向 as operator (xd18).

Correct returns: xd01, xd03, xd05, xd07, xd09, xd11, xd13, xd15, xd17.

Planted mistakes (return: code, highest accepted severity, place):

* xd02: T106 ≤error at the pass rate typed as 105% (`设备验收合格率`); T108 ≤warning, row, at
  the ≥ of `蜡染产品次品率` (a 反向 rate).
* xd04: B101 ≤error at the second stacked project's 资金总额 (45 ≠ 30 + 10); T105 ≤error at
  `纹样档案著录覆盖率 │ 12个村` (a rate given as a count).
* xd06: D204 ≤warning at the 年度目标 cell (copied from the 中期目标 of a three-year project);
  D201 ≤error at the annual `≥50款` above the period `≥45款`; D202 ≤warning at the annual
  `≥600人次` copied from the period column.
* xd08: T108 ≤warning, row, at `学员中途流失率 │ 大于等于`; W101 ≤error on the whole return
  (weights 20 + 20 + 10 + 15 + 15 + 15 = 95).
* xd10: W103 ≤error at the 产出指标 score 50 (indicators 45) and at the 效益指标 score 30
  (indicators 35): both levels still add to 100, so no W101; F105 ≤error at the 时效指标
  label under 效益指标.
* xd12: F110 ≤error at the empty name cell of the `≥8期` row; F109 ≤warning, row, at the
  empty 质量指标 and 生态效益指标 template rows.
* xd14: B101 ≤error at 资金总额 500 (基本支出 180 + 项目支出 300 = 480); B111 ≤error at the
  项目支出 share 55% (300 ÷ 500 = 60%); B102 ≤error at the 金额合计 300 (180 + 130 = 310).
* xd16: X104 ≤warning at the text `45961` given as a completion date; X101 ≤error at the
  placeholder `≥**万元`.
* xd18: T108 ≤warning, row, at the ≥ of `染料废水超标排放率` (declared 反向); F108 ≤error at
  the tier-1 `过程` (an evaluation tier; F103 accepted).

Legitimate look-alikes in the correct returns: typed percent cells (xd01, xd05, xd07, xd11,
xd13); a unit cost × count equal to the money (xd01 6 × 20 = 120, xd09 500 × 1800元 = 90万,
xd11 240 × 3000元 = 72万); a 下降率 with ≥ and `≤ 0 起` on an incident count (xd07); the same
indicator name `参展工坊满意度` with different values in two stacked projects (xd03);
`改造工程验收合格率 100%` and `资金拨付到位率 =100%` (text) at the ceiling (xd03, xd17); rates
raised with `提高≥5百分点` / `提高≥3百分点` (xd09); tier-1 and indicator scores both adding to
100 (xd09); points only in the tier labels (xd11); rates equal and counts smaller in the 年度
column of a three-year project (xd05); a fill date in the year before the budget year, a
footnote explaining the total, an instruction row inside the table (xd15); a date cell as a
time target (xd01); share 100% on 资金总额 (xd13).

Judgements where a reviewer could hesitate:

* xd14: with three inconsistent figures the B101 is marked at 资金总额 (as the main corpus
  does), the share at the 项目支出 share, and B102 at the 金额合计 (it equals 项目支出, so the
  task lines are what is wrong, but the finding lands at the total).
* xd06: the annual `≥50款` × 0.8万元 = 40万 stays within the annual 50万, so only D201 fires.
* xd08: rates with bare numbers and `%` in the unit column are read as percentages.
* xd18: `过程 → 组织实施` is marked F108 (alt F103: a tier-1 outside the framework names the
  same problem); the tier-2 `组织实施` under it is not marked separately.
* xd12: the F109 rows are marked row-wide, as a finding may land at the tier-2 cell or the
  empty name.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout410 import paperwork, training, workshops
from tests.variants.holdout410.registry import HOLDOUT410
from tests.variants.kit import Variant

MODULES = (workshops, training, paperwork)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT410, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 410th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
