"""130th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round fourteen (8 correct of 18; the other 10 carry 1–3 planted mistakes a
careful reviewer marks and a hurried one misses): a budget year in the title that differs from
the one in the fields, a deadline after the end of the budget year, 财政拨款 + 其他资金 that miss
the 资金总额 by a rounding-sized but real amount, a rate above 100%, the same indicator twice with
different values, 满意度 placed under 效益指标, a 时效 indicator given as a count, weights that
add up to 95. The correct returns sit close to those mistakes (decimals that do add up, a
deadline on 12月31日, =100% at the ceiling, weights with halves that make 100).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout130 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout130 import departments, mixed, projects
from tests.variants.holdout130.registry import HOLDOUT130
from tests.variants.kit import Variant

MODULES = (projects, departments, mixed)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT130, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 130th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
