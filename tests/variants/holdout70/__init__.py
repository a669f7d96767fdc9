"""70th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round ten, money in grids and lists: an allocation table
with 小计 rows for groups of counties and a 合计; a 合计 row on top, above the lines; a blank row
inside a list; amounts in 元 under a table in 万元 with the unit in the column header; a 占比
column beside the amounts; a list in two columns side by side (明细 │ 金额 │ 明细 │ 金额) with one
合计; income and expenditure lists of a unit with indented 其中 lines; a 汇总 sheet of projects
matching each project's sheet; a second list below the first on the same sheet. 12 returns are
correct (kb01–kb12); 6 carry one or two planted mistakes (kb13–kb18: a 小计 not adding up, a
part above its line, income and expenditure out of balance, a summary line disagreeing with its
project's sheet, a two-column list short of its 合计, a 占比 not matching its amount, with a rate
above 100 %, a 反向 rate with ≥ and a rate given as a time limit).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout70 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout70 import allocations, faults, lists, sheets
from tests.variants.holdout70.registry import HOLDOUT70
from tests.variants.kit import Variant

MODULES = (allocations, lists, sheets, faults)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT70, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 70th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
