"""105th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round seventeen (11 correct, 7 with one to two planted
mistakes): cells with line breaks inside (指标值 ``≥95%\\n（省考核）``, names over two lines),
blank spacer rows between tier blocks, hidden columns and hidden rows left from the template, a
tier-2 column written once per block and merged, a unit column merged across rows, values typed
as numbers with a unit format (0"人", 0.0"公里", 0.00%"以上"), dates typed as text (2027.12.31,
2027年12月底), 分值 columns with the tier's points in the tier-1 row, a 备注 column with long
notes, an A4 print area and a frozen header.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout105 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout105 import departments, layouts, periods, points, projects
from tests.variants.holdout105.registry import HOLDOUT105
from tests.variants.kit import Variant

MODULES = (projects, points, layouts, periods, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT105, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 105th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
