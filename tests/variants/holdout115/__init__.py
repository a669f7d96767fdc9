"""115th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample.
Theme: subtle mistakes, round ten: a 部门整体 table whose 基本支出 and 项目支出 do not add
to the 资金总额, a 中期 target smaller than the 年度 one for a cumulative count, a completion
date after the budget year's end (in the head and inside an indicator), a 满意度 written as a
count of people or households, a 反向 indicator (投诉率, 成本) with ≥, a duplicated tier-3
name with different values, a weight column that adds to 90 under a total of 100, an
indicator with a value but no name, a project period that ends before it starts, money given
in 元 where the form says 万元. 18 returns (沅岫县, 桐渚市, 鹭汀区, all invented): 8 correct
(among them points adding to 90 with 预算执行率 scored apart, a two-line header, stacked
projects with the same indicator names, a milestone in a multi-year project's second year, a
flat department list) and 10 with 1–2 planted mistakes.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout115 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout115 import departments, more, projects
from tests.variants.holdout115.registry import HOLDOUT115
from tests.variants.kit import Variant

MODULES = (projects, departments, more)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT115, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 115th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
