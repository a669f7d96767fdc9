"""164th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
housing security and urban renewal (住建局 / 房管局: 保障性租赁住房筹集, 公租房运营管理, 城镇老旧
小区改造, 棚户区改造, 城中村改造, 住房租赁补贴发放, 物业管理提升, 既有住宅加装电梯): one-year
and multi-year project tables (中期 and 年度 columns, per-户, per-套, per-台 and per-平方米
standards, operator, unit, direction and weight columns, percent cells), two 部门整体 tables and
two pairs of stacked projects. 10 of the 18 returns are correct; the other 8 carry 1–3 planted
mistakes each: 资金总额 ≠ 财政拨款 + 其他资金 (in the one-year block and in the 中期 column),
基本支出 + 项目支出 ≠ 资金总额 and key tasks not adding up to their 金额合计, a per-户 standard ×
the households above the money, a rate as a count and over 100 %, a ≥ on a 空置率 and on a
故障率, a 2025 deadline in a 2026–2027 project, a duplicate indicator, a tier-2 under the wrong
tier-1, vague values. The correct returns hold legitimate look-alikes: =0起 accident counts, a
投诉量增长率 ≤0%, ≤ on a 空置率, =100% on acceptance rates, a standard × count within the money,
the same indicator name in two stacked projects, a fill date in the year before.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout164 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout164 import departments, periods, projects
from tests.variants.holdout164.registry import HOLDOUT164
from tests.variants.kit import Variant

MODULES = (projects, periods, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT164, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 164th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
