"""72nd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round eleven: cells holding several things, round two:
the indicator and its value in one cell under a head such as 三级指标及指标值 or
绩效指标（含指标值）, tiers written together in one column (产出指标—数量指标, 效益/社会效益),
head fields as label：value in one cell, the money and its parts in one cell
(资金总额：120万元，其中财政拨款100万元、自筹20万元), goals and tasks numbered inside one cell,
a 备注 holding the basis and the unit. 18 returns: 12 correct, 6 with one or two planted
mistakes.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout72 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout72 import cellheads, joined, merged
from tests.variants.holdout72.registry import HOLDOUT72
from tests.variants.kit import Variant

MODULES = (merged, joined, cellheads)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT72, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 72nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
