"""76th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round twelve: every shape in one season: money as labels
over amounts and as label │ amount pairs, allocation and detail lists with 合计 and 小计, income
and expenditure lists side by side, amounts with their parts in the same cell, tiers joined in one
column, the name and its value in one cell, units in a 备注, two-line headers, stamps and
signatures under the table, numbers as text, percentages as Excel stores them (``≥`` kept in a
custom number format). 18 returns: 11 correct, 7 with one planted mistake each (a 小计 that does
not add up, parts in a cell not adding up, a 中期 count copied into 年度, last year's plan dates,
基本支出 + 项目支出 ≠ 资金总额, a rate as a count, a 反向 rate with ≥).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout76 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout76 import depts, money, stacked, tables
from tests.variants.holdout76.registry import HOLDOUT76
from tests.variants.kit import Variant

MODULES = (money, tables, depts, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT76, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 76th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
