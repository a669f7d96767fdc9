"""239th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
agriculture and rural revitalisation (耕地地力保护补贴, 农机购置补贴, 衔接推进乡村振兴补助资金,
动物疫病防控, 农村人居环境整治): standards per 亩, 台, 头, 户 or 人 times the quantity against
the money, several projects stacked in one sheet each with its own money and weights, 中期/年度
columns in multi-year projects, goal texts with counts the indicators must agree with (variant
items 2, 8, 12). 9 of the 18 returns are correct; the other 9 carry 2–3 planted mistakes a
careful reviewer marks (20 in all):

* a unit standard × the quantity above the project's money: ≤3000元/人 × 260人 in the third of
  three stacked projects (qo02), ≤2.6万元/台 × 1500台 in the first of two (qo06), ≤4元/头 ×
  180万头 (qo16) (B107, warning, at the standard);
* a total that is not its sources: 年度资金总额 180 over 150 + 20 in the second stacked project
  (qo02), 620 over 中央 400 + 省级 120 + 县级 80 (qo16) (B101, error);
* department tasks adding to 1480 under a 金额合计 of 1520 (qo14) (B102, error, B101
  accepted);
* 年度资金总额 2600 above 中期资金总额 2400 (qo08) (B103, error);
* a one-year project whose 年度资金 2680 differs from its 项目总金额 2880 (qo18) (B109,
  warning);
* a goal text's count the indicator lowers: 口蹄疫 48万头 / ≥45 万头 in an operator column
  (qo02), 3200户 / ≥3000户 (qo04), 18个行政村 / ≥15个 in a department table (qo14) (D104,
  warning, at the indicator);
* an annual cumulative count above its period value: 机手培训 ≥600人次 / ≥800人次 (qo08), a pipe
  length ≥120公里 / ≥150000米 (qo12) (D201, error);
* a cumulative count equal in the 中期 and 年度 columns of a three-year project: 宜机化改造
  ≥1.5万亩 (qo08), 冷藏保鲜设施 ≥30座 (qo10) (D202, warning, at the annual value);
* the 年度目标 copied word for word from the 中期目标 of a three-year project (qo10) (D204,
  warning);
* points adding up to 95 in the second of two stacked projects (qo04) (W101, error, on the
  file);
* a date outside the year or period: a 2027 deadline in a one-year 2026 project (qo06), a 2025
  start in a 2026–2028 project's annual column (qo12), a one-year project planned to end on
  2027-03-31 (qo18) (Y102, error, Y101 accepted where noted).

Legitimate look-alikes sit in the 9 correct returns (qo01, qo03, qo05, qo07, qo09, qo11, qo13,
qo15, qo17): stacked projects whose weights add to 100 each (200 over the sheet, qo01), whose
first project's standard × count exceeds the second project's money but not its own (qo01,
qo03), a per 台 standard × a 人次 count that would exceed the money if paired (qo01); a one-year
project in a 中期/年度 form with equal columns and equal goal texts under a three-year project
(qo05); rates, unit costs, grades and =0起 repeated in both columns of multi-year projects
(qo05, qo07, qo09, qo11); an annual count in 头 under a period count in 万头 (520000头 / 150万头,
qo09); two complete column sets with a 2028 date in the 中期 set (qo11); goal texts whose counts
match the 中期 and 年度 columns respectively (qo07, qo09, qo11) and counts written 3万户 /
≥30000户 (qo17); department tasks adding to 项目支出, not to 资金总额 (qo13); 中央/省级/县级
sources and a 测算依据 block adding to the total with per 人 standards × counts equal to their
lines (qo15); money in 元 with 当年财政拨款 + 上年结转 (qo17); standards × counts equal to the
money exactly (qo13 农机 1.6万元 × 400台 = 640万元); 100% and 95% typed as Excel stores them
(qo01, qo07, qo15); numbered tier labels (qo03); a 填报日期 in the year before the budget year
(qo13).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout239 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout239 import money, periods, stacked
from tests.variants.holdout239.registry import HOLDOUT239
from tests.variants.kit import Variant

MODULES = (stacked, periods, money)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT239, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 239th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
