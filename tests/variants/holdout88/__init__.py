"""88th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round four (8 correct of 18, 10 with 1–3 planted mistakes a careful reviewer
marks and a hurried one misses): a 其中 part above its whole inside a head cell's note (kt11,
kt17), a goal text naming another year than the table's (kt05, kt12), a 时效 deadline after the
budget year in a one-year project (kt02, kt17), a unit in an indicator's name at another
magnitude than its value (覆盖老年人口（万人） ≥3000人, 人工造林面积（万亩） ≥1200亩), the same
indicator twice with different values (kt05), weights or points adding to 95 (kt08, kt16), an
annual count above the 中期 one (kt11, kt14), a rate above 100 % (kt05, kt10), a cost standard ×
its count above the annual budget (kt03, kt16), a task list not adding up to 项目支出 (kt08), a
反向 rate with ≥ (kt02, kt10, kt12). The correct returns carry the near misses: a 其中 note below
its whole, deadlines inside the year, 万人 names with 万人 values, standard × count equal to the
budget, weights adding to 100, annual counts below the period ones, 反向 rates with ≤ / 不高于.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout88 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout88 import departments, periods, projects
from tests.variants.holdout88.registry import HOLDOUT88
from tests.variants.kit import Variant

MODULES = (projects, departments, periods)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT88, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 88th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
