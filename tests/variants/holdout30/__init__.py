"""The 30th held-out set: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora) for emergency management (应急管理局), fire rescue
(消防救援大队/站), meteorology (气象局), earthquake (地震局) and township or street-office
(乡镇/街道办) tables: response and arrival times in 分钟 and 秒 (反向), targets of 0起 and
不发生, rates per 10万人 or per 亿元, drills and inspections, 预警信息发布及时率, equipment
bought at unit prices, small department tables with few indicators, tables starting in column C
under a two-line header repeated after a page break, and tables converted from PDF with text
split over lines. Half are correct (name ending ``-ok``: a careful reviewer marks nothing).

Every mark uses a catalogue code (``goalbook rules``); no code is invented for this set.

    from tests.variants.holdout30 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout30 import departments, layouts, projects, townships
from tests.variants.holdout30.registry import HOLDOUT30
from tests.variants.kit import Variant

MODULES = (projects, departments, townships, layouts)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT30, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 30th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
