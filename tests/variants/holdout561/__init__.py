"""The 561st held-out set: 18 invented returns on cashmere goats and Hami melons (绒山羊、哈密瓜):
breeding, planting, pre-cooling and cold-chain sales, with a careful reviewer's marks.

Places, units, people and figures are invented (嘉木塔拉旗, 雁岭镇, 碧泉县, 东戈壁乡, 苇湖县).
Budget year 2025, money in 万元 (mostly only in the number format).

Layouts: project heads with one-year and 中期/年度 money blocks; a department head with key tasks
and 金额合计; one value column, an operator column (指标性质) with a unit column, 中期 and 年度
columns, tier-1 and indicator score columns; headers 指标内容 / 绩效标准 and 预期实现值; tier labels
numbered (一、 / （一）), with points (产出指标（50分）), with ★ and *, abbreviated
(数量, 经济效益); two projects stacked in one sheet (cy03, cy18); flat department lists (cy06 with
指标性质 as operator, cy17 with 实施周期 and 年度 columns); a table on a second sheet (cy08);
a budget-system export with codes in the first columns and the header on the third row (cy15); an
instruction row, subtotal rows, a header repeated after a page break, 注 / 说明 / 填表说明
and signature lines (cy11).

Planted mistakes (code, highest accepted severity, place):

* cy02-goat-percent-wrong: T106 ≤error at the typed 105% of 冻精质量检测合格率; T108 ≤warning
  (row) at the ≤ operator of 羔羊成活率.
* cy04-goat-wrong-parent: T105 ≤error at 配种受胎率 `600只`; F105 ≤error at the tier-2 cell
  （四）经济效益指标 under 一、产出指标.
* cy05-goat-multi-year: D204 ≤warning at the 年度目标 cell (identical to 中期目标); D201 ≤error at
  the annual `≥3600只` above the period `≥3000只`; D202 ≤warning at the annual `≥30座` copied.
* cy08-melon-second-sheet: F110 ≤error at the empty name cell of a row with `≥98%`; F109
  ≤warning (row) at the 时效指标 tier-2 left without indicator or value.
* cy10-melon-points-wrong: W103 ≤error at the 产出 tier score 45 (indicators 40) and at the 效益
  tier score 35 (indicators 40); both levels still total 100, so no W101; T108 ≤warning (row) at
  `≥3%` on 白粉病发病率.
* cy12-melon-artefacts: X103 ≤warning at 年度资金总额 `1,280.00` stored as text; X104 ≤warning at
  the 计划开始日期 `45839` (2025-07-01) in a text cell; X106 ≤error (alt B108) at the detail line
  `120万120万`.
* cy14-coldchain-department-wrong: B101 ≤error at 资金总额 700 (基本 260 + 项目 420 = 680); B102
  ≤error at 金额合计 420 (tasks 150 + 170 + 90 = 410).
* cy16-coldchain-direction: T108 ≤warning (row) at `≤40辆` (正向 count), `≥5%` (损耗率, 反向) and
  `=380元/吨` (= on a cost standard).
* cy18-coldchain-stacked-wrong: B101 ≤error at the second project's 年度资金总额 260 (200 + 40);
  T105 ≤error at 冷链集配覆盖率 `35个`.

Legitimate look-alikes in the correct returns: 羔羊死亡率 ≤3% and 羊绒平均细度 ≤15.5微米 (反向
with ≤, cy01); a typed 95% / 90% / 80% / 100% (cy01, cy06, cy13); `=100%` on 检疫合格率 and
农药残留抽检合格率 (the ceiling, cy03, cy07, cy12); 亩均灌溉用水量下降率 ≥10% (a 下降率 with ≥,
cy07); 示范区生产安全事故 ≤0起 (a zero incident count, cy07); 冷链断链投诉 ≤3起; `≥5百分点` on a
share raised over last year (cy09, cy13); tier points and indicator points both adding to 100
(cy09, with a 注 explaining it); the same satisfaction indicator with different values in two
stacked projects (cy03); equal 中期 and 年度 values on rates and unit costs (cy05, cy17); 小计 and
合计 rows and a repeated header (cy11); fill dates in 2024 (all signature blocks); unit costs ×
counts within their money everywhere (9000 × 200元 = 180万 equals the task budget in cy13).

Judgements where a reviewer could hesitate:

* cy01 gives the time limit as a date cell under an operator column (`≤ │ 2025-10-31`): correct.
* cy05 marks the copied 暖棚圈舍 count as D202 but not the rates and unit costs copied alongside.
* cy10: the two W103 marks are on the tier score cells; the total still adds to 100.
* cy12: the `1,280.00` text is readable, hence a warning; a B108 error there would be over-severe.
  `120万120万` is an error (X106, B108 accepted); the detail lines add up when read as 120.
* cy15: tiers repeated in every row of the export (no merged cells) are correct for an export.
* cy17: rates in a flat list are bare numbers with % in the unit column: correct.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout561 import coldchain, goats, melons
from tests.variants.holdout561.registry import HOLDOUT561
from tests.variants.kit import Variant

MODULES = (goats, melons, coldchain)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT561, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 561st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
