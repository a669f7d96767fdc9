"""159th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round thirty-four: legitimate but unusual habits — a
封面 sheet (unit, 报送日期, a seal line) before the sheet with the table, a 序号 column first,
the tier-1 written again on every row instead of merged, operators in words (大于等于, 不少于,
不高于, 不超过), ranges (95%-98%, 3～5天), units such as 万人次, ‰ and 个百分点, a 年度 value
column headed 2026年目标值, an empty spacer row inside the indicator table, the header repeated
after a page break, a 备注 column (参考上年, 按季度统计), line breaks inside the goal text, a
权重 column adding to 100.

12 of the 18 returns are correct; the other 6 carry 2 planted mistakes each, placed in these
habits: weights adding to 95 and a 投诉率 written 不少于 (nm03), a range 95%-105% on a 合格率
and a 覆盖率 in 万人次 (nm06), a 时效指标 under 效益指标 in a tier-on-every-row table and an
indicator repeated after the repeated header with another value (nm09), an annual count above
the period count under a 2026年目标值 header and a 年度资金总额 that is not 财政拨款 + 其他资金
(nm12), a table titled 2025年度 behind a 2026 封面 and 2026年目标值 header and an accident
rate in ‰ with 大于等于 (nm15), a stacked project's money not adding up and 万人次 in the value
against 人 in the unit column (nm17). The correct returns hold look-alikes: =0起 counts, a
增长率 ≤0%, ‰ rates with ≤, rises in 个百分点, ranges, equal 实施期 and 年度 values on rates,
unit costs and durations, a 报送日期 in the year before.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout159 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout159 import covers, mixed, rows
from tests.variants.holdout159.registry import HOLDOUT159
from tests.variants.kit import Variant

MODULES = (covers, rows, mixed)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT159, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 159th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
