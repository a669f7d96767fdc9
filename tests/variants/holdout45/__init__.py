"""45th held-out corpus: invented returns written blind (without reading goalbook's reader and
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
agriculture and rural revitalisation (农业农村局, 乡村振兴局, 农机站, 畜牧站): 耕地地力保护补贴
per 亩, 农机购置补贴 per 台, 动物防疫 强制免疫, 高标准农田 in 万亩, 衔接推进乡村振兴补助资金 with
联农带农, 农村人居环境, a province's 区域绩效目标表, stacked village projects and department
tables. About half are correct (names ending ``-ok``: a careful reviewer marks nothing).

Marks use catalogue codes only (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout45 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout45 import (
    departments,
    environment,
    farmland,
    linkage,
    livestock,
    regional,
    subsidies,
)
from tests.variants.holdout45.registry import HOLDOUT45
from tests.variants.kit import Variant

MODULES = (subsidies, livestock, farmland, linkage, regional, departments, environment)


def variants() -> list[Variant]:
    return sorted(HOLDOUT45, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 45th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
