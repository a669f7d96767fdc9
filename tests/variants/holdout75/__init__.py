"""75th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample.

Theme: one ordinary season at a city finance bureau (市级, 青州市). Project tables of
发改, 工信, 商务, 住建, 城管, 交通, 生态环境, 卫健, 教育 and 文旅, the multi-year
ones with 中期 and 年度 columns; four 部门整体 tables (three with 年度主要任务, one a
flat list); a workbook of three 教育 projects with a 汇总 sheet; one table converted
from a PDF. 18 returns: 10 correct, 8 with one to three of the mistakes reviewers meet
most often (money not adding up, 年度资金 above 中期, a rate over 100 %, a rate as a
count, a 反向 indicator with ≥, an annual target above the 中期 one, 中期 counts copied
into 年度, a year that disagrees, a missing 满意度 tier or 二级指标, a duplicate).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout75 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout75 import departments, mistakes, projects, workbook
from tests.variants.holdout75.registry import HOLDOUT75
from tests.variants.kit import Variant

MODULES = (projects, departments, workbook, mistakes)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT75, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 75th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
