"""The 425th held-out set: 18 invented returns of 霜原县 (an invented northern county) on sugar
beet (甜菜) planting support and mechanised harvest support, budget year 2025, money in 万元.

Layouts: project heads (``heads.project_head``) with one-year and multi-year money blocks,
department heads (``heads.department_head``) with budget, shares and key tasks; OLD-NAT and
NAT-2021 tiers merged down; operator and unit columns, one value column, 中期 and 年度 columns,
tier labels numbered with points, tier-1 and indicator score columns, flat lists, two projects
stacked in one sheet, a table on a second sheet, headers 指标内容 / 绩效标准 / 预期目标 /
预期实现值, a two-row header repeated after a page break, subtotal and 合计 rows, notes,
填表说明 and signature lines.

Modules: ``planting`` (xs01–xs06), ``harvest`` (xs07–xs12), ``county`` (xs13–xs18).

Planted mistakes (return: code, highest accepted severity, place):

* xs02-seedling-percent-wrong: T106 ≤error at the 移栽成活率 value (a typed 105%); T108
  ≤warning, row, on 立枯病发生率 (≥ on a 反向 incidence rate).
* xs04-stacked-defects: B101 ≤error, row, at the second project's 资金总额 (150 ≠ 110 + 30);
  T105 ≤error at 参保农户覆盖率 `≥3200户`.
* xs06-flat-defects: T112 ≤error at `≥6万亩` with unit column 户; T108 ≤warning, row, on
  褐斑病发生率 `≥5%` declared 反向; W101 ≤error, book level (weights add to 95).
* xs08-tier-points-mismatch: W103 ≤error at the 产出指标 score (40 declared, 35 below) and at
  the 效益指标 score (30 declared, 35 below).
* xs09-template-rows: F110 ≤error at the empty name of the `≥6期` row; F109 ≤warning, row, at
  the empty 时效指标 and 社会成本指标 template rows.
* xs11-multi-year-copied: D202 ≤warning at two annual cumulative counts equal to the period
  ones (服务组织 ≥10个, 托管面积 ≥6万亩); D201 ≤error at the annual `≥12台` over the period `≥8台`.
* xs12-conversion-artefacts: X105 ≤warning (alt X103) at the 财政拨款 text `165.4 8`; X104
  ≤warning at the plan end date stored as the text `45961`; X106 ≤error (alt B108) at the
  detail line `36万36万`.
* xs14-second-sheet: T105 ≤error at 技术指导覆盖率 `≥4000户`; T106 ≤error (alt T114) at
  受训农户满意度 `＞100%` (second sheet 绩效指标).
* xs18-department-money-wrong: B101 ≤error, row, at 资金总额 560 (基本支出 200 + 项目支出 380 =
  580); B102 ≤error, row, at the 金额合计 380 (tasks add to 360); T108 ≤warning, row, on
  甜菜褐斑病发生率 `≥8%`.

Legitimate look-alikes in the correct returns: percent-typed values with % also in the unit
column and a date cell as a deadline (xs01); the same indicator name with different values in
two stacked projects, `=100%` on an acceptance rate, a 下降率 with ≥ (xs03, xs15, xs17); unit
costs × counts equal to the fiscal money (xs01, xs07, xs15, xs17); a flat list with a 合计
row of 100 (xs05); tier points in the labels and indicator points both adding to 100 with a
合计 row (xs07); `≥6百分点` / `≥5百分点` on rate changes (xs07, xs16, xs17); `0起` on an
incident or dispute count (xs13, xs15); a 2027 deadline in the 中期 column of a 2025–2027
project and equal annual/period rates and unit costs (xs10); footnotes explaining a rate and
the total, an instruction row inside the table, 填表说明, a fill date in the prior year (xs15);
a two-row header, a 产出指标小计 row and a header repeated after a page break (xs16); shares
typed as percents (xs17); 成本指标 listed first (xs17).

Judgements: `0起` without an operator on an incident count is a complete target (zero read as
=0 is what is meant), not a missing operator or a zero cost. `＞100%` on a satisfaction rate is
an impossibility (error), not only an implausible satisfaction. In xs04 and xs18 the money
mistakes are marked on their rows because the checker may place the finding on any amount of
the row. xs12's `36万36万` in a 万元 detail block reads as 36 and the lines then add up; the
split `165.4 8` reads as 165.48 so 资金总额 adds up. In xs11 the unit cost × the copied annual
area (6万亩 × 25元 = 150万) stays within the annual money, so no B107 is expected. 褐斑病发生率
under 生态效益指标 (xs18) is left unmarked: less disease means less fungicide.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout425 import county, harvest, planting
from tests.variants.holdout425.registry import HOLDOUT425
from tests.variants.kit import Variant

MODULES = (planting, harvest, county)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT425, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 425th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
