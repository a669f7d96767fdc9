"""Twelfth held-out corpus: invented 部门整体支出绩效目标表 from provincial and municipal
departments (厅/局/委), written blind (without reading goalbook's reader or rules, nor the returns
of the other corpora): 部门职能 and 年度主要任务 with an amount per task, 整体绩效目标 in numbered
paragraphs, 基本支出 split into 人员经费/公用经费, tiered or flat indicators with weights, tables
converted back from PDF, two years side by side (上年实际 / 本年目标), and tier-1 columns left
unmerged and empty after each block's first row. About half are correct (a careful reviewer
marks nothing; the name ends ``-ok``).

Every mark uses a catalogue code (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout12 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout12 import converted, departments, flat
from tests.variants.holdout12.registry import HOLDOUT12
from tests.variants.kit import Variant

MODULES = (departments, converted, flat)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT12, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the twelfth held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
