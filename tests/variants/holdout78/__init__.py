"""78th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample.
Theme: one ordinary season at a district finance bureau (蓝桥区财政局), returns from 街道办事处,
社区, 区属学校, 区卫健局, 区城管局, 区民政局 and 区文旅局, many typed by hand in WPS: spaces
inside names (垃 圾 分 类 知 晓 率), full-width and half-width operators mixed (＞＝, ≥, >=),
values such as ``≥ 95 %`` with spaces, tiers filled down on some and merged on others, a blank
row inside the table, a 填报说明 line at the top, signatures and a 联系电话 at the bottom, one
return with two projects on two sheets. 18 returns: 10 correct and 8 with one to three planted
mistakes (a rate as a count, 满意度 without %, money that does not add up, plan dates in another
year than the title, a 反向 rate with ≥, a missing tier, a duplicate indicator, a rate of 105 %,
中期 counts copied into 年度).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout78 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout78 import chengwen, jiedao, weimin, xuexiao
from tests.variants.holdout78.registry import HOLDOUT78
from tests.variants.kit import Variant

MODULES = (jiedao, xuexiao, weimin, chengwen)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT78, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 78th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
