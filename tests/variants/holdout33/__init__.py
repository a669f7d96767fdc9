"""33rd held-out corpus: invented returns written blind (without reading goalbook's code, nor
the returns of the other corpora), to measure ``goalbook check`` out of sample: finance, audit,
statistics, tax and 机关事务 offices (department tables with 占比, “三公”经费, 预算执行率 and
决算公开; IT maintenance and audit projects; statistical surveys with 差错率; returns split over
three sheets; tables from column B or C with a two-line header repeated after a page break).
About half are correct (a careful reviewer marks nothing; the name ends ``-ok``).

Codes used: catalogue codes only (B101, B102, D101, D102, D202, F105, F106, F109, F110, T105,
T106, T108, T116, W101, X105, X106, Y102, Y103), with alternatives where a reviewer accepts
another.

    from tests.variants.holdout33 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout33 import departments, layouts, projects
from tests.variants.holdout33.registry import HOLDOUT33
from tests.variants.kit import Variant

MODULES = (departments, projects, layouts)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT33, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 33rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
