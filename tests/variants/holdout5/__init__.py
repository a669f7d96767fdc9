"""Fifth held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample: what
a county finance bureau (梧川县财政局, invented) collects from township governments, schools,
clinics and bureaus in one season: flat department lists, tables pasted from Word or PDF, WPS
storage, points at two levels, budgets with shares, stacked projects, footnotes and signature
lines, two Shanghai-framework tables. About half are correct (a careful reviewer marks nothing;
the name ends ``-ok``).

Code invented for this set (not in the catalogue nor in tests/variants/README.md):

    T116  operator-malformed  error   a threshold with a malformed operator or symbol: two
                                      operators that contradict each other (``≥≤90%``) or a
                                      doubled sign (``≥95%%``, accepted as a warning only, the
                                      meaning being plain); T102 accepted instead

    from tests.variants.holdout5 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout5 import (
    departments,
    flat,
    pasted,
    period,
    projects,
    shanghai,
    stacked,
)
from tests.variants.holdout5.registry import HOLDOUT5
from tests.variants.kit import Variant

MODULES = (flat, pasted, departments, projects, period, stacked, shanghai)  # each registers


def variants() -> list[Variant]:
    return sorted(HOLDOUT5, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the fifth held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
