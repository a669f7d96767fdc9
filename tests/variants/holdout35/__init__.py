"""35th held-out corpus: invented returns written blind (without reading goalbook's code, nor
the returns of the other corpora) on culture, tourism, sport and broadcasting (文旅局, 图书馆,
文化馆, 博物馆, 体育中心, 广电站): free opening of venues, 惠民演出, 全民健身 and sports events,
广播电视村村通 coverage, heritage protection, tourism promotion. About half are correct (a careful
reviewer marks nothing); names start with ``is``.

Only catalogue codes are used for the marks (``goalbook rules``); no new code is proposed.

    from tests.variants.holdout35 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout35 import departments, layouts, projects
from tests.variants.holdout35.registry import HOLDOUT35
from tests.variants.kit import Variant

MODULES = (projects, departments, layouts)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT35, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 35th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
