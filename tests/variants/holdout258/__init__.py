"""258th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
statistics, audit and finance bureaus' own projects (统计调查, 审计项目, 财政信息化, 预算绩效评价,
政府采购监管): goal texts against the indicators' figures, multi-year projects with 中期 and
年度 goals and values, years and dates in titles, goals and deadlines, conversion artefacts
(variant items 8, 9, 13). 9 of the 18 returns are correct (rh01, rh04, rh06, rh07, rh09, rh11,
rh13, rh15, rh17); the other 9 carry 2–3 planted mistakes a careful reviewer marks (21 in all):

* a cumulative count with the same value in the 中期 and 年度 columns: 审计覆盖预算单位数 ≥45家
  in both while the 中期目标 says 135家 (rh02), 重点项目绩效评价数量 ≥24个 in both while the
  年度目标 says 8个 (rh05) (D202, warning, D104 accepted);
* an annual count above its period count: 移送问题线索件数 中期 ≥30件, 年度 ≥50件 (rh02) (D201,
  error);
* a 年度目标 that copies the 中期目标 word for word in a two-year project (rh03) (D204, warning);
* a title year (2025年度) against plan dates and a 中期 span of 2026—2027 (rh03), a plan ending
  2027-12-31 for a 3年 project whose 中期 span is 2026—2028 (rh12) (Y101, error; the dates of
  rh03 tolerate an error);
* a 年度资金总额 (210) above the 中期资金总额 (180) (rh05) (B103, error; the annual 财政拨款 row
  tolerates an error);
* a deadline on a day the calendar lacks: 2026年9月31日前 (rh05) (Y106, error);
* a plan that ends (2026-01-31) before it starts (2026-03-01) (rh08) (Y104, error);
* goal texts against the indicators: the goal says 400家, the indicator ≥300家 (rh08); the goal
  says 3000家, the indicator ≥2000家 (rh16) (D104, warning);
* a 年度总体目标 kept from a 2024 return in a 2026 department table (rh10) (Y103, warning, Y101
  accepted);
* tasks 35 + 40 + 28 + 17 = 120 against a 金额合计 of 125 (rh10) (B102, error, B101 accepted);
* a deadline pasted as the date serial ``46203`` (rh10) (X104, warning);
* an annual deadline in 2025 for a project of 2026—2028 (rh12) (Y102, error);
* a total split by a space, ``1205.337 6`` (rh14) (X105, warning, X103 accepted);
* a detail amount pasted twice, ``560.2万560.2万(含数据治理)`` (rh14) (X106, error, B108
  accepted); beside it ``420万(其中服务器300万元、存储设备120万元)`` tolerates a warning;
* a detail line 10 000× its share, 45000 for 4.5 (rh16) (B110, error, B102 accepted);
* a unit cost rounded away, ``≤0.00万元/份`` (rh16) (T115, error);
* a total in 元 typed as text with separators, ``156,000.00`` (rh18) (X103, warning);
* an indicator row with a value and an 指标解释 but no name (rh18) (F110, error).

Legitimate look-alikes in the correct returns: a 年均 sample size and rates, unit costs, grades
and satisfaction equal in the 中期 and 年度 columns, with cumulative counts smaller in 年度
(rh01, rh04, rh17); deadlines in 2027 and 2028 in the 中期 column of multi-year projects (rh01,
rh04, rh17); a one-year project on a form with both columns whose values and goal texts are
equal (rh06); an audit of the 2025 budget named in a 2026 goal (rh07); deadlines typed as real
dates (rh07); a 填报日期 in the year before the budget year (rh09, rh15); 100% and 95% typed in
Excel (pct, rh01, rh04, rh09, rh15), =100% at the ceiling in an operator column (rh09); goal
texts whose figures all agree with the indicators and tasks (every correct return); the same
indicator names in two stacked projects, each with points adding to 100 (rh11); a 下降率 and a
缩短比例 with ≥ (rh04, rh11); ≤ on 反向 costs, times and rates (every return); tier labels with
numbering (rh06) or points (rh13); 预算明细 blocks with 测算依据 whose lines add up (rh13, rh17);
a 设定依据 column quoting last year's figures (rh13); a flat list with weights adding to 100
(rh15); money in 元 through the number format (rh17) and in 万元 (WAN) elsewhere; footnotes
and signature lines. Every unit cost × count stays within its money.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout258 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout258 import artefacts, dates, periods
from tests.variants.holdout258.registry import HOLDOUT258
from tests.variants.kit import Variant

MODULES = (periods, dates, artefacts)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT258, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 258th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
