"""129th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round twenty-four (12 correct, 6 with one or two planted
mistakes): tables with the extra columns offices add (指标解释, 计算方法, 评分标准, 数据来源,
责任科室), multi-line cells (Alt+Enter) in names and values, full-width digits and signs
(≥９５％, １２００人), amounts typed as text with thousands separators (1,486.20), a header on
two rows with merged cells, a project whose head and indicators sit on two sheets, and tier-1
labels with scores (产出指标（40分）) beside per-indicator weights.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout129 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout129 import layouts, mistakes, projects
from tests.variants.holdout129.registry import HOLDOUT129
from tests.variants.kit import Variant

MODULES = (projects, layouts, mistakes)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT129, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 129th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
