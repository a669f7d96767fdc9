"""71st held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
one ordinary season at a county finance bureau (青石县财政局绩效科): the returns as they arrive
from 教育, 卫健, 农业农村, 住建, 民政, 文旅, 交通, 人社, 市场监管 and a 乡镇, most on the
province's standard 项目支出 form with small variations (operator, unit, direction, score and
指标解释 columns, merged tiers, a two-line header, ≥ carried by a ``"≥"0%`` number format), four
部门整体 tables (one a flat list, one with 实施周期 and 年度 columns), two exports from the budget
system (05-1/05-2 sheets, header on row 3, tiers filled down), two returns typed in WPS with odd
spacing, two stacked projects, two column sets, multi-year 中期/年度 columns.

18 returns, 10 correct and 8 with one or two of the mistakes reviewers meet most often: a rate
as a count, 满意度 without %, money that does not add up, a year that disagrees, a 反向
indicator with ≥, a missing tier (tier-1 and tier-2), a duplicate, 中期 copied into 年度, a rate
over 100 %.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout71 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout71 import departments, exports, more, projects
from tests.variants.holdout71.registry import HOLDOUT71
from tests.variants.kit import Variant

MODULES = (projects, departments, exports, more)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT71, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 71st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
