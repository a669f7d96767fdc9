"""The 414th held-out set: a city's braille (盲文) reading rooms and services for the visually
impaired, all invented (澄湾市, 鹭汀区, 栖梧区; its library, disabled persons' federation, blind
massage centre and service centre). 18 returns, 9 correct, 22 required marks, budget year 2026.

Layouts: one-year project heads with operator and unit columns (xh01, xh02), one value column
(xh04, xh05, xh10–xh12, xh18), a direction column beside an operator column (xh09), a second
sheet under 预期实现值 (xh03), tier-1 and indicator score columns (xh06), three-year projects with
中期 and 年度 columns (xh07, xh08), two projects stacked in one sheet (xh04, xh05), department
heads with budget, shares and key tasks (xh13, xh14), flat lists (xh15, xh16), a budget-system
export with codes in the first columns and headers on the third row (xh17).

Planted mistakes (return, code, highest accepted severity, place):

* xh02: T105 ≤error Sheet1!E10 (盲文期刊订阅完成率 40 种); T106 ≤error Sheet1!E11 (typed 105% on
  a 合格率); T108 ≤warning Sheet1!D12, row (借阅登记差错率 with ≥).
* xh05: B101 ≤error Sheet1!C19 (second project 18 ≠ 14 + 3); T105 ≤error Sheet1!D24
  (覆盖率 20个).
* xh08: D204 ≤warning Sheet1!D9 (年度目标 = 中期目标); D202 ≤warning Sheet1!E11 and E12
  (cumulative counts copied into 年度).
* xh09: T108 ≤warning Sheet1!E10, row (正向 count with ≤); T108 ≤warning Sheet1!E12, row
  (反向 投诉率 with ≥).
* xh11: F110 ≤error Sheet1!C10 (value without a name); F109 ≤warning Sheet1!B15 and B16, row
  (经济效益指标, 生态效益指标 left from the template).
* xh12: T107 ≤warning Sheet1!D10 (=95% on a quality rate); F105 ≤error Sheet1!B11
  (可持续影响指标 under 产出指标).
* xh14: B101 ≤error Sheet1!B4, row (200 + 160 ≠ 350); B102 ≤error Sheet1!D9 (tasks 155 ≠
  金额合计 160).
* xh16: T112 ≤error Sheet1!C9 (≥1.2万元 against unit 人次); W101 ≤error book level (weights 95).
* xh18: X104 ≤warning Sheet1!F4 (计划完成日期 46387 as text); X105 ≤warning alt X103
  Sheet1!E5 (财政拨款 "48.042 5"); X101 ≤error Sheet1!D10 (≥XX册).

Legitimate look-alikes in the correct returns: `=` with a typed 100% on a 合格率 and typed
percents everywhere else (xh01); a 下降率 with ≥ (xh03, xh10); the same indicator names with
different values in two stacked projects (xh04); tier points and indicator points both adding
to 100 and a rate raised by `≥3百分点` (xh06); 年度 rates and unit costs equal to 中期 in a
three-year project while counts are split (xh07); `≤0起` on accidents, `≤48小时` and a bare
`100%` (xh10); unit cost × count within the money (xh01: 150 元 × 1200 册 = 18 万元, its
detail line; xh10: 3000 元 × 200 户 = 60 ≤ 64 万元); typed percent shares that round (90.48 %,
9.52 %, 61.90 %, 38.10 %) (xh13); a flat list with no tiers, a 投诉率 with ≤ and a typed 90%
beside bare numbers with a % unit (xh15); a repeated header row, a 注 row, a 填表说明 row and a
signature dated in 2025 (xh17).

Judgements: the B101 of xh14 is marked on the whole budget row, since either 基本支出, 项目支出 or
资金总额 may be the wrong figure; in xh05 the total cell is marked because 财政拨款 and 其他资金
look deliberate. In xh08 the 年度 cost and rates equal to 中期 are not marked (rates and unit
costs may be equal). In xh16 the rows hold bare numbers with operators and the unit in its own
column; only the 万元 value conflicts. In xh18 the split number read as 48.0425 makes the money
add up, so no B101 is asked for.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout414 import offices, reading, services
from tests.variants.holdout414.registry import HOLDOUT414
from tests.variants.kit import Variant

MODULES = (reading, services, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT414, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 414th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
