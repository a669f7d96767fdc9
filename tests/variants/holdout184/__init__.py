"""184th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round thirty-two (8 correct of 18; the other 10 carry 1–2 planted mistakes a
careful reviewer marks and a hurried one misses): a 中期资金总额 that is the sum of the years of
its 分年度资金安排 but a 年度资金总额 that is not the first year's (ol02, ol18); a per-亩 standard ×
the 亩 under 数量指标 above the money in the 中期 column of a multi-year table while the 年度
column fits (ol04, ol08); a 合格率 written ≥100% (ol06, ol13, ol16); a 时效指标 whose 中期
deadline lies before its 年度 one (ol08, ol18); a 满意度 given as 良好 in one column and ≥90% in
the other (ol02, ol15); the same indicator with the same value under two tier-2s of one tier-1
(ol10, ol15); a 资金来源 line naming 省级资金 120 while the head says 其他资金 0 and the head does
not add up (ol12); a count in the name (培训500人次) against its target (≥600人次) (ol10, ol13);
a rate of 95 with the unit 人 (ol06, ol16). The correct returns hold legitimate look-alikes: the
same name under 数量 and under 质量 measuring two things (a count of reports, their compliance),
≥100% on an output 增长率, ≤0% on a fertiliser or accident 增长率, =0起 accident counts, a rate of
95 with the unit %, a count in a name equal to its target, 年度 money equal to the first year's,
per-亩 standards × 亩 within the money of both periods, 省级资金 carried as 其他资金 in a head
that adds up, the same names in two stacked projects, 预算执行率 under Shanghai's 投入与管理.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout184 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout184 import departments, periods, single, stacked
from tests.variants.holdout184.registry import HOLDOUT184
from tests.variants.kit import Variant

MODULES = (single, periods, departments, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT184, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 184th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
