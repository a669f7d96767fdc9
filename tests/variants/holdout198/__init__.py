"""198th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
returns re-typed or converted from PDF and WPS, as they arrive (variant items 3, 5, 9, 10), from
health, water, housing and agriculture units (10 correct of 18; the other 8 carry 1–2 planted
mistakes a careful reviewer marks): a 年度资金总额 split by a space (186.450 0) and a detail line
pasted twice (38万38万(含运输)); a detail line 360000 where 36.0000 万元 was meant (decimal point
lost, 10 000×); a unit cost rounded to ≤0 万元/亩; flat-list weights adding to 95 under a note
saying 100; a 完好率 given as ≥36 台; tier-1 points (产出指标（50分）, 效益指标（30分）) that the
indicator scores under them do not match, with a 医院感染发生率 written ≥3%; a template 社会成本
指标 row left with no indicator and no value; a 质量指标 row with a value but no name.

The correct returns hold legitimate look-alikes: values with bracketed notes (≥95%（以抽查为
准）), amounts typed as text with their unit (120万元 in a 万元 block, 1,250,000元 in a 元
block, a warning at most tolerated), labels with numbering (一、产出指标, 1.数量指标,
（三）时效指标（进度指标）), points (产出指标（50分）) or point ranges (产出指标（40-50分）),
bracketed alternatives, ★ core indicators, abbreviated tier-2s (数量, 质量, 经济成本), a tier-1
score column beside indicator scores (both adding to 100), rate changes in 百分点, flat lists
without tiers in three column orders (operator column, operators in words, operators inside the
values, a direction column), merged cells broken into labels repeated in every row, blank
template rows inside a block, =100 on a 合格率 / 覆盖率 / 完好率, a cost standard × quantity
exactly equal to the money, 中期 and 年度 columns with equal rates and unit costs.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout198 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout198 import flat, labels, pasted, periods
from tests.variants.holdout198.registry import HOLDOUT198
from tests.variants.kit import Variant

MODULES = (labels, pasted, flat, periods)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT198, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 198th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
