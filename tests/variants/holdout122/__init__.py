"""122nd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
a provincial education department's batch (教育厅 and its schools): project returns of
universities, vocational colleges and county schools with per-student standards (生均拨款
元/生·年, 生均公用经费), enrolment counts, scholarships per person (国家助学金 3300元/人·年 ×
人数), 分配表 by school or by county, stacked projects for several campuses, 中期 and 年度
columns, department tables with tasks, a flat list, 比较符 / 计量单位 / 指标性质 columns and
points. 10 correct of 18; the other 8 carry 1–3 ordinary mistakes (a standard × its count above
the budget, an allocation that does not add up, a rate as a count, a 中期 count below the 年度
one, 中期 values copied into 年度, a rate over 100 %, ≥ on a 反向 rate, ≤ on a 正向 count, a
unit against the unit column, a start date or deadline in the year before, 资金总额 ≠ its parts,
年度资金 above 中期资金, weights adding to 95, a conflicting duplicate).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout122 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout122 import departments, periods, schools
from tests.variants.holdout122.registry import HOLDOUT122
from tests.variants.kit import Variant

MODULES = (schools, departments, periods)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT122, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 122nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
