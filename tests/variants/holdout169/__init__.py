"""169th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round twenty-seven (8 correct of 18; the other 10 carry 2 planted mistakes each
that a careful reviewer marks and a hurried one misses, every kind planted twice): a 补助标准 ×
人数 in the indicators above the 年度资金 (B107), a 成本指标 total larger than the project's or
the department's money (B107), a 时效指标 date in the year before the budget year (Y102), the
年度 count of a cumulative indicator above its 中期 count (D201), ≤ on a 满意度 and ≥ on a 投诉率
(T108), the same indicator name twice with different values under one tier-2 (D102), a tier-2
服务对象满意度指标 under 产出指标 (F105), a 覆盖率 over 100 % (T106), a money cell holding its
amount twice (50万50万元, X106). Beside them the correct returns hold legitimate look-alikes: a
增长率 ≥-5% allowed to be negative, 年度 counts equal to the 实施期 counts of a one-year project,
成本指标 and standards × counts exactly equal to the money, 投诉率 ≤2%, =0起 accident counts and
a 化肥使用量增长率 ≤0%, the same indicator names with different values in two stacked projects.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout169 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout169 import departments, periods, projects, stacked
from tests.variants.holdout169.registry import HOLDOUT169
from tests.variants.kit import Variant

MODULES = (projects, periods, departments, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT169, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 169th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
