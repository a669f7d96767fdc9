"""128th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
a provincial transfer-payment season of the invented province 汀澜省 (2026): 中央对地方专项转移支付
区域绩效目标表 and 省对下转移支付 tables, the 资金总额 split into 中央补助 · 省级资金 · 市县配套,
a 年度总体目标 paragraph, 产出 · 效益 · 满意度 indicators with a 指标值 column and a separate
度量单位 column, values as ranges (90%-95%), 全覆盖 or 不低于上年, 各地分配表 to cities and
counties (one with city 小计 rows), a 比较符 column, a points column, stacked projects, a
three-year project with 中期 and 年度 columns, a county department's flat list and one export
from the 预算管理一体化 system with project codes in the first column. 18 returns: 10 correct
and 8 with 1–3 planted mistakes (a county allocation that does not add up, a 中央补助 larger
than the 资金总额, ≥ on a 事故率, ≤ on 正向 rates, counts where a 覆盖率 is asked, rates over
100 %, a date or a title in the wrong year, 中期 values copied into 年度, duplicates).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout128 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout128 import allocation, counties, export, faults, regional, seasons
from tests.variants.holdout128.registry import HOLDOUT128
from tests.variants.kit import Variant

MODULES = (regional, allocation, counties, export, faults, seasons)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT128, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 128th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
