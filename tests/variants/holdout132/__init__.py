"""132nd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round twenty-five: returns that passed through
conversions: dates stored as Excel serial numbers or as text (2026.12.31, 2026/6/30, 2026年6月),
values with stray spaces (≥ 95 %, 1 200人), percent cells formatted 0.0% holding 0.955, a column
hidden by its sender, notes in brackets after values (≥90%（以第三方测评为准）), a 备注 column
with long texts, a print title row repeated mid-sheet, and a WPS-saved workbook whose tiers are
filled down every row instead of merged. 18 returns: 12 correct, 6 with one to three ordinary
planted mistakes (a next-year deadline in a one-year project, a serial date left as text and a
total that does not add up, a 0.0% cell holding 9.55, a 投诉率 with ≥ and a 知晓率 in 人次, an
indicator repeated after a page break with another value, points adding to 95 and a unit
conflict).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout132 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout132 import dates, layouts, values
from tests.variants.holdout132.registry import HOLDOUT132
from tests.variants.kit import Variant

MODULES = (dates, values, layouts)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT132, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 132nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
