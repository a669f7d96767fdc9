"""61st held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round seven (11 correct, 7 with one or two planted
mistakes): operators and units only in a custom number format ("≥"0%, 0"人次", "≤"0.0"天",
"≤"yyyy"年"m"月"); amounts as formulas (=SUM(D6:D8), =800+450, =E5+E6) saved with their cached
values as Excel saves them; a budget year typed as a date shown yyyy and plan dates shown
yyyy年m月; percentages with one decimal (0.0%); rich text (part bold or red) in names and goals;
a data-validation dropdown left in the 指标性质 / 比较符 column; hyperlinks in a 依据 column; 批注
on cells; total rows by formula; numbers typed with an apostrophe (stored as text,
right-aligned); an empty row between every tier-1 block.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout61 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout61 import mistakes, more, projects
from tests.variants.holdout61.registry import HOLDOUT61
from tests.variants.kit import Variant

MODULES = (projects, more, mistakes)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT61, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 61st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
