"""124th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round twelve (8 correct of 18; the other 10 with 2–3 planted mistakes a careful
reviewer marks and a hurried one misses): a 分配表 whose 合计 is not the year's money of its source
(a county allocation of the 中央补助, department tasks against 项目支出), a year column of a money
block by year that does not add up, this year's use of a fund above the period's (其他资金,
财政拨款), an annual count above the period's, a planned completion date after the stated project
period, a deadline after the budget year (in a one-year project and in a 年度 column), a
duplicate indicator with another value, a weight or points column that adds to 105, a time limit
or response time with ≥.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout124 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout124 import allocation, dates, departments, mixed
from tests.variants.holdout124.registry import HOLDOUT124
from tests.variants.kit import Variant

MODULES = (allocation, dates, departments, mixed)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT124, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 124th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
