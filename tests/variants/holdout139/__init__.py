"""139th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample.
Theme: subtle mistakes, round seventeen (8 correct of 18; the other 10 with 1–3 planted mistakes
a careful reviewer marks and a hurried one misses): a range written backwards (90%—80%), a 中期
goal smaller than its 年度 goal for a count that accumulates, the same indicator in 万人 in one
column and 人 in the other with numbers that do not agree, a percent stored as 0.95 under a
quoted-% format (shown "0.95%"), a 金额合计 that matches only if one line is counted twice, a
sheet name year (2025) that differs from the title year (2026), a 满意度 ≥85 without % next to
others with %, a 成本指标 with no unit; also a conflicting duplicate, a rate over 100 %, a rate
as a count, ≥ on a 反向 rate, an annual budget above the period budget, period counts copied
into the year, a missing 满意度 tier, a total not equal to its sources.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout139 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout139 import departments, mixed, projects
from tests.variants.holdout139.registry import HOLDOUT139
from tests.variants.kit import Variant

MODULES = (projects, departments, mixed)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT139, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 139th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
