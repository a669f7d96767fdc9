"""Tenth held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample.
Theme: public institutions (事业单位) filling their tables in WPS: a county hospital and a
maternal and child health centre, a vocational school, a university, research institutes, a
library and water-conservancy stations. About half are correct (a careful reviewer marks
nothing; the name ends ``-ok``). Every unit, project and number is invented.

All marks use codes of the rule catalogue (``goalbook rules``); no new code is proposed.

    from tests.variants.holdout10 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout10 import (
    culture,
    departments,
    hospital,
    institutes,
    rolling,
    schools,
    water,
)
from tests.variants.holdout10.registry import HOLDOUT10
from tests.variants.kit import Variant

MODULES = (
    hospital,
    schools,
    rolling,
    institutes,
    departments,
    culture,
    water,
)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT10, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the tenth held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
