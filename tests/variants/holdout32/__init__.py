"""32nd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora) on urban construction, city management and
landscaping (住建局, 城管局, 园林中心, 环卫所, 污水处理厂): maintenance standards per area, 老旧小区
改造 subsidies per household, sewage and refuse (吨/日, 元/吨, 无害化处理率), street lights,
points per indicator, five-year programmes and department tables. About half are correct (name
ending ``-ok``: a careful reviewer marks nothing).

Only catalogue codes are used in the marks (no new proposed code).

    from tests.variants.holdout32 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout32 import departments, layouts, projects
from tests.variants.holdout32.registry import HOLDOUT32
from tests.variants.kit import Variant

MODULES = (projects, departments, layouts)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT32, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 32nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
