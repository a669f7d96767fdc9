"""Fifteenth held-out set: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora) to measure ``goalbook check`` out of sample on
transfer payments and sector programmes of 卫生健康, 医疗保障 and 教育: 中央对地方转移支付
区域绩效目标表 with the money by level, rates per mille and per 10 万, standards in 元/人/年 and
元/生/学期, the 2021 framework with 成本指标, 实施期 / 年度 columns under two-line heads,
比较符 / 度量单位 / 指标解释 / 评（扣）分标准 columns, totals as ``=SUM`` formulas with the
values Excel caches, indicators stated as 保持 / 不低于上年, one sheet per year. About half are
correct (a careful reviewer marks nothing; their names end ``-ok``).

Every mark uses a code of the catalogue (``goalbook rules``); no new code is proposed.

    from tests.variants.holdout15 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout15 import education, health, sector, transfers
from tests.variants.holdout15.registry import HOLDOUT15
from tests.variants.kit import Variant

MODULES = (transfers, health, education, sector)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT15, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the fifteenth held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
