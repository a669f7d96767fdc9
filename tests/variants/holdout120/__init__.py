"""120th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round eleven: 当年财政拨款 + 上年结转 that miss the 年度资金总额, task amounts
(金额合计) above the 项目支出, a 占比 row whose % do not match the amounts, a 中期 coverage rate
lower than the 年度 one, an end date in the wrong year (a one-year project ending the year after,
a three-year project ending in its fourth year, a deadline in the year before), a 满意度 of
100%, ≤ on a coverage rate, a per-unit standard × its count above the budget, the same indicator
under two tier-2s with two values. 18 returns: 8 correct, 10 with 1–3 planted mistakes a careful
reviewer marks and a hurried one misses. The correct ones hold the same structures done right
(结转 blocks that add up, shares that match, standards × counts at or under the budget, coverage
rates with ≥ rising to the period, stacked projects, two column sets, a flat list's weights).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout120 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout120 import departments, periods, projects
from tests.variants.holdout120.registry import HOLDOUT120
from tests.variants.kit import Variant

MODULES = (projects, departments, periods)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT120, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 120th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
