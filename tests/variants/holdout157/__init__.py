"""157th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round twenty-three (8 correct of 18; the other 10 carry 2 planted mistakes each
that a careful reviewer marks and a hurried one misses): a detail list or task list adding up to
more than its 资金总额 or 金额合计 (B102), 中期 财政拨款 + 其他资金 missing the 中期 total while the
年度 column is right (B101), a pass rate of 100.50% (T106), a deadline after the end of the
project period (Y102), a 满意度 typed 0.9 in a General cell beside others typed 90% (T105 /
T114), the same indicator under two tier-2s with different values (D102), a per-person standard
× the people in the same table above the money (B107), a 反向 rate (投诉率, 事故发生率) with ≥
(T108), an annual length above its 中期 length (D201), the wrong year in the title only (Y101).
The correct returns hold legitimate look-alikes: a ≤0% growth of a unit cost, =0起 accidents,
rates equal in the 中期 and 年度 columns of multi-year projects, the same indicator names in
stacked projects, standards × counts within the money, ‰ rates.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout157 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout157 import departments, periods, single, stacked
from tests.variants.holdout157.registry import HOLDOUT157
from tests.variants.kit import Variant

MODULES = (single, periods, departments, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT157, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 157th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
