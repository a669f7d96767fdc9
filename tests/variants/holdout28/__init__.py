"""The 28th held-out set: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora) for civil affairs (民政局), elderly care (养老服务
中心, 社会福利院), disabled persons' federations (残联) and veterans' affairs (退役军人事务局),
many of them second versions sent back after one review round: a 修改说明 column, reviewer
remarks written into cells (【审核意见：…】) or a 备注 column, values left as 原值→新值,
per-person monthly subsidies (元/人·月) × people × 12 against the money, beds and 护理型床位
占比, 应保尽保 / 按时足额 values and department tables; some fixed correctly, some only half.
Half are correct (name ending ``-ok``: a careful reviewer marks nothing).

Every mark uses a catalogue code (``goalbook rules``); no code is invented for this set.

    from tests.variants.holdout28 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout28 import departments, revisions, shapes, subsidies
from tests.variants.holdout28.registry import HOLDOUT28
from tests.variants.kit import Variant

MODULES = (subsidies, revisions, departments, shapes)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT28, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 28th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
