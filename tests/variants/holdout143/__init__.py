"""143th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
culture, tourism and sports returns (文广旅体局, 图书馆, 文化馆, 博物馆, 体育中心): 免费开放
subsidies, 送戏下乡 场次, 公共文化服务 人次, 赛事 and 全民健身 活动, visitor counts in 万人次,
文物保护 projects with 中期 and 年度 columns, 成本 per 场 or per 人次, 满意度 by survey, and a
部门整体 table of the bureau. 10 of 18 are correct; 8 carry 2–3 planted mistakes (a 场次 cost ×
场次 far above the money, 人次 against 万人次, a 开放率 given as days, a 年度 count above the 中期
count, task lines that miss the 金额合计, a 中期 count copied into 年度, a 满意度 of ≥100%, a
duplicate indicator, no 满意度指标, a placeholder).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout143 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout143 import bureau, culture, mistakes, mistakes2
from tests.variants.holdout143.registry import HOLDOUT143
from tests.variants.kit import Variant

MODULES = (culture, bureau, mistakes, mistakes2)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT143, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 143th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
