"""100th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round sixteen: values typed in WPS with full-width
characters (≥９５％, ＞, ％, （）), numbers with thousands separators kept as text (1,200人,
3,500.00), Chinese numerals (三次, 两个, 十二个月内), values with words after them (100%（以上）,
≥95%（含）), a header merged over two rows with its sub-columns (指标值 → 年度 │ 中期), the
indicator table on a second sheet after a 基本信息 sheet, a 附表 of budget detail after the
indicators, notes columns (备注, 数据来源), empty spacer columns, a flat department list.
18 returns: 12 correct (lf01–lf12), 6 with one ordinary planted mistake (lf13–lf18: a 合格率
above 100 % and a 反向 rate with ≥, money that does not add up and a rate as a count, 中期
counts copied into 年度, a 附表 that misses its 合计, plan dates a year off and a conflicting
duplicate, a unit conflict and a missing 满意度 tier).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout100 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout100 import layouts, mistakes, wps
from tests.variants.holdout100.registry import HOLDOUT100
from tests.variants.kit import Variant

MODULES = (wps, layouts, mistakes)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT100, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 100th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
