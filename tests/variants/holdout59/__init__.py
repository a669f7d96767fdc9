"""59th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample.
Theme: transfer payments and special funds allocated down (中央/省对下转移支付,
专项资金分配): 区域绩效目标表 with 资金情况 split into 中央补助 / 省级补助 / 市县配套,
allocation tables of counties or streets (分配金额 │ 其中：中央 │ 省级, a 合计 row),
per-unit standards (元/人·年 × 人数, 元/亩 × 面积), tables a receiving county fills in
for its share (上级下达金额, 本级配套, 全市 and 本县 value columns), stacked county
tables, flat lists with weights, 中期/年度 columns, tier points, ★ core indicators.
9 correct and 9 with one to three planted mistakes (county lines not adding up to the
合计, a line's 中央 share above the line, a standard × count ten times the money,
中央+省级+配套 ≠ 总额, a title year disagreeing with the funds' year, rates as counts,
a rate over 100 %, 反向 indicators with ≥, weights not adding to 100, an annual target
above the period, a conflicting duplicate, 中期 values copied into 年度, a missing
满意度 tier, a deadline after the budget year, = on a satisfaction rate).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout59 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout59 import allocation, county, regional
from tests.variants.holdout59.registry import HOLDOUT59
from tests.variants.kit import Variant

MODULES = (regional, allocation, county)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT59, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 59th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
