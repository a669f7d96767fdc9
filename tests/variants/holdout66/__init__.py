"""66th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
money mistakes that are hard to see, round two (7 correct, 11 with one or two money mistakes a
careful reviewer finds with a calculator): a share in % that does not match its amount, 年度
above 中期/总额, 上年执行数 above 上年预算, an amount in 元 among 万元 ones, a decimal point lost
(an amount 10 000× its share), parts of a whole off by 0.5万元, key-task amounts above the
项目支出, a cost standard × a count above the money, a detail block whose lines add up to more
than its 合计, the same amount typed twice in one cell (120万120万). Layouts: one-year and
multi-year projects, Shanghai forms in 元, two stacked projects, department tables with shares
(vertical and horizontal), key tasks and a flat list.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout66 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout66 import departments, details, projects, shanghai
from tests.variants.holdout66.registry import HOLDOUT66
from tests.variants.kit import Variant

MODULES = (projects, details, shanghai, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT66, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 66th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
