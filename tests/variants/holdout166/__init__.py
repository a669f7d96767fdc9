"""166th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round twenty-six (8 correct of 18; the other 10 carry 1–2 planted mistakes a
careful reviewer marks and a hurried one misses): a 年度目标 text that gives a count its indicator
contradicts (12个 / ≥10个; 3000批次 / ≥2500批次), a 中期 length copied into the 年度 column of a
three-year project, ≤ on a 正向 合格率 (≤95%, ≤97%), a per-person standard × the people above the
money (1500元 × 1000人 > 120万元), a rate written as the bare fraction 0.95 with no unit anywhere,
a 时效 deadline after the 计划完成日期, an indicator name whose number contradicts its value
(培训500人次 │ ≥600人次), a 资金来源 合计 that differs from the head's 资金总额. The correct
returns hold the look-alikes: a name carrying its own value (培训500人次 │ ≥500人次), 0.95 and 95
under a % unit column, deadlines on or before the 计划完成日期, counts growing from 年度 to 中期
with equal rates, a 资金来源 block that agrees, 增长率 ≤0%, =0起, a 百分点 change, standards ×
counts within the money, the same 满意度 name in two stacked projects.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout166 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout166 import funds, periods, single, stacked
from tests.variants.holdout166.registry import HOLDOUT166
from tests.variants.kit import Variant

MODULES = (single, periods, funds, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT166, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 166th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
