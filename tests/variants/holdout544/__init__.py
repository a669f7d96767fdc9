"""The 544th held-out set: 18 invented returns on Chinese yam (山药) planting bases (ch01–ch06,
ch13, ch16) and rural e-commerce sales of yam (ch07–ch12, ch14, ch15, ch17, ch18), 9 correct
and 9 with 22 required marks, for measuring ``goalbook check`` out of sample.

Layouts: project heads with 万元 money in the number format (all but ch07–ch10, ch15);
department heads with budgets and key tasks (ch07, ch08) or with flat lists (ch09, ch10);
operator and unit columns with percent cells (ch01, ch02); tier labels numbered, with points,
``*`` / ``★`` marks and abbreviations (ch03, ch04); three-year projects with 中期 and 年度 columns
(ch05, ch06); headers 考核指标 / 目标值（年度） / 评价标准 (ch11) and 预期目标 (ch12); two
projects stacked in one sheet (ch13, ch14); a budget-system export with codes in the first
columns, money on a first sheet with a 合计 row and the indicator table on a second sheet under
a header on row 3, repeated after a page break (ch15); money detail lines under the table
(ch16); a tier-1 score column beside an indicator score column (ch17); 指标性质 as direction
and 指标方向 as operator in words (ch18). 注 / 说明 / 填表说明 rows and signature lines occur
throughout.

Planted mistakes (code, highest accepted severity, place):

* ch02-base-rate-wrong: T106 ≤error at the 种苗成活率 value ``105%`` (percent cell, Sheet1!E10);
  T108 ≤warning (row) at the ≥ of 山药炭疽病发生率; T108 ≤warning (row) at the = of the
  每亩改造补助标准 cost cap.
* ch04-base-tier-wrong: W103 ≤error (alt W101) at the tier-1 label 一、产出指标（50分）, whose
  indicators give 45; F105 ≤error (row) at 可持续影响指标 placed under 满意度指标.
* ch06-base-multi-year-copied: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D202
  ≤warning at the annual cells of 良种繁育面积 and 培训种植户 (cumulative counts copied).
* ch08-shop-money-wrong: B101 ≤error at 资金总额 560 (500 + 40 = 540); B102 ≤error at the
  金额合计 260 of the key tasks (110 + 90 + 50 = 250).
* ch10-shop-flat-defects: W101 ≤error at book level (weights 95); T105 ≤error at the value
  28000 (unit 单) of 订单配送及时率.
* ch12-shop-template-empty: F109 ≤warning (row) at the empty tier-2 质量指标; F110 ≤error at the
  empty name cell of a 社会效益指标 row valued ≥200户.
* ch14-stacked-defects: B101 ≤error at the second project's 年度资金总额 95 (80 + 10 = 90); T106
  ≤error at 出口订单履约率 ≥110%.
* ch16-conversion-artefacts: X104 ≤warning at the text ``45961`` of 秋季采挖完成时间; X105
  ≤warning (alt X103) at the detail line ``38.562 5``; X106 ≤error (alt B108) at ``40万40万``;
  B102 ≤error tolerated at book level (not required).
* ch18-direction-words: T108 ≤warning (row) at 小于等于 on a 正向 order count, at 大于等于 on the
  反向 冷链运输损耗率 and at 等于 on the 反向 单件冷链快递补贴.

Legitimate look-alikes in the correct returns: a 化肥施用量下降率 with ≥ (ch01), a 发生率 and a
损耗率 with ≤ (ch01, ch17), a date cell as a deadline (ch01), tier points in the labels and
indicator points both adding to 100 (ch03) and a tier-1 score column beside an indicator score
column (ch17), rates and unit costs equal in the 中期 and 年度 columns while counts fall
(ch05), unit cost × count equal to the money (ch05, ch07's stations, ch13, ch15's cold store),
金额合计 equal to 项目支出 rather than 资金总额 with a note saying so (ch07), a 合计 row of
weights in a flat list (ch09), a 退货率 with ≤ (ch09), a name holding 48小时 (ch09, ch18), a note
row inside the table and a 填表说明 below (ch11), the same indicator names with different
values in two stacked projects (ch13), a header row repeated after a page break and a money
合计 row (ch15), ``≥3百分点`` / ``提高≥2百分点`` on rate changes (ch15, ch17), ``0起`` on an
incident count (ch17), fill dates in the year before the budget year (all).

Judgements where a reviewer could hesitate: the ch02 subsidy ``=`` and ch18 ``等于`` on a cost
cap are doubtful, not impossible (warnings). In ch04 the missing 5 points could equally be read
as a weight total of 95 (W101 accepted); 可持续影响指标 under 满意度 is a wrong parent, not an
unknown tier. ch06's annual cells are copies of cumulative counts in a three-year project
(D202 at each cell, a warning). ch10's 28000 单 for a 及时率 is a rate given as a count, an
error. ch16's ``40万40万`` may also make the detail lines fail to add up: that B102 is
tolerated. ch18's 满意度 value 90 with % in the unit column is a valid percentage; the 定性 row
with an empty 指标方向 is correct.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout544 import bases, exports, sales
from tests.variants.holdout544.registry import HOLDOUT544
from tests.variants.kit import Variant

MODULES = (bases, sales, exports)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT544, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 544th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
