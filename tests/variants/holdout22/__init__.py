"""22nd held-out corpus: invented returns written blind (without reading goalbook's code, nor
the returns of the other corpora), to measure ``goalbook check`` out of sample on returns as
units really send them back: several sheets (汇总, 填报说明, hidden 下拉选项 / 参数), formula
totals with cached values, dates typed as text or left as serials, placeholders, pasted HTML,
a table copied from last year, 中期/年度 columns, the template's example row, numbers inside
names, tier-2 under the wrong tier-1. About half are correct (names ending ``-ok``).

    from tests.variants.holdout22 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks

Codes used beyond today's catalogue: none (X105, X106, F109, F110 are in the catalogue now).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout22 import indicators, texts, workbooks
from tests.variants.holdout22.registry import HOLDOUT22
from tests.variants.kit import Variant

MODULES = (workbooks, texts, indicators)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT22, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 22nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
