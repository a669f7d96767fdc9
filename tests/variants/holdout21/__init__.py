"""21st held-out corpus: invented 部门（单位）整体 returns written blind (without reading
goalbook's code, nor the returns of the other corpora), from different provinces and levels:
年度主要任务 blocks with 总额/财政拨款/其他资金 columns and 金额合计, 基本支出 + 项目支出 with
shares, 部门职能 text, numbered 年度总体目标, indicator tables in the national framework and in a
provincial 履职效能 / 管理效率 / 满意度 department framework, points at two levels, amounts in 元
and in 万元, and tables split over two sheets. About half are correct (a careful reviewer marks
nothing).

Marks use catalogue codes only (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout21 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout21 import budgets, goals, provincial, yuan
from tests.variants.holdout21.registry import HOLDOUT21
from tests.variants.kit import Variant

MODULES = (budgets, goals, provincial, yuan)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT21, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 21st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
