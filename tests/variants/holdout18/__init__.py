"""Eighteenth held-out corpus: invented returns written blind (without reading goalbook's code,
nor the returns of the other corpora), to measure ``goalbook check`` out of sample on 民政 / 人社
/ 残联 / 文旅 / 体育 subsidies and services (低保, 特困供养, 养老服务补贴, 就业培训, 残疾人康复,
场馆免费开放, 全民健身赛事, 非遗保护): exports of a budget management system (a key–value grid
of project facts, one indicator per row with the tiers repeated, 指标性质 / 度量单位 / 权重 /
指标方向 columns, codes in a hidden column), the same tables typed by hand in WPS with merged
tiers, and a workbook with one project per sheet. About half are correct (``-ok``: a careful
reviewer marks nothing).

    from tests.variants.holdout18 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks

All codes used are in the catalogue (``goalbook rules``); none is invented here.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout18 import culture, disability, sports, welfare
from tests.variants.holdout18.registry import HOLDOUT18
from tests.variants.kit import Variant

MODULES = (welfare, disability, culture, sports)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT18, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the eighteenth held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
