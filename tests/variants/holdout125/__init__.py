"""125th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
a municipal 住建/城管/交通 season (10 correct of 18): construction and maintenance projects of an
invented city (桐川市 and its districts and county) with 分年度资金安排 blocks whose sources are
named in rows (省级补助 · 市级资金 · 社会资本 · 合计) and years in columns, 工程量 indicators with
compound units (万平方米, 公里, 座, 万吨/日), phased deadlines, 单位造价 standards (元/平方米) ×
areas against the budget, 中期 and 年度 columns, stacked projects, a flat department list, points
columns and one export from a budget system (部门项目支出预算05-1 / 部门项目支出绩效目标05-2).
The 8 others carry 2–4 mistakes: a year column that does not add up, a standard × area above the
budget, a phase date after the period, an annual count above the period's, 中期 values copied
into 年度, rates as counts or over 100 %, operators against direction, duplicates, tasks or
weights not adding up, a unit conflict.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout125 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout125 import checks, funding, mixed, projects
from tests.variants.holdout125.registry import HOLDOUT125
from tests.variants.kit import Variant

MODULES = (projects, funding, mixed, checks)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT125, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 125th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
