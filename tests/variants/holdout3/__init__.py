"""Third held-out corpus: invented returns written blind (without reading goalbook's code, nor
the returns of the other corpora), to measure ``goalbook check`` out of sample: what a municipal
finance bureau receives from twenty units in one season. About half are correct (a careful
reviewer marks nothing).

    from tests.variants.holdout3 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout3 import departments, layouts, projects
from tests.variants.holdout3.registry import HOLDOUT3
from tests.variants.kit import Variant

MODULES = (projects, departments, layouts)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT3, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the third held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
