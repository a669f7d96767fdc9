"""215th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample.
Theme: education, culture and sports projects (学校, 图书馆, 文化馆, 体育场馆, 非遗) over
several years, with 中期 and 年度 indicator columns and money, money blocks worked out in the
table (测算依据 products, 数量 × 单价 columns, 资金来源 blocks with shares) and subtle mistakes
in money and years (variant items 8, 9, 12). 9 of the 18 returns are correct (pq01, pq03, pq05,
pq07, pq09, pq11, pq13, pq15, pq17); the other 9 carry 2–3 planted mistakes a careful reviewer
marks (20 in all):

* a cumulative count equal in the 中期 and 年度 columns of a multi-year project: 留样冷柜 ≥36台
  where the year's share is 12 (pq02), 培训青少年运动员 ≥900人次 in year one of three (pq16)
  (D202, warning);
* a year's count above the period's: 明厨亮灶 schools ≥40所 against ≥36所 (pq02), activities
  ≥720场 against ≥648场 (pq06) (D201, error);
* a 年度目标 that is the 中期目标 word for word in a three-year project (pq04) (D204, warning);
* a total that is not its parts: 年度资金总额 260 = 210 + 40 (pq04), a department's 基本支出 +
  项目支出 = 2430 against 资金总额 2380 (pq14) (B101, error);
* the lines of a 测算依据 block adding up to 1210 against its 合计 1200 (pq10) (B102, error);
* a per-student cost cap that times the students (4500元 × 3200人 = 1440万元) passes the
  year's 1200万元 (pq10) (B107, warning);
* a line of a 数量 × 单价 block in 万元 written in 元 (62400 for 6.24) (pq08) (B110, error,
  B102 accepted; B102 at the 合计 accepted but not asked for);
* a share in a 资金来源 block that is not its amount's: 36% for 360 of 1200 (pq12) (B111,
  error, B101 accepted; B101 at the 合计 share accepted but not asked for);
* a one-year project whose 年度资金总额 68 differs from its 项目总金额 86, first of two stacked
  projects (pq16) (B109, warning);
* plan dates in 2025 in a 2026 one-year table (pq08) (Y101, error, Y102 accepted; the
  indicator's 2026 deadline beside them tolerated up to an error);
* a 中期 deadline in 2028 for a project that ends in 2027 (pq06) (Y102, error);
* 2024 in the 年度目标 of a 2026–2028 project, second of two stacked (pq16) (Y103, warning,
  Y101 accepted);
* a 计划完成日期 2026-06-30 before the 计划开始日期 2026-07-01 (pq18) (Y104, error; the
  reopening date after that end tolerated up to an error);
* a date the calendar lacks, 2026年4月31日前 (pq12) (Y106, error);
* a unit cost rounded to 0: 人均月补助标准 ≤0万元/人·月 (pq12) (T115, error, T116 accepted);
* an amount pasted twice as text in a department task, 370万370万（含场馆维修） (pq14) (X106,
  error);
* a 财政拨款 copied from a PDF with its number split by a space, 156.337 5 (pq18) (X105,
  warning).

Legitimate look-alikes sit in the correct returns: rates, unit costs, grades, a service life
and a final deadline equal in 中期 and 年度 while counts are smaller in the year (pq01, pq03,
pq05, pq13); a multi-year project begun the year before the budget year, with a 2025 start date
and a 2025 mention in its 年度目标 (pq03); 年度 money of 当年财政拨款 + 上年结转 + 其他资金
(pq03); deadlines in the year after the budget year in the 中期 column (pq05, pq13); 95% and
100% typed as Excel stores them (pq01, pq07, pq11, pq15) and shares stored as 0.0% percentages
under the amounts (pq17); money with its unit in the number format (万元, 元); a 测算依据 block
whose products and lines add up exactly, with unit-cost indicators equal to the prices (pq07,
pq09); a 数量 × 单价 block in 元 with a budget of seven digits (pq11); rounded shares 33.3% +
33.3% + 33.4% (pq09); last year's budget spent in full (pq09); a subsidy standard with = (pq09);
a standard × count equal to its money (pq09, pq13); costs 反向 with ≤ beside a direction column
(pq05); 0起 of accidents (pq15); department budgets adding both ways with tasks adding to
项目支出 (pq15, pq17); a flat list with an operator column and weights adding to 100 (pq15);
numbered tier labels carrying points whose indicator 分值 add up to them (pq17);
footnotes and signature lines throughout.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout215 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout215 import blocks, periods, stacked
from tests.variants.holdout215.registry import HOLDOUT215
from tests.variants.kit import Variant

MODULES = (periods, blocks, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT215, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 215th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
