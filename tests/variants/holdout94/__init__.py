"""94th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
returns exported from a province's budget management system (预算管理一体化系统), round two, and
edited by hand afterwards: a flat export with code columns (项目代码, 指标编码, the latter hidden),
a 预算年度 / 单位编码 line, 指标方向 · 计量单位 · 比较符 · 指标值 columns, amounts in 元 carried by
the number format, tiers merged down or written in every row, several projects of one unit
stacked in one sheet with a 项目代码 row of their own, 年度 and 中期 values side by side, a 分值
column, footers with signatures, 打印时间 and page numbers. 18 returns: 11 correct, 7 with one to
three ordinary mistakes (money that does not add up in one project, a rate as a count, a 反向
with ≥, a duplicate within a project, a year that disagrees, 中期 copied into 年度, a rate above
100 %, an annual count above its 中期 value).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout94 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout94 import multi, singles, stacked
from tests.variants.holdout94.registry import HOLDOUT94
from tests.variants.kit import Variant

MODULES = (singles, stacked, multi)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT94, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 94th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
