"""Held-out corpus: invented returns written blind (without reading goalbook's reader or rules),
to measure ``goalbook check`` out of sample (see README.md in this folder).

    from tests.variants.holdout import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout import cells, forms, money, stacked, tiers
from tests.variants.holdout.registry import HOLDOUT
from tests.variants.kit import Variant

MODULES = (forms, money, stacked, cells, tiers)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every held-out return into ``folder`` (created if needed)."""
    return build(variants(), folder)
