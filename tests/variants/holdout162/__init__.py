"""162nd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round thirty-five: text pasted from Word and WPS habits
(full-width digits and signs such as ≥９５％ and １５００人次, trailing spaces and line breaks
inside cells, numbers with thousands separators stored as text such as 1,500人次, dates written
2026.12.31 and 2026年12月, values such as 约3000人, 3000人左右 and 95.0%, abbreviated tier-2 labels
数量/质量/时效/成本, the indicator table continued on a second sheet headed 续表 with the header
repeated, a value and its unit in two cells of one row, a long 指标解释 column). 12 of the 18
returns are correct; the other 6 carry 2 planted mistakes each, placed in these habits: a
full-width ≥１０５％ on a 合格率 and a full-width ≥ on a 投诉率; a 覆盖率 given as 2,000人次 and
a 资金总额 that is not 财政拨款 + 其他资金; a deadline 2027.03.31 in a 2026 one-year table and a
完成时间 given as 100%; an abbreviated 时效 under 效益指标 and a ≤ on a count of sessions; an
indicator repeated on the 续表 sheet with another value and a unit conflict between value and
unit column; an annual count above its 中期 count and a 年度资金总额 above the 中期资金总额.
The correct returns hold legitimate look-alikes (=0起 accidents, a 增长率 ≤0%, values without an
operator on counts, separators in values).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout162 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout162 import multi, others, single
from tests.variants.holdout162.registry import HOLDOUT162
from tests.variants.kit import Variant

MODULES = (single, multi, others)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT162, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 162nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
