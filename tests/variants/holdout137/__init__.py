"""137th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
environment and natural-resources returns (生态环境局, 自然资源局, 林草局, 水务局 河湖长制), 18
returns, 10 correct and 8 with 1–3 planted mistakes: indicators where lower is better
(PM2.5年均浓度≤32微克/立方米, 重污染天数≤3天, 化学需氧量排放量下降比例≥4%), ranges (pH 6～9,
地表水Ⅲ类及以上), 达标率 and 优良天数比率, 森林覆盖率 44.5%, areas in 亩 and 公顷, tonnes of
碳排放, 一票否决 and 不发生 lines, 中期 and 年度 columns, a Shanghai form, stacked projects,
department tables with tasks. The mistakes: a concentration written with ≥, a 下降率 or 比率 given
as a count, a 年度 area above the 中期 area, budgets that miss their lines, a range written
backwards (9-6), a conflicting duplicate 森林覆盖率, =95% on a 满意度, 中期 counts copied into
年度, a deadline past the budget year, a unit conflict, a missing 效益指标.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout137 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout137 import correct1, correct2, mistakes
from tests.variants.holdout137.registry import HOLDOUT137
from tests.variants.kit import Variant

MODULES = (correct1, correct2, mistakes)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT137, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 137th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
