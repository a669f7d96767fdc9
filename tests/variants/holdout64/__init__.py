"""64th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample.

Theme: correct returns that are hard to read, round eight, all about money laid out in grids:
labels over values (资金总额 │ 其中：财政拨款 │ 其他资金 over one row of amounts;
上级下达金额 │ 其中：中央 │ 省级 │ 本级配套 │ 资金总额), allocation tables of counties,
streets, schools or health centres (名称 │ 分配金额 │ 其中：中央 │ 省级 │ 备注 with a 合计
row, 小计 rows of groups inside), a 汇总 sheet listing the workbook's projects with a 合计, a
header 其中 spread over two rows, amounts in 元 with thousands separators or typed as text, a
占比 column in %, count columns (个, 人) beside the amounts, a detail table of quantities ×
unit prices.

12 of the 18 returns are correct; 6 carry one or two planted mistakes (a column not adding up
to its 合计, a line whose 中央 + 省级 exceed it, a total that is not the sum of its sources, a
汇总 合计 off, detail lines off their 合计; besides, a rate given as a count, rates over 100 %,
a waiting time with ≥, a 中期 count copied into 年度).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout64 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout64 import alloc, grids, summary
from tests.variants.holdout64.registry import HOLDOUT64
from tests.variants.kit import Variant

MODULES = (grids, alloc, summary)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT64, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 64th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
