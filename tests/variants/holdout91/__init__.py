"""91st held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round fourteen: workbooks as a whole (a 封面 sheet and a
填报说明 sheet before the table, one sheet per project with a 汇总 sheet), hidden rows and
columns, two header rows (指标值 split into 年度 / 中期), value ranges (85%-90%, 3-5个),
qualitative values (良好, 有效提升, 逐步改善, 达到国家标准), deadlines (2026年12月31日前,
第三季度), numbers kept with custom formats (0.00"万元", 0"个", "≥"0%), tiers written with 分值 in
the label, a 备注 column with units or notes, cells holding comments (批注). 18 returns: 12
correct, 6 with one ordinary planted mistake each.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout91 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout91 import layouts, values, workbooks
from tests.variants.holdout91.registry import HOLDOUT91
from tests.variants.kit import Variant

MODULES = (workbooks, layouts, values)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT91, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 91st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
