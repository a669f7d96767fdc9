"""181st held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round thirty-one (8 correct of 18; the other 10 carry 1–2 planted mistakes a
careful reviewer marks): a 年度资金总额 that differs from 财政拨款 + 其他资金 by more than rounding
(in a one-year head, in the 年度 column of a two-year head, in a 部门整体 budget), a per-person
standard per year (元/人·年) × the people above the annual money, a 及时率 with ≥ in the 年度 column
but ≤ in the 中期 one, a 时效 deadline of 2026年12月31日前 where the 计划完成日期 is 2026-10-31, a
count (培训场次) under 成本指标, a weight column that sums to 95, the same indicator written twice
with a full-width and a half-width bracket and different values, a rate of 98 with the unit 个, a
年度目标 saying 覆盖率达到90% while the indicator says ≥95%. The correct returns hold the
look-alikes: =0起 accidents, a 下降率 of ≥5%, weights summing to 100 with tier-1 subtotals shown,
a 及时率 of =100%, a deadline on the 计划完成日期 itself, two distinct indicators told apart by a
bracket, standards × counts within (or equal to) the money, the same names in stacked projects.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout181 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout181 import departments, periods, single, stacked
from tests.variants.holdout181.registry import HOLDOUT181
from tests.variants.kit import Variant

MODULES = (single, periods, departments, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT181, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 181st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
