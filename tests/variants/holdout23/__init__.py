"""23rd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample on
what health and social-security units (卫健委, 医保局, 疾控中心, 妇幼保健院, 中医院, 社保中心)
export from a provincial or county 预算管理一体化系统: one project per sheet with a key-value
grid, the value split over 比较符 │ 指标值 │ 计量单位 (or 指标值 │ 度量单位 │ 指标方向), extra
columns, tier labels in every row, hidden code columns, numbers in text cells, percent fields as
95 with % in the unit column, and tables exported twice (one sheet marked 作废 or 旧版). About
half are correct (a careful reviewer marks nothing; their names end ``-ok``).

Every mark uses a code of the catalogue (``python -m goalbook rules``); no code is proposed.

    from tests.variants.holdout23 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout23 import (
    cdc,
    departments,
    hospitals,
    insurance,
    maternal,
    pensions,
    pharmacy,
    publichealth,
    tcm,
)
from tests.variants.holdout23.registry import HOLDOUT23
from tests.variants.kit import Variant

MODULES = (hospitals, tcm, pharmacy, maternal, cdc, publichealth, insurance, pensions, departments)


def variants() -> list[Variant]:
    return sorted(HOLDOUT23, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 23rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
