"""89th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
department and unit whole-of-budget returns, round five (部门整体 / 单位整体 of 澄岭市 and 岚溪县,
invented: 发改委, 财政局, 人社局, 自然资源局, 市场监管局, 城管局, 文旅局, a 乡镇, two schools, two
hospitals and some of the bureaus' units): the frameworks offices use side by side
(产出 · 效益 · 满意度, and 职责履行 · 履职效能 · 管理效率 with 重点工作履行情况, 社会效益,
服务对象满意度, 预算执行, 资产管理 …), 年度总体目标 written as numbered tasks (一是…二是…), budget
blocks by kind and by source (基本支出 · 项目支出 · 财政拨款 · 其他资金) with shares,
年度重点工作任务 with a 金额合计, 分值 and 权重 columns, 实施周期 and 年度 columns, flat lists.
10 correct and 8 with planted mistakes
(基本支出 + 项目支出 ≠ 资金总额, a share that disagrees with its amount, weights adding to 95, a
tier-2 under the wrong tier-1, rates given as counts, a 预算年度 field a year off the title,
duplicates, tasks not adding to their 金额合计, a rate over 100 %, 实施周期 counts copied into
年度, ≥ on 反向 indicators, a block without its tier-1).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout89 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout89 import bureaus, more, units
from tests.variants.holdout89.registry import HOLDOUT89
from tests.variants.kit import Variant

MODULES = (bureaus, units, more)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT89, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 89th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
