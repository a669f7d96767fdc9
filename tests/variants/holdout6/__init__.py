"""Sixth held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. The
finance bureau (财政局) of the invented 潆州市 collects the 2025 tables of its bureaus in one
budget season; the returns were saved by WPS and by Excel from other software: budget-system
exports with hidden rows and columns and 序号/编码 columns, line breaks (Alt+Enter) inside names
and values, an indicator table split over two sheets, department tables with 年度总体目标 text
and weights, targets such as ``≥95%（含）``, ``不低于上年``, ``较上年提高5个百分点``,
``2025年6月底前``, ``第三季度``, ``90%-95%``, ``±5%``, ``1:1``, ``100%完成``, percentages typed as
text in some cells and stored as numbers with ``0%`` in others, money in 元 and in 万元. About
half are correct (a careful reviewer marks nothing; the name ends ``-ok``).

Every code used by the marks is in the catalogue (``python -m goalbook rules``); no new code is
proposed.

    from tests.variants.holdout6 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout6 import columns, departments, exports, layouts, projects
from tests.variants.holdout6.registry import HOLDOUT6
from tests.variants.kit import Variant

MODULES = (exports, projects, columns, departments, layouts)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT6, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the sixth held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
