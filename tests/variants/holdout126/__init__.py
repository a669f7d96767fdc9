"""126th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round twenty-three: 部门整体 tables of small units (学校,
医院, 事业单位) with 年度主要任务 and their amounts, 基本支出 / 项目支出 split by 人员经费 /
公用经费 with shares (%) beside the amounts, tiers on several frameworks (履职效能 · 管理效率 ·
社会效应; 产出 · 效益 · 满意度 under a 重点工作任务 column; NAT-2021; OLD-NAT), values with
以上 / 以内 / 不低于 and notes in brackets, weights with decimals, a 备注 of data sources, a flat
list, 比较符 and 计量单位 columns, a two-line header, tiers merged or filled down, 实施周期 and 年度
columns. 19 returns: 12 correct and 7 with one planted mistake each (a rate as a count,
人员经费 + 公用经费 ≠ 基本支出, ≥ on a 反向 rate, tasks not adding to 金额合计, a 预算年度 a year
behind the title, a share that does not match its amount, a conflicting duplicate).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout126 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout126 import hospitals, schools, units
from tests.variants.holdout126.registry import HOLDOUT126
from tests.variants.kit import Variant

MODULES = (schools, hospitals, units)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT126, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 126th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
