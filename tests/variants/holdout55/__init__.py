"""55th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round five (12 correct, 6 with planted mistakes): a table
that starts in column B or C with notes in column A; an empty spacer column inside the table;
the tier columns right of the name; the value column before the name; the indicator table on a
second sheet with the head on the first; a 中期 table and a 年度 table side by side; frozen
panes, a print area and hidden helper columns; indicator names with quotes, brackets and
slashes (“两品一标”认证数量, 农村/城镇低保保障人数（人）); tier-2 labels only with each tier-1 as a
section row; values such as 100%（全覆盖）, ≥3项/年, 1次/季度, ＞0, ≤5‰.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout55 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout55 import layouts, mistakes, shapes
from tests.variants.holdout55.registry import HOLDOUT55
from tests.variants.kit import Variant

MODULES = (layouts, shapes, mistakes)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT55, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 55th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
