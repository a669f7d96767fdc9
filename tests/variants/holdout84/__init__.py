"""84th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
returns pasted into Excel from Word or converted from PDF, as they really arrive: line breaks
inside cells (产出\\n指标, 一级\\n指标), a header split over two rows, merged cells lost (tiers
written once with blanks below), full-width digits and signs (≥９５％, ＞＝), operators in words
(不低于, 不少于, 大于等于, 以上, 以内, 不超过), a number split by a space, a 合计 row pasted twice,
a page break's header repeated inside the table, footnotes (注：…) under the table. 12 of the 18
returns are correct; 6 carry 1–3 planted mistakes (a rate as a count, a rate over 100 %, money
that does not add up, a date in another year, a 反向 indicator with ≥, a missing 满意度 tier,
中期 counts copied into 年度, duplicates, weights not adding up).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout84 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout84 import mixed, pasted, pdf
from tests.variants.holdout84.registry import HOLDOUT84
from tests.variants.kit import Variant

MODULES = (pasted, pdf, mixed)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT84, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 84th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
