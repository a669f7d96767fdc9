"""193rd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round thirty-five (8 correct of 18; the other 10 carry 1–2 planted mistakes a
careful reviewer marks): an award per enterprise (奖励标准 20万元/家) × 家数 above the money of a
multi-year table's 年度 column and of a stacked one-year project; a 中期 资金总额 that is not the
sum of its 财政拨款 and 其他资金 while the 年度 column adds up; a 增长率 written ≥5家 (twice); a
时效指标 whose 中期 deadline lies before the project start date; a 年度目标 naming 举办对接活动8场
while the indicator says ≥6场; a 满意度 of ≥120% (inline and as a percent cell); the same
indicator name in two tier-2s with different values (twice); a 反向 办理时长 with ≥ (inline and
in an operator column beside a direction column). The correct returns hold legitimate look-alikes:
an award × 家数 exactly equal to the money (one-year, multi-year and stacked), a 下降率 ≥10%, a
投诉率 =0%, a 覆盖率 of 100%, the same indicator name in two stacked projects.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout193 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout193 import departments, periods, single
from tests.variants.holdout193.registry import HOLDOUT193
from tests.variants.kit import Variant

MODULES = (single, periods, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT193, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 193rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
