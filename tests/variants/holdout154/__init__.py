"""154th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round twenty-two (8 correct of 18; the other 10 carry 1–3 planted mistakes a
careful reviewer marks and a hurried one misses): a 中期资金总额 below the 年度资金总额, an
annual count above the 中期 count for a count that accumulates, a 满意度 placed under 效益指标, a
deadline of 2026年12月31日 in a 2027 table, a per-person standard × the people (counted under
another tier-2) above the money, 财政拨款 + 其他资金 that miss the total in the 中期 column only,
the same indicator twice with ≥ and ≤, a 成本 indicator of 0; beside them a rate as a count, a
rate over 100 %, operators against direction, a 中期 value copied into 年度. The correct returns
hold legitimate look-alikes: zero targets on accident and drop-out counts (=0起, =0人), the same
indicator name in two stacked projects, standards × counts within the money.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout154 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout154 import departments, periods, single, stacked
from tests.variants.holdout154.registry import HOLDOUT154
from tests.variants.kit import Variant

MODULES = (single, periods, departments, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT154, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 154th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
