"""121st held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
returns that passed through PDF conversion or copy-paste (10 correct, 8 with 1–3 planted
mistakes): numbers split by a space and stored as text (1205.337 6), amounts pasted twice
(120万120万), thousands separators in text (1,250.00), full-width digits and signs (≥９５％),
line breaks inside cells, merged tier cells broken into repeated labels, header rows repeated
after a page break, 注 and 说明 rows, an empty column between the tiers; the others with
ordinary mistakes (money that does not add up, a rate as a count, a missing tier, a rate over
100 %, an operator against the direction, years that disagree, a 中期 value copied into 年度).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout121 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout121 import artefacts, faults, layouts, mistakes
from tests.variants.holdout121.registry import HOLDOUT121
from tests.variants.kit import Variant

MODULES = (artefacts, layouts, mistakes, faults)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT121, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 121st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
