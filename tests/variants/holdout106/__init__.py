"""106th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
a provincial department's batch (省级), round one, in the invented province 岚川省: 省级专项资金
project tables with 实施期 (three years, 2026—2028) and 年度 columns side by side, money split
by year (2026 · 2027 · 2028) and by source, a 分配表 of the year's provincial money to cities
(市 · 金额 · 占比), 中期目标 and 年度目标 texts, indicators with cumulative period targets and
annual slices, two stacked projects of one 省林业局, and two 部门整体 tables of 省直 units. 18
returns: 9 correct, 9 with 2–3 planted mistakes (year columns that do not add up to the period
total, a 分配表 that does not add to the year's money, a share off, a 中期 count below the 年度
one, an annual count copied from the period one, an end date that disagrees with the 实施期, a
rate over 100 %, a rate as a count, operators against direction, duplicates, department money
and task sums that do not add up).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout106 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout106 import departments, more, projects, rest
from tests.variants.holdout106.registry import HOLDOUT106
from tests.variants.kit import Variant

MODULES = (projects, more, departments, rest)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT106, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 106th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
