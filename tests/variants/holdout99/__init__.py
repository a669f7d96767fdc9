"""99th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round six: a task list whose amounts add up to more than 项目支出, a 占比 column
that adds to 101 %, the same indicator under two tier-2s with different values, a deadline
before the project starts, a 中期 target below the sum a three-year plan implies, a rate typed
0.95 in a plain number cell, a cost cap written with ≥, a weight column adding to 100 with one
row left without a weight, a title year that disagrees with the plan dates; beside them money
that does not add up, a rate as a count, a time limit with ≥, a 中期 count copied into 年度, a
unit conflict. 18 returns (le01–le18): 8 correct, 10 with one or two planted mistakes, in
varied layouts (operators inline or in a 比较符 column, 计量单位 columns, 权重/分值 columns,
中期/年度 and 实施周期/年度 columns, a two-line header, stacked projects, flat department
lists, a Shanghai form in 元).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout99 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout99 import departments, layouts, projects
from tests.variants.holdout99.registry import HOLDOUT99
from tests.variants.kit import Variant

MODULES = (projects, departments, layouts)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT99, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 99th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
