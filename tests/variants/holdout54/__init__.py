"""54th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
returns converted from PDF or Word, or pasted from a web system, round two: every cell text;
line breaks inside cells (产出指标\\n（40分）, ≥95\\n%); units in brackets in headers (指标值（%）,
金额（元）); numbers with thousands separators stored as text (1,250.00); full-width characters
(９５％, ≥９０); stray spaces inside words (满 意 度); merged cells broken into repeated values;
one cell holding two values (中期/年度 as ≥40个/≥20个 or on two lines); a header split over two
rows by the conversion; page numbers and running heads between rows. 9 returns are correct (as
converted, but correct in content) and 9 carry 1–3 planted mistakes.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout54 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout54 import converted, pasted, planted, stacked
from tests.variants.holdout54.registry import HOLDOUT54
from tests.variants.kit import Variant

MODULES = (converted, pasted, planted, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT54, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 54th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
