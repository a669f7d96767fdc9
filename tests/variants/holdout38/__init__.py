"""38th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules code, nor the returns of the other corpora), on one theme: ecology and environment
(生态环境局, 河长办, 环卫所, 林业站, 环境监测站). Air quality (优良天数比例, PM2.5 in μg/m³, a
反向 concentration), surface water and sewage rates, 垃圾无害化处理率, afforestation in 亩 with a
subsidy per 亩, river cleaning in 公里 with a cost per 公里, monitoring sample counts, complaints
and incidents (反向, targets of 0 and 不发生), project and department tables in the layouts
offices send. About half are correct (name ending ``-ok``: a careful reviewer marks nothing).

Every mark uses a code of the catalogue (``python -m goalbook rules``); no code is invented.

    from tests.variants.holdout38 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout38 import departments, layouts, projects, waste_air
from tests.variants.holdout38.registry import HOLDOUT38
from tests.variants.kit import Variant

MODULES = (projects, departments, layouts, waste_air)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT38, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 38th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
