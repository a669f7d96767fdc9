"""133rd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round fifteen: an amount in 元 among 万元 amounts, budget shares (占比) that add
up to 101 %, a 中期 target below its 年度 one, 时效指标 placed under 效益指标, ≥ on a 投诉率, a plan
end date before its start, a completion rate of 105%, an indicator name with no value, a weight
column adding to 110, one indicator twice with different targets in different tier-2s. 18
returns: 8 correct and 10 with 1–3 planted mistakes each, in project tables (one value column,
中期 and 年度 columns, two-line headers, a 比较符 column), department tables with budget shares
and key tasks, flat lists and stacked projects.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout133 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout133 import departments, lists, projects, stacked
from tests.variants.holdout133.registry import HOLDOUT133
from tests.variants.kit import Variant

MODULES = (projects, departments, lists, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT133, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 133rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
