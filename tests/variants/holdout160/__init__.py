"""160th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round twenty-four (8 correct of 18; the other 10 carry 2–3 planted mistakes a
careful reviewer marks and a hurried one misses): a 年度目标 text whose number the matching
indicator contradicts (开展巡查60次 against ≥50次), a 其中：财政拨款 larger than its 资金总额, a
计量单位 column saying 个 beside a value in 天, a satisfaction stored as 0.95 with % in the unit
column (read 0.95%), a deadline in the year before the table's, the same indicator name under
two tier-2s, a 成本指标 with ≥, weights adding to 95 or 105, a 中期 value below its 年度 value for
a count that accumulates, an indicator value left empty. The correct returns hold legitimate
look-alikes: a 年度目标 that states the three-year total beside the year's share, a 增长率 ≤0%,
=0起 accident counts, weights given only at tier-1 level that add to 100, percent cells with %
also in the unit column, the same indicator name in two stacked projects.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout160 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout160 import departments, periods, single, stacked
from tests.variants.holdout160.registry import HOLDOUT160
from tests.variants.kit import Variant

MODULES = (single, periods, departments, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT160, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 160th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
