"""83rd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
one ordinary season at a county finance bureau, round three: returns from the small offices of
蔚川县 (invented): 民族宗教事务局, 供销社, 总工会, 妇联, 团县委, 残联, 科协, 文联, 红十字会, 气象局,
地震局, 档案馆, 党校 and 老干部局. Mostly project tables on the standard 项目支出 form with small
variations (a 指标值说明 column, units in their own column or in the value, a 比较符 column with
symbols or words, a 指标方向 column, tiers merged or filled down, a two-line 中期/年度 header,
分值 columns), three 部门整体 tables and two projects stacked on one sheet. 18 returns, 10
correct and 8 with the mistakes reviewers meet most often: a rate as a count, 满意度 without %,
money that does not add up, a year that disagrees, a 反向 indicator or a cost with ≥, a missing
tier-1, duplicates, a rate over 100 %, 中期 counts copied into 年度.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout83 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout83 import departments, layouts, projects
from tests.variants.holdout83.registry import HOLDOUT83
from tests.variants.kit import Variant

MODULES = (projects, layouts, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT83, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 83rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
