"""134th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
investment projects (10 correct of 18, 8 with 1–3 planted mistakes): 中央预算内投资 and 专项债券
project tables with a 总投资 block split into 建安工程费 · 设备购置费 · 工程建设其他费用 · 预备费,
资金来源 (中央预算内投资 · 地方政府专项债券 · 项目资本金 · 银行贷款), a 年度投资计划 by year,
建设内容及规模 (万平方米, 公里, 张床位), 开工/竣工 dates and indicators on 工程质量 and 投资控制;
two stacked projects, a 发展和改革局 department table. The mistakes: cost components or sources
that miss the 总投资, a 年度投资 above the 总投资, a 竣工 date before the 开工 date, a 投资控制率
written as ≥, rates as counts, a rate over 100 %, a conflicting duplicate, 年度 copying 中期.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout134 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout134 import bonds, central, mixed
from tests.variants.holdout134.registry import HOLDOUT134
from tests.variants.kit import Variant

MODULES = (central, bonds, mixed)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT134, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 134th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
