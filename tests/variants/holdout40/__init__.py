"""40th held-out corpus: invented department whole-of-budget returns (部门整体支出绩效目标表) as
different provinces lay them out, written blind (without reading goalbook's reader or rules, nor
the returns of the other corpora): 部门名称/预算金额 heads with 基本支出 + 项目支出 = 合计 in 元
with cents or in 万元, 年度主要任务 with each task's money, 整体绩效目标, indicator tables under
产出/成本/效益/满意度 or 履职目标/管理目标/效果目标, flat lists with 权重, several 下属单位
stacked, and returns sent back after a first review (批注 and 修改说明). About half are correct
(a careful reviewer marks nothing; the names end ``-ok``).

Every unit, project and number is invented (岚溪县, 青槐市, 松岭县, 禾川市, 云塘县, 白鹭湾区).
All mark codes are in the catalogue (``goalbook rules``); no new code is proposed.

    from tests.variants.holdout40 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout40 import money, periods, tiers, units
from tests.variants.holdout40.registry import HOLDOUT40
from tests.variants.kit import Variant

MODULES = (money, tiers, units, periods)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT40, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 40th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
