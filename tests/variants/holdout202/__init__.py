"""202nd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round thirty-eight, about tiers, periods, points and directions (variant items
5, 8, 10, 11). 8 of the 18 returns are correct; the other 10 carry 1–3 planted mistakes a
careful reviewer marks: a 社会效益指标 block under 产出指标 (a project and a 部门整体 table); a
时效指标 block under 效益指标 (a one-year project and the second of two stacked projects); a
cumulative count with the same value in the 中期 and the 年度 column of a multi-year project
(twice in one return, once with an operator column and bare numbers, once beside a tier score
column); a 年度目标 identical to the 中期目标 (twice); indicator points that miss the tier's
points (产出指标（50分） over 45 in the label, 效益指标 30 over 25 in a tier score column); a
增长率 written as a count (≥3000人次 inline, 5000 with unit 单 in a unit column); a 反向
indicator (the 指标方向 column says 反向) with ≥ (twice) and a 正向 one with ≤ (twice).

The 8 correct returns hold the legitimate look-alikes: a 下降率 with ≥ (declared 正向 where a
指标方向 column exists), 控制率 with ≥, tier labels with numbering and brackets
(一、产出指标（50分）, 2.质量指标（或标准指标）, （三）时效指标（进度指标）), points declared
per tier (in the label or in a tier score column) and per indicator that agree, rate changes written
≥5个百分点 / ≥3个百分点, 中期 and 年度 values that differ as cumulative counts should (rates
and unit costs equal), and a one-year project whose two columns and two goal texts are
legitimately equal.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout202 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout202 import directions, periods, tiers
from tests.variants.holdout202.registry import HOLDOUT202
from tests.variants.kit import Variant

MODULES = (tiers, periods, directions)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT202, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 202nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
