"""44th held-out corpus: invented returns written blind (without reading goalbook's code, nor the
returns of the other corpora) from a county health system: the 卫健局, the 县医院, the 疾控中心, the
妇幼保健院 and the 乡镇卫生院 of an invented 岚山县 and its neighbours. 基本公共卫生服务 funds per
head of 常住人口, 家庭医生签约, vaccination, maternal and infant mortality (per 10万 and ‰, 反向),
equipment bought at a unit price, bed use and length of stay, 中医药 services, a three-year ward
building (中期 and 年度), department tables. About half are correct (names ending ``-ok``).

Only catalogue codes and the proposed codes of tests/variants/README.md are used.

    from tests.variants.holdout44 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout44 import construction, departments, layouts, projects, township
from tests.variants.holdout44.registry import HOLDOUT44
from tests.variants.kit import Variant

MODULES = (projects, construction, departments, layouts, township)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT44, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 44th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
