"""Fourteenth held-out corpus: invented returns written blind (without reading goalbook's reader
or rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample on
county returns under 巩固拓展脱贫攻坚成果同乡村振兴有效衔接 and 农业农村 funds, as township and
county staff fill them in WPS: several small projects stacked in one sheet, money split
中央衔接资金 / 省级 / 市级 / 县级 / 自筹, 联农带农 indicators, 约 / 左右 / 不少于 / ranges,
percentages typed as text or stored as 0.95 with ``0%``, short or numbered tier labels, 序号
and 项目库编号 columns, three-line headers, hidden template columns, and a table copied from
last year with only some years changed. About half are correct (a careful reviewer marks
nothing; names end ``-ok``).

Every mark uses a code of the rule catalogue (``goalbook rules``); no new code is proposed.

    from tests.variants.holdout14 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout14 import (
    bureau,
    county,
    forms,
    period,
    services,
    townships,
    villages,
)
from tests.variants.holdout14.registry import HOLDOUT14
from tests.variants.kit import Variant

MODULES = (
    townships,
    villages,
    county,
    period,
    bureau,
    forms,
    services,
)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT14, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 14th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
