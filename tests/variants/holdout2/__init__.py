"""Second held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other two corpora), to measure ``goalbook check`` out of sample
(see README.md in this folder).

    from tests.variants.holdout2 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout2 import department, exports, forms, hidden, midterm, values, yuan
from tests.variants.holdout2.registry import HOLDOUT2
from tests.variants.kit import Variant

MODULES = (exports, forms, values, department, midterm, yuan, hidden)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT2, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the second held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
