"""144th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round twenty-nine (12 correct, 7 with one planted mistake
each): returns exported from an online form, every value typed as text (money as ``420.00``,
percents as ``≥95.00%``, dates as ``2026/06/30``), a 序号 column, tier labels repeated on every
row instead of merged, empty rows between tier-1 blocks, an extra 填写要求 column with the form's
guidance in each row, a second table of 年度重点任务 below the indicators, trailing spaces and
full-width brackets everywhere. One return (mx11) keeps Excel percent cells for contrast.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout144 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout144 import forms, mistakes, projects
from tests.variants.holdout144.registry import HOLDOUT144
from tests.variants.kit import Variant

MODULES = (projects, forms, mistakes)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT144, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 144th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
