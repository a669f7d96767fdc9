"""102nd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
tables from other official forms, round three (18 returns, 11 correct, 7 with 1–3 planted
mistakes): 中央预算内投资 plan tables (总投资 = 中央预算内投资 + 地方配套), transfer-payment
区域绩效目标表 (资金 split into 中央 · 省级 · 市县 columns, 年度总体目标 per region or county),
专项债券 project tables, budget-system exports (项目代码 rows, a 单位名称 line, stacked projects,
merged title rows, export footers with 打印时间 and 页码). The mistakes: parts of the funding that
do not add up to the total, plan dates a year off the title, rates over 100 %, a duplicate and a
conflicting duplicate, ≥ on a 反向 rate, an indicator with a value but no name, a rate as a count.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout102 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout102 import departments, exports, investment, transfer
from tests.variants.holdout102.registry import HOLDOUT102
from tests.variants.kit import Variant

MODULES = (investment, transfer, exports, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT102, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 102nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
