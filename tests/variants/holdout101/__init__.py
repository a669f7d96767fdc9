"""101st held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
returns of county 农业农村局, 水利局, 林业局 and 乡镇 (round one; 青禾县, 柘溪县, invented):
subsidies paid per 亩, per 户, per 头 or per 人 with their 补助标准 in the value or in a 指标解释
column, areas in 亩 and 万亩, lengths in 公里, 新建 and 改造 counts, 受益农户 counts and 满意度,
multi-year irrigation and forestry projects with a 中期 column, one 部门整体 table. 18 returns:
9 correct, 9 with 1–3 planted mistakes (a standard × quantity above the budget, money that does
not add up, a rate as a count, a 反向 indicator with ≥, years that disagree, a duplicate, a
missing tier, 中期 counts copied into 年度, an annual count above the period count).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout101 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout101 import farms, forests, waters
from tests.variants.holdout101.registry import HOLDOUT101
from tests.variants.kit import Variant

MODULES = (farms, waters, forests)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT101, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 101st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
