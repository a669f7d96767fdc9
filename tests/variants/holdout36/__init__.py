"""36th held-out corpus: invented returns written blind (without reading goalbook's code, nor
the returns of the other corpora) on public security, justice, courts and procuratorates
(公安局, 司法局, 法院, 检察院, 法律援助中心): case counts and 结案率, legal aid with a standard per
case, rates per 万人 (反向), targets of 0 and 不发生, 群众安全感, 办案期限 in 日 or 工作日,
equipment purchases, department tables and multi-year 智慧警务 projects. About half are correct
(a careful reviewer marks nothing). Only catalogue codes are used; no code is invented.

    from tests.variants.holdout36 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout36 import departments, multiyear, projects
from tests.variants.holdout36.registry import HOLDOUT36
from tests.variants.kit import Variant

MODULES = (projects, departments, multiyear)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT36, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 36th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
