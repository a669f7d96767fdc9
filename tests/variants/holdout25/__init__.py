"""25th held-out corpus: invented returns written blind (without reading goalbook's reader and
rules, nor the returns of the other corpora) on how people actually type values and labels:
full-width digits and symbols, spaces inside values, ranges, word operators and approximate
words, Chinese numerals, comparatives in words, ASCII and doubled operators, units in the name
or only in the header, thousands separators, trailing full stops and notes, labels with stray
spaces or line breaks, and a return whose second sheet is its printed copy (打印版). About half
are correct (a careful reviewer marks nothing; their names end ``-ok``).

    from tests.variants.holdout25 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks

Codes invented for this set (not in the catalogue, nor in tests/variants/README.md):

* T118 ``value-approximate`` (warning): a target given as an approximation (``约30期``,
  ``95%左右``, ``3天上下``), which cannot be assessed: ask for a bound (≥, ≤) or an exact value.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout25 import layouts, offices, typed, words
from tests.variants.holdout25.registry import HOLDOUT25
from tests.variants.kit import Variant

MODULES = (typed, words, layouts, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT25, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 25th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
