"""81st held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
a transfer-payment season (转移支付区域绩效目标表), round two: an invented province's (澄岭省)
专项转移支付 to its counties and counties' own allocation tables: 资金名称 instead of 项目名称,
中央补助 │ 省级资金 │ 市县配套 (or 县级配套) as the money's parts, allocation tables by county
or township with 合计 (and 小计 for groups), 区域绩效目标 goals, the 产出/效益/满意度 framework
(OLD-NAT), some with 指标权重 or 分值, three funds stacked on one sheet, one return with a 汇总
sheet of funds, a three-year fund with 实施期 and 年度 columns. 18 returns: 10 correct, 8 with
1–2 planted mistakes (an allocation not adding up, the parts not making the whole, a county's
line above the 合计, a 小计 mistyped, a year that disagrees, a rate as a count, a rate above
100 %, a 反向 indicator with ≥, a missing tier, points adding to 95).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout81 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout81 import county, funds, more, province
from tests.variants.holdout81.registry import HOLDOUT81
from tests.variants.kit import Variant

MODULES = (province, county, more, funds)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT81, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 81st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
