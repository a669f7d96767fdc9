"""The 430th held-out set: a mountain county's Juncao (菌草) mushroom-growing technology extension.

Theme: 岫岭县 (invented) extends Juncao technology in two halves: growing mushrooms on Juncao
(demonstration bases, seedlings, 菌包, training; ``growing``) and Juncao for ecology and feed
(collapsed-slope erosion control, 菌草饲料, tea-garden intercropping, ecological repair;
``ecology``); ``offices`` holds department returns, footnotes, a budget-system export and
conversion artefacts. Budget year 2025; all places, units, people and phones are invented.

Layouts: project heads with one value column (xx02, xx05, xx06, xx09, xx10, xx15, xx17, xx18),
an operator and a unit column with typed percent cells and 万元 in the number format (xx01),
中期 and 年度 columns for two- and three-year projects (xx03, xx04), numbered / pointed / marked
tier labels (xx05, xx06), department heads with flat lists (xx07 operator column, xx08 direction
column and another column order) and with tiers (xx13, xx14, shares typed as percents in xx13),
two stacked projects (xx09, xx10), tier-1 and indicator score columns (xx11, xx12), an
instruction row inside the table with footnotes, 填表说明, signature and stamp lines (xx15), a
budget-system export on two sheets (05-1 money, 05-2 indicators with codes first, header on the
third row and repeated after a page break; xx16), headers 指标内容 / 绩效标准 with money detail
lines (xx17), header 预期目标 (xx18).

Planted mistakes (code, highest accepted severity, place):

* xx02: T108 ≤warning Sheet1!D11 (row), 菌包杂菌污染率 ≥3%; T108 ≤warning Sheet1!D15 (row),
  菌草粉碎加工成本 =180元/吨 (= on a cost cap); T106 ≤error Sheet1!D20, 满意度 typed 105%.
* xx04: B103 ≤error Sheet1!E5, 年度资金总额 420 > 中期 360; D202 ≤warning Sheet1!E11 and
  Sheet1!E12, three-year cumulative counts (示范村 12个, 种植 1500亩) copied to the 年度 column.
* xx06: T113 ≤warning Sheet1!D11, 移栽完成时间 100%; F105 ≤error Sheet1!B14, 2.质量指标 under
  二、效益指标.
* xx08: T112 ≤error Sheet1!B14, ≥12万元 with unit column 亩; T108 ≤warning Sheet1!B15 (row),
  疫病发生率 marked 反向 with ≥2%; W101 ≤error book level, weights add to 95.
* xx10: B101 ≤error 绩效目标表!C22, the second project's 75 ≠ 66 + 5; T105 ≤error
  绩效目标表!D27, 套种菌草成活率 ≥5000株.
* xx12: W103 ≤error Sheet1!B9 (产出 declared 40, indicators 45) and Sheet1!B14 (效益 declared
  30, indicators 25); both levels still total 100, so no W101.
* xx14: B101 ≤error Sheet1!B4, 基本 200 + 项目 370 ≠ 资金总额 580; B102 ≤error Sheet1!D9,
  tasks 150 + 120 + 90 ≠ 金额合计 370; T105 ≤error Sheet1!D21, 种植户满意度 ≥800户.
* xx17: X104 ≤warning Sheet1!F4, 计划完成日期 the text 46022; X105 ≤warning Sheet1!D19 (alt
  X103), 32.437 5; X106 ≤error Sheet1!D20 (alt B108), 30万30万; B102 ≤error book level tolerated
  (not required): the lines add to 86.5 only when 30万30万 is read as 30.
* xx18: F110 ≤error Sheet1!C12, a value ≥90% with an empty name; F109 ≤warning Sheet1!B13 (row),
  时效指标 left from the template.

Legitimate look-alikes in the correct returns: typed percent cells (xx01 values, xx07 满意度,
xx13 shares with 100% on the total); 菌包杂菌污染率 ≤5% (反向 with ≤, xx01); 下降率 with ≥
(xx07 水土流失面积下降率, xx09 饲料成本下降率); 0起 on an accident count (xx07); a 土壤侵蚀模数
with ≤ (xx07); tier points in the labels (xx05) and at two levels, both totalling 100 (xx11);
植被覆盖率提高 ≥5百分点 (xx11); the same names with other values in stacked projects (xx09 受益
农户, 受益农户满意度); annual counts below period counts and equal rates and unit costs in a
two-year project (xx03); a footnote explaining the money 0.2万元×250亩=50万元 (xx15); fill and
signature dates in 2024, the year before the budget year; the instruction row, footnotes, 填表
说明, stamp line, money 合计 row, repeated header and 注 line are not indicators (xx15, xx16).

Judgements: unit cost × count stays within the money everywhere (xx01 300亩×0.2, xx03 800×0.25
and 400×0.25, xx09 1500吨×200元, xx16 300万株×0.15 and 500亩×0.18); income or output values
per 亩 / 户 (xx02 亩均鲜菇产值 ≥1.2万元, xx15 亩均增收 ≥4000元) are benefits, not costs, and are
not compared with the money. In xx16 bare 95 / 90 with % in the unit column are rates as
written. 可持续影响 with 定性 in the operator column and the grade 有效 (xx01) is well formed.
xx04's annual goal text names no counts, so only the copied cells are marked, not the text.
xx08's 95 is not the 90 of 10号 (预算执行率 scored apart), so the weights are an error.
xx12's mismatch is marked at the tier score cells, not as a weight total.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout430 import ecology, growing, offices
from tests.variants.holdout430.registry import HOLDOUT430
from tests.variants.kit import Variant

MODULES = (growing, ecology, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT430, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 430th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
