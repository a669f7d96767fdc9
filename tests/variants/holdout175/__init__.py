"""175th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round twenty-nine (8 correct of 18; the other 10 carry 1–2 planted mistakes a
careful reviewer marks): a 年度目标 giving a 覆盖率 (or a 达标排放率) of 95% while the indicator
says ≥90%; a 项目期 of 3年 whose 计划完成日期 falls in the starting year; a cost per 平方米 × the
area under 数量指标 above the money (twice, once in a stacked project); a 完成率 given as 100个; a
满意度 written ≥ 90 in a row whose unit column says 人; the same indicator under 质量指标 and
时效指标 with different targets; a weight column headed 满分100分 that adds to 90; a 中期资金总额
below the 年度资金总额; a 时效指标 of ≤30天 where the text says 45天内. The correct returns hold
legitimate look-alikes: an area in 亩 with a per-亩 standard within the money, indicator scores
adding to 100 beside a separate tier-1 score column, a per-平方米 standard within the money,
中期 and 年度 texts giving different percentages each matching its column, a text 45天内 with an
indicator ≤45天, =0起 accident counts, the same name in two stacked projects, word operators and a
满意度 of 90 with % in the unit column, a Shanghai table in 元.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout175 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout175 import departments, periods, single, stacked
from tests.variants.holdout175.registry import HOLDOUT175
from tests.variants.kit import Variant

MODULES = (single, periods, departments, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT175, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 175th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
