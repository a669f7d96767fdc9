"""147th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round thirty: operators written in words (不低于95%,
不少于1200人, 不超过30天, 不高于, 大于等于, 达到, and 以上 / 以内 after the number, inline or in a
比较符 column), a value cell merged down over two indicators that share it, numbered names
(一、 1. ①), writers' cell comments (批注), rich text (part of a cell red or bold), rows hidden by
an autofilter, a 基期值（上年实际） column beside the 目标值 column (also before 中期 and 年度
columns), scores in a 分值 column with the tier-1 score in its label (产出指标（50分）), and a
项目负责人 and 联系电话 line in the head block.

18 returns: 12 correct, 6 with planted mistakes (a 反向 rate written 不低于 and a 及时率 given as a
count, a 合格率 of 不低于100%, a hidden 覆盖率 row holding a count, money not adding up, tier-1
points not matching the indicator scores, a deadline in the year before the budget year).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout147 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout147 import layouts, scored, words
from tests.variants.holdout147.registry import HOLDOUT147
from tests.variants.kit import Variant

MODULES = (words, layouts, scored)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT147, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 147th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
