"""136th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round sixteen (8 correct of 18, 10 with 1–2 planted mistakes a careful reviewer
marks and a hurried one misses): an impossible date (2026年6月31日, 2026年13月底前), an annual
count above its 中期 / 实施周期 count, a 资金总额 typed in 元 under a 万元 head, a percent cell
holding 95 with a % format (shown 9500%), a 成本指标 of 0, a 满意度 above 100%, the same indicator
in two stacked projects (legitimate) next to a real duplicate inside one project, a 时效 date
after the plan's end.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout136 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout136 import departments, projects, stacked
from tests.variants.holdout136.registry import HOLDOUT136
from tests.variants.kit import Variant

MODULES = (projects, stacked, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT136, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 136th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
