"""69th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
returns whose cells hold several things at once, as some offices type them: head fields written
"label：value" in one cell (项目名称：…, 资金总额：180万元（其中：财政拨款150万元，其他资金30万元）,
a department's whole budget and its splits in one cell, key tasks numbered in one cell), tiers
written together in one column (产出指标-数量指标, 效益指标/社会效益指标, 产出指标—质量指标) beside
the name, an indicator and its value in one cell (新建公厕≥12座), a value with its unit and a note
in one cell (≥95%（按季度统计）), several goals in one cell numbered 1. 2. 3., a 备注 carrying the
basis; operator, direction, unit, 分值 and 中期/年度 columns, two stacked projects, a flat list.

18 returns: 9 correct and 9 with one to three planted mistakes (a rate as a count, a rate given
in hours, satisfactions above 100 %, ≥100% on a capped rate, money that does not add up in the
资金总额 cell's 其中 note and in a department budget cell, key tasks not adding up to their 合计,
a goal contradicting its indicator, a conflicting and an exact duplicate, 反向 with ≥, project
dates in another year than the title, 中期 values copied into 年度 and an annual value above its
period, a unit conflict, a tier-2 under the wrong tier-1 in a combined tier cell).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout69 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout69 import faults, faults2, mixed, more, projects
from tests.variants.holdout69.registry import HOLDOUT69
from tests.variants.kit import Variant

MODULES = (projects, mixed, more, faults, faults2)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT69, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 69th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
