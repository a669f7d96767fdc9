"""205th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round thirty-nine, about target values and their units (8 correct of 18; the
other 10 carry 2 planted mistakes each a careful reviewer marks): a rate given as a count
(合格率 ≥95人, 合格率 ≥98个), a count given as a rate (培训人次 95 in a % unit column, 补贴人数
≥90%), units that do not fit the name (桥梁座数 in 公里, twice; 培训人次 ≥3000户), malformed
thresholds (≥≤95%, ≥＞95%, a range written backwards 95%-90%), a 满意度 above 100% (≥105% inline
and a 105% percent cell), vague values where a date or number is needed (时效 尽快 and 及时; a
增长率 有所提高, a 管网长度 逐步改善, a 覆盖率 明显提升), impossible dates (2026年2月30日前,
2028年13月底前, 2026年2月29日前). The correct returns hold legitimate look-alikes: ≤48小时 and
48小时内, 1次/月, 每季度不少于1次, 按时完成 for a 完成时间, ≥5个百分点 / ≥3个百分点 on a rate
rise, 0起 and 零 on 事故起数, 100%完成, a 90%-95% range, 良好 / 优 for quality, 达到国家标准, a
1:1.2 医护比例, ≥3.5分 on a 5-point score, 年底前, 2026年12月31日前, and cost standards × counts
exactly equal to the money.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout205 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout205 import blocks, periods, single
from tests.variants.holdout205.registry import HOLDOUT205
from tests.variants.kit import Variant

MODULES = (single, periods, blocks)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT205, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 205th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
