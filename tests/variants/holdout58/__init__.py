"""58th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round six: very long tables (60–120 indicators, one table
over several pages with the header repeated); one workbook holding several projects, one per
sheet, with a 汇总 sheet first; the same indicator name under two different tier-2s
(legitimately: 验收合格率 of the equipment and of the works, 水质达标率 of the plant and of the
river); values with decimals and thousands separators (≥1,250.5千瓦, ≤0.35元/千瓦时); tier-1
labels with points in brackets and numbered tier-2s (1.数量指标); notes in a 备注 column with
numbers and years (2024年基数为850人). 18 returns: 12 correct, 6 with one or two planted mistakes.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout58 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout58 import books, labels, long, sheets, values
from tests.variants.holdout58.registry import HOLDOUT58
from tests.variants.kit import Variant

MODULES = (long, books, sheets, values, labels)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT58, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 58th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
