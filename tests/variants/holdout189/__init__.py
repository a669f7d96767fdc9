"""189th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round forty-four: returns passed through several hands.
Every table starts at column B under a title merged B1:G1, with a blank column between 三级指标
and 指标值; tier-1 and tier-2 cells are merged down their groups while some 三级指标 are split
over two lines inside one cell (Alt+Enter); the value column holds the number with its operator
and unit (≥120户) in some cells and the number only, the unit in a 计量单位 column, in others;
指标值 written as ranges (90%-95%, 3至5天); money in 万元 in the 项目资金 / 年度预算 block and in
元 in a 资金来源 block (中央/省级/市级/县级 and 合计), each saying its unit in its label.

12 of the 18 returns are correct. The other 6 carry 1–2 planted mistakes placed in these habits:
a value's unit against the 计量单位 column (T112), 资金来源 amounts missing their 合计 (B101), a
合格率 range reaching past 100% (T106), a 反向 rate or a response time with ≥ (T108), an annual
count above its 中期 count (D201), a 年度资金总额 above the 中期资金总额 (B103), the 县级 amount of
a 元 block typed in 万元 (B110), a 服务对象满意度指标 merged under 效益指标 (F105), a 资金总额 that
is not 财政拨款 + 其他资金 (B101), a 处置率 given as a count (T105), a one-year project ending in
the next year (Y102).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout189 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout189 import departments, periods, single, stacked
from tests.variants.holdout189.registry import HOLDOUT189
from tests.variants.kit import Variant

MODULES = (single, periods, departments, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT189, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 189th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
