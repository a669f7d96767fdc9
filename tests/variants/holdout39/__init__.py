"""39th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample on
housing, veterans and social-welfare returns (住建局, 退役军人事务局, 民政/养老, 残联): 租赁补贴
per household × households × months against the money, 老旧小区改造 counts and areas, 优抚
allowances per person per month, 养老床位 and 入住率, 残疾人康复 services, timeliness (按月足额
发放, 次月10日前), multi-year projects with 中期/年度 values and money blocks with 资金明细 lines
under the indicator table or between the project head and the table. About half are correct
(a careful reviewer marks nothing; their names end ``-ok``).

    from tests.variants.holdout39 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks

Every mark uses a catalogue code (``goalbook rules``); none had to be invented.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout39 import departments, housing, veterans, welfare
from tests.variants.holdout39.registry import HOLDOUT39
from tests.variants.kit import Variant

MODULES = (housing, veterans, welfare, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT39, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 39th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
