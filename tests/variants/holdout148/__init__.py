"""148th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round twenty (8 correct of 18; the other 10 with 1–3 planted mistakes a careful
reviewer marks and a hurried one misses): a 资金总额 in the 基本信息 block that differs from the
资金来源 block's 合计 (and a department's 资金总额 against its parts), a 项目期 of 2026—2028 in a
2027 table with a 中期 amount below the year's, a 计划完成日期 (or a deadline indicator) of
2026年12月31日 in a table of 2027, a 满意度 under 产出指标, a 合格率 with ≤ (or 98%以下), a
per-unit subsidy × its count above the budget, the same indicator twice in one tier-2 with
different values, a 数量指标 given only as 完成, tier-1 scores adding to 90 under 满分100分. The
correct returns sit next to them: totals that agree, 中期 above 年度, dates inside the year, a
subsidy × count equal to the budget, points adding to a stated 90 with 预算执行率 scored apart,
the same names in two stacked projects, a flat department list.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout148 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout148 import departments, projects, stacked, subsidies
from tests.variants.holdout148.registry import HOLDOUT148
from tests.variants.kit import Variant

MODULES = (projects, subsidies, departments, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT148, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 148th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
