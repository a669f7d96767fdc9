"""31st held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora): tables produced by other tools. Tier codes beside
or inside the labels (1 / 1.1 / 1.1.1, 01 产出指标), indicator codes (ZB01-02), bilingual or
English-only headers, every cell stored as text (a CSV pasted into a workbook), very wide tables
with many extra columns in varying order, hidden rows and columns that keep old values, and
指标值 cells carrying an explanation after the value. About half are correct (names ending
``-ok``: a careful reviewer marks nothing).

    from tests.variants.holdout31 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks

Codes used beyond the catalogue: none (B111, D204, F109, F110, X105 and X106 are in the
catalogue and in tests/variants/README.md).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout31 import coded, english, exported, wide
from tests.variants.holdout31.registry import HOLDOUT31
from tests.variants.kit import Variant

MODULES = (coded, wide, exported, english)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT31, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 31st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
