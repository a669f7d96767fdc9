"""Eighth held-out corpus: invented returns written blind (without reading goalbook's reader or
rules code, nor the returns of the other corpora), to measure ``goalbook check`` out of sample:
one municipal season of 鹿鸣市 seen whole, returns from its 教育局, 卫健委, 住建局, 农业农村局,
民政局, 文旅局 and townships, each office in its own habit (national and provincial forms, header
words 绩效指标名称 / 指标目标值 / 目标值 / 考核标准 / 评分标准, merged and unmerged tiers, sub-items
1.1 / 1.2, units in the name column, 备注 columns, a 附件 sheet, weights at tier level only).
About half are correct (a careful reviewer marks nothing).

Proposed codes used here beyond tests/variants/README.md: none.

    from tests.variants.holdout8 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout8 import bureaus, departments, townships
from tests.variants.holdout8.registry import HOLDOUT8
from tests.variants.kit import Variant

MODULES = (bureaus, departments, townships)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT8, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the eighth held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
