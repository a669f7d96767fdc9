"""156th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round thirty-three: layouts and cell habits that are
legitimate but unusual — a 指标值 column split in two (比较符 │ 数值 │ 计量单位, the unit merged
down the two-row header and over two rate rows), tier labels with codes (1 产出指标, 1.1 数量指标,
1.1.1 …) or written 一级指标：产出指标 in the cell, a 年度 column before the 实施期 column (money,
goals and values), values such as 不低于95%, 不超过3天, 较上年提高, 达到国家标准, 100%完成, names
carrying a note (…（按季度统计）), a second sheet holding only a 填报说明 and a third with the
project's 资金明细 (items adding up to the total), amounts and figures typed as text, an empty
column between tier columns, a header on two rows with merged cells.

12 of the 18 returns are correct. The other 6 carry 2 planted mistakes each, placed in the hard
layouts: a rate above 100 % and a 正向 count capped with ≤ in the split 比较符 │ 数值 columns
(nj04); an annual count above its 实施期 count and a rate given as a count with the 年度 column
first (nj08); 资金明细 items not adding up to their 合计 and one indicator twice with different
targets (nj09); a 资金总额 typed as text that is not 财政拨款 + 其他资金 and a value whose unit
contradicts the 计量单位 column (nj12); a 时效指标 under 效益指标 and a completion date in the year
before the budget year, under a two-row header with an empty column between tiers (nj15); a 反向
rate with ≥ and a rate given as a count in stacked projects with written tier-1 cells (nj17).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout156 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout156 import offices, periods, sheets, values
from tests.variants.holdout156.registry import HOLDOUT156
from tests.variants.kit import Variant

MODULES = (values, sheets, periods, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT156, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 156th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
