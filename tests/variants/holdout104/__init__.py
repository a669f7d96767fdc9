"""104th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
部门整体支出绩效目标表 of a whole county's departments, round two (岚溪县, invented: 教育局, 卫健局,
民政局, 人社局, 农业农村局, 交通运输局, 文广旅体局, 市场监管局, 统计局, 档案馆, two middle schools,
a 镇 and a 乡): 部门基本信息, a budget block (基本支出 · 项目支出 · 合计 by 财政拨款 · 其他资金, or
the standard 资金总额 row), 年度重点任务 tables (任务名称 · 主要内容 · 预算金额), NAT-2021 / OLD-NAT
tiers or a 履职/效能 form, flat lists. 18 returns: 10 correct, 8 with 1–3 planted mistakes (tasks
that do not add up to 项目支出, 基本 + 项目 ≠ 合计, a year that disagrees, a rate as a count, a
反向 indicator with ≥, a rate over 100 %, a duplicate, a missing tier-1).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout104 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout104 import correct, faulty
from tests.variants.holdout104.registry import HOLDOUT104
from tests.variants.kit import Variant

MODULES = (correct, faulty)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT104, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 104th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
