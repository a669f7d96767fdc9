"""116th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
other official forms, round three: provincial transfer-payment 区域绩效目标表 with a 分配表
sheet (县区 · 分配金额 · 其中中央 · 省级, with a 合计 line), 中央预算内投资 plans (总投资 ·
以前年度已下达 · 本年下达投资 · 中央预算内投资 · 地方配套, one project or two stacked), 专项债券
project tables (总投资 · 专项债券 · 财政预算资金 · 市场化融资 · 本年度使用债券, a 分年度 block),
exports from a budget-management system (one row per indicator, tiers filled down, codes in front
of names, 指标方向 · 计量单位 · 指标值 · 评(扣)分标准, a page foot), project forms with a
以前年度资金 block by year. 10 of the 18 returns are correct; 8 carry 1–3 planted mistakes (a
分配表 that does not add to its 合计, a county line ≠ 中央 + 省级, a year's money above the
period's, a prior year's total ≠ its parts, rates as counts, rates over 100 %, a missing tier,
≤ on a 正向 rate and ≥ on a 反向 cost, a conflicting duplicate, a unit conflict, a 中期 count
copied into 年度).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout116 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout116 import bonds, exports, invest, transfer
from tests.variants.holdout116.registry import HOLDOUT116
from tests.variants.kit import Variant

MODULES = (transfer, invest, bonds, exports)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT116, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 116th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
