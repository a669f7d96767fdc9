"""190th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round thirty-four (8 correct of 18; the other 10 carry 1–3 planted mistakes a
careful reviewer marks): a 资金来源 block whose 县级配套 line is counted twice (inside 其他资金
and again as its own line, so the 资金总额 is too high), a 户均补助标准 × 户数 above the money of
its task line in a 部门整体 table, a 及时率 written ≥95 with the unit 天, a 中期 value below the
年度 value of a cumulative count, a 年度目标 saying 培训600人次 while the indicator says
≥500人次, a deadline in 2025 in a 2026 table, a 时效指标 tier-2 placed under 效益指标, the same
indicator name twice in one tier-2 with different values. The correct returns hold legitimate
look-alikes: a 人均补助标准 × 人数 exactly equal to the money, a cost 增长率 ≤5%, a 差错率 =0%,
deadlines written 年底前, a =0起 accident count, the same name in two stacked projects.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout190 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout190 import departments, periods, projects
from tests.variants.holdout190.registry import HOLDOUT190
from tests.variants.kit import Variant

MODULES = (projects, periods, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT190, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 190th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
