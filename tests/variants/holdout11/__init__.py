"""Eleventh held-out corpus: invented returns written blind (without reading goalbook's reader
or rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample:
the mixed batch a municipal 财政局 reviewer receives in one week. County 财政局 bundles of
township returns, 区域绩效目标表 for transfer payments with money and tasks per county,
中央预算内投资 plans with construction tiers, department tables with 年度主要任务 and amounts
per task, tables pasted from Word or PDF, returns with the operator in its own column, and a
goalbook-like national form with the tiers repeated on every row. About half are correct (a
careful reviewer marks nothing; the name ends ``-ok``).

All marks use catalogue codes (``goalbook rules``); no new code is proposed.

    from tests.variants.holdout11 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout11 import (
    columns,
    county,
    departments,
    investment,
    national,
    pasted,
    transfers,
)
from tests.variants.holdout11.registry import HOLDOUT11
from tests.variants.kit import Variant

MODULES = (county, transfers, investment, departments, pasted, columns, national)


def variants() -> list[Variant]:
    return sorted(HOLDOUT11, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the eleventh held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
