"""The 29th held-out set: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora) on industry, commerce and science funds: 工信局
technical-upgrade grants capped as a share of the investment, awards per enterprise, 商务局
export and 招商引资 projects, 科技局 multi-year 科技计划 projects with 中期/年度 values, detail
lines per enterprise or programme, and department tables of such bureaus. About half are
correct (names ending ``-ok``: a careful reviewer marks nothing).

Every code used is in the rule catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout29 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout29 import departments, grants, layouts, science
from tests.variants.holdout29.registry import HOLDOUT29
from tests.variants.kit import Variant

MODULES = (grants, science, layouts, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT29, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 29th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
