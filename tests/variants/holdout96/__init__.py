"""96th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round fifteen (18 returns, 11 correct, 7 with one to two
ordinary planted mistakes): unusual column orders (指标值 before 三级指标, 计量单位 before 指标值,
权重 at the far right, a 序号 column first, tier columns after the name), names merged over two
rows, values with words (不低于95%, 不少于120人, 不超过48小时, 约300个, 300人次左右),
values with notes in brackets (95%（以上级考核为准）), a 指标值 column headed 2026年目标值,
tier-1 labels with their 分值 in another column, an empty 二级指标 row kept from the template
(a warning), two tables on two sheets of one workbook (项目 and 部门整体).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout96 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout96 import columns, mistakes, wording
from tests.variants.holdout96.registry import HOLDOUT96
from tests.variants.kit import Variant

MODULES = (columns, wording, mistakes)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT96, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 96th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
