"""230th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
education projects over several years (学生资助, 营养改善计划, 校舍维修, 教师培训, 职业教育):
生均 standards (元/生·年) times the students against the money, 中期/年度 columns for money and
indicators, goal texts that give counts the indicators must agree with, tasks and 测算依据
lines (variant items 8, 9, 12). 9 of the 18 returns are correct; the other 9 carry 2–3 planted
mistakes a careful reviewer marks (22 in all):

* a standard × count above its money: 1000元/生·年 × 5200人 against a 年度 420万 (qf02), a
  3000元/人 × 800人 against a one-year 180万 (qf10) (B107, warning);
* a cumulative count equal in the 中期 and 年度 columns of a multi-year project while the
  年度目标 gives the smaller annual count: 食堂 24所 (qf02), 周转宿舍 120套 in the first of two
  stacked projects (qf12) (D202, warning, D104 accepted);
* a 年度 count above its 中期 count: 培训 300 / 150人次 (qf04) (D201, error);
* an indicator that disagrees with the goal or task text: 60所 against 68所 (qf04), 200人次
  against 220人次 of a task and the goal (qf14), 400人 against 450人 (qf18) (D104, warning);
* money that does not add up: 年度 sources 210 + 20 under a 240 (qf04), 基本 1150 + 项目 760
  under a 总额 1850 (qf14) (B101, error); detail lines 145 under a 合计 of 150 (qf08) (B102,
  error); a 年度 total 460 above the 中期 400 of the second stacked project (qf12) (B103,
  error); the 财政拨款 share typed 80% for 1665 ÷ 1850 = 90% (qf14) (B111, error);
* conversion artefacts: a 年度 total split by a space ``120.168 8`` (qf06) (X105, warning); a
  年度 total pasted twice ``350万350万（含…）`` (qf16) (X106, error, B108 accepted); a 专家授课费
  of 360000 in a 万元 block where 36 is meant (qf10) (B110, error, B102 accepted); a unit cost
  rounded to ``≤0万元`` in the 年度 column (qf06, qf16) (T115, error);
* a 年度目标 that repeats the 中期目标 word for word in a 2-year project (qf06) (D204, warning);
* a 年度 value ``300个`` without the ``≥`` of its 中期 value (qf16) (D203, warning, T117 and
  T103 accepted);
* a completion date in 2027 in a one-year 2026 project (qf08) (Y102, error); a 计划完成日期
  before the 计划开始日期 (qf18) (Y104, error).

Legitimate look-alikes sit in the 9 correct returns (qf01, qf03, qf05, qf07, qf09, qf11, qf13,
qf15, qf17): standard × count exactly equal to the 中期 and 年度 money (qf01, qf09, qf13) and
within it (qf05, qf07, qf11, qf15, qf17), 生均 standards per day (5元/生·天 × 200天 in a
测算依据 line, qf03); unit costs, rates, ``=0人`` and grades equal in both columns of a
multi-year project (qf01, qf05, qf09, qf17); a one-year project whose 中期 and 年度 columns and
goals are identical (qf03) or whose columns are (first project of qf17); two complete column
sets (qf05); a 中期 amount with a note in brackets ``1800万(其中中央补助1200万元)`` (qf05) and
``95万(其中省级补助60万元)`` (qf11), tolerated up to a warning; goal texts whose semester amounts
(1000元/生 twice) make the 2000元/生·年 standard (qf01) and whose several counts (10家 new, 60家
in all) agree with the indicator (qf15); dates of the last project year in the 中期 column (qf05,
qf09); 百分点 targets (qf09); an operator column with 95% as Excel
stores it and a typed date (qf11); shares typed as percentages that match (qf13); a flat list
with weights adding to 100 and 反向 with ≤ and =0 (qf15); points in the tier labels and per
indicator adding up (qf18). 100% as Excel stores it appears in qf01, qf03, qf05, qf07 and qf13;
money carries 万元 in its number format throughout.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout230 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout230 import aid, voc, works
from tests.variants.holdout230.registry import HOLDOUT230
from tests.variants.kit import Variant

MODULES = (aid, works, voc)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT230, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 230th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
