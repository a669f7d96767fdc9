"""34th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules code, nor the returns of the other corpora) on rural water and roads: 农村饮水安全, 河长制,
小型水利工程 and 农村公路养护, with engineering quantities, unit costs against the money,
supply and water-quality rates, river patrols and multi-year works. About half are correct (a
careful reviewer marks nothing); names start with ``ir``.

    from tests.variants.holdout34 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks

Invented code used by the marks (no catalogue rule fits):

* ``F112`` ``tier2-as-indicator-name`` (warning): a tier-2 label (e.g. 时效指标) typed into the
  tier-3 name column of an indicator row; the row has no real indicator name.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout34 import departments, extra, layouts, water, works
from tests.variants.holdout34.registry import HOLDOUT34
from tests.variants.kit import Variant

MODULES = (water, works, departments, layouts, extra)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT34, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 34th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
