"""Twentieth held-out corpus: invented returns written blind (without reading goalbook's code,
nor the returns of the other corpora) from county 教育 / 科技 / 农业 offices: several projects
stacked in one sheet (3–5 a sheet, the tier header repeated or only over the first), 部门整体
flat lists without tiers in varying column orders, 学生资助, 科技项目, 农业技术推广, 耕地保护.
About half are correct (a careful reviewer marks nothing).

    from tests.variants.holdout20 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks

Marks use catalogue codes only (``goalbook rules``), with the proposed codes of
tests/variants/README.md where they are now in the catalogue (F109, F110, X105, X106).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout20 import flat, mixed, periods, stacked
from tests.variants.holdout20.registry import HOLDOUT20
from tests.variants.kit import Variant

MODULES = (stacked, periods, flat, mixed)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT20, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the twentieth held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
