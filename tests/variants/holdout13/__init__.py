"""Thirteenth held-out corpus: invented special-fund returns (专项资金) written blind (without
reading goalbook's code, nor the returns of the other corpora): 交通运输 road maintenance, 生态环境
pollution control, 应急管理 disaster prevention, 人社 employment subsidies, 科技 R&D grants and 体育
venues, with the 2021 成本 tier, co-funding shares 中央/省/市/县, amounts in 亿元, 元 and 万元,
two-year periods, 备注 columns, ratios and ranges as targets, and county tables on separate sheets.
About half are correct (a careful reviewer marks nothing).

Only catalogue codes are used for the marks (no invented code).

    from tests.variants.holdout13 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout13 import counties, hazards, jobs, pollution, roads, science, sports
from tests.variants.holdout13.registry import HOLDOUT13
from tests.variants.kit import Variant

MODULES = (roads, pollution, hazards, jobs, science, sports, counties)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT13, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the thirteenth held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
