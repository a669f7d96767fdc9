"""87th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round thirteen: the shapes of one real season together:
an allocation table below the indicators (附：…分配明细 with 小计 and 合计), a page's foot inside a
table converted from PDF, signatures of a unit's head (局长：… │ 经办人：…) and an office with its
date under the table, the department framework with 职责履行 · 履职效能 · 管理效率, a budget
reckoning written out in one cell with its 合计, a 项目汇总 sheet of a workbook's projects, money
by year as 2027年 │ 520 pairs, tiers filled down on every row, units in a 备注, percentages as
Excel stores them, numbers as text. 18 returns: 12 correct, 6 with one planted mistake each (a
小计 that does not add up, a rate as a count, 资金总额 ≠ 基本支出 + 项目支出, a satisfaction over
100 %, ≥ on a 反向 rate, an annual count above its period count).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout87 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout87 import departments, mixed, projects
from tests.variants.holdout87.registry import HOLDOUT87
from tests.variants.kit import Variant

MODULES = (projects, departments, mixed)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT87, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 87th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
