"""57th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
returns as units send them back after a review, round three: rows inserted in the middle of the
table (filled yellow), old rows kept struck through or hidden, cells filled red and 批注 left by
the reviewer, a 修改说明 block under the table, 审核意见 and 整改情况 columns at the right, the old
version kept on a second sheet (旧版, shown or hidden), titles marked （修改稿） or （第二稿）.
18 returns: 9 correct (after their corrections) and 9 with one to three mistakes still left
after the revision (money not adding up, a capped rate ≥100%, a rate as a count, an operator
against direction, a date after the budget year, a 修改说明 claiming a change the table lacks,
title and plan years disagreeing, a conflicting duplicate from an inserted row, = on a
satisfaction rate, tasks not adding to 金额合计, a tier-2 under the wrong tier-1, a 中期 count
copied into 年度, an annual count above its period count, the only satisfaction row struck out,
weights not adding up, a placeholder, a unit conflict).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout57 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout57 import columns, revised, sheets
from tests.variants.holdout57.registry import HOLDOUT57
from tests.variants.kit import Variant

MODULES = (revised, sheets, columns)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT57, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 57th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
