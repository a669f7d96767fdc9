"""127th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round thirteen: shares (%) that do not match their amounts, 人员经费 + 公用经费
that miss the 基本支出, a task list above the 项目支出, a rate of 100% written as ≥100%, ≥ on an
error rate, a completion date before the plan's start, a per-person standard × people above the
budget, a 中期 target that repeats the 年度 one for a cumulative count, a tier-2 left blank.
18 returns: 8 correct, 10 with 1–3 planted mistakes a careful reviewer marks and a hurried one
misses.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout127 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout127 import departments, projects, stacked
from tests.variants.holdout127.registry import HOLDOUT127
from tests.variants.kit import Variant

MODULES = (departments, projects, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT127, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 127th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
