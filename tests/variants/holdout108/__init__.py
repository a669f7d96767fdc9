"""108th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round eight (18 returns, 8 correct, 10 with 1–3 planted mistakes a careful
reviewer marks and a hurried one misses): a 年度 target larger than the 中期 one, a percentage
typed as 95 in a cell formatted 0%, a date target in the year after the budget year, a weight
column that reaches 100 only with the tier rows' points counted twice, a share of 其他资金 that
does not match its amount, a duplicate under a slightly different name and a different value, a
time limit with ≥, a 满意度 above 100 %, a count written as a rate (≥95户 under …覆盖率), money
in 元 under a 万元 heading, 中期 counts copied into 年度.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout108 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout108 import departments, layouts, projects
from tests.variants.holdout108.registry import HOLDOUT108
from tests.variants.kit import Variant

MODULES = (projects, departments, layouts)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT108, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 108th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
