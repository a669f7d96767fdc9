"""42nd held-out corpus: invented returns of water conservancy, forestry and grassland, and
natural resources bureaus (水利局, 林草局, 自然资源局), written blind (without reading goalbook's
reader or rules, nor the returns of the other corpora), to measure ``goalbook check`` out of
sample. About half are correct (a careful reviewer marks nothing; their names end ``-ok``).

Themes: 高标准农田 and 灌溉面积 in 亩/万亩, 森林覆盖率 and 草原综合植被盖度, 森林防火 (火灾受害率
≤0.9‰, 反向), 地质灾害 监测点, 不动产登记 办理时限, 水土流失治理面积 (平方公里), 小型水库安全鉴定,
补助标准 per 亩 × area against the money, multi-year projects (中期/年度), a transfer-payment
区域绩效目标表 and department tables (部门整体).

Every mark uses a code of the catalogue (``goalbook rules``); no code is invented here.

    from tests.variants.holdout42 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout42 import forest, land, water
from tests.variants.holdout42.registry import HOLDOUT42
from tests.variants.kit import Variant

MODULES = (water, forest, land)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT42, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 42nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
