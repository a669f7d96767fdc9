"""109th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round eighteen: tables pasted from Word or a PDF by staff,
with names numbered (1.1, (1), ①), footnote marks after names (※, *, ①), tiers written in one
cell (产出指标-数量指标, 产出/数量), numbers typed as text with spaces (1 200人), values and units
in two cells under one merged header, extra 序号 and 填报说明 columns, a value column headed 目标值
or 预期目标, tier labels with their points (产出指标（40分）), a 合计 row with the points, a
signature block with a date. 18 returns: 12 correct, 6 with one planted mistake each (money that
does not add up, a rate over 100 %, a rate as a count, ≥ on a 反向 rate, an indicator pasted
twice, a missing 效益指标 tier).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout109 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout109 import departments, mistakes, projects
from tests.variants.holdout109.registry import HOLDOUT109
from tests.variants.kit import Variant

MODULES = (projects, departments, mistakes)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT109, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 109th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
