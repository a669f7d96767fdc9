"""140th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample.
Theme: civil-affairs and social-security subsidies (民政局, 人社局, 残联, 退役军人事务局):
城乡低保, 特困供养, 临时救助, 残疾人两项补贴, 高龄津贴, 就业见习补贴, 优抚对象抚恤, 义务兵家庭
优待金; standards per person per month or per year (元/人·月, 元/人/年, 元/户), counts of 人, 户
and 人次, months of payment, money that must cover standard × people × months, 发放及时率 and
资金到位率, 中期 and 年度 columns in some. 18 returns (prefix mt): 10 correct and 8 with 1–3
planted mistakes (standard × people × months far above the 年度资金, people counted in 户 under
a per-person standard, a monthly standard where the text says yearly, a 发放准确率 written as a
count, fiscal + other not equal to the total, a rate above 100 %, ≤ on a 及时率, a missing
满意度 tier, 中期 counts copied into 年度, a 年度 count and budget above the period's, plan dates
of the year before, a conflicting duplicate).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout140 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout140 import civil, disabled, social, veterans
from tests.variants.holdout140.registry import HOLDOUT140
from tests.variants.kit import Variant

MODULES = (civil, social, disabled, veterans)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT140, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 140th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
