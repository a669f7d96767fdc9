"""49th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
returns that are correct but unusual, round three (12 correct, 6 with mistakes): values such as
≥1:1, ≤1‰, ≤15/10万, ≥4.5分, 100%全覆盖, 每季度1次, 全年无休, 85%-90%, ±5%以内, 不低于全省平均水平,
A级, 2027年底前; optional columns left empty; leading apostrophes and trailing spaces; 批注 on
cells; indicator names holding years or numbers (2025年度部门决算, 12345, 5G, PM2.5, 65岁);
department tables whose tier-1 labels are spelled 产出目标 / 效益目标 / 满意度目标; several
tables on one sheet apart by blank rows; a one-year project whose 中期 and 年度 columns agree.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout49 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout49 import departments, faults, layouts, mistakes, values
from tests.variants.holdout49.registry import HOLDOUT49
from tests.variants.kit import Variant

MODULES = (values, layouts, departments, faults, mistakes)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT49, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 49th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
