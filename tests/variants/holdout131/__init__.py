"""131st held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
department tables built on duties and activities (部门整体支出绩效目标表 in the 职责—活动—指标
form: 部门职责 │ 工作活动 │ 活动内容 │ 绩效指标 │ 指标值, duty and activity cells merged down
their rows), the amount of each activity and their 合计 against 项目支出, a 部门预算 block
(收入合计 · 支出合计, 财政拨款 · 其他资金, 基本支出 · 项目支出), 年度目标 paragraphs per duty and a
second sheet of 整体绩效指标 in the usual three tiers. 18 returns: 10 correct, 8 with 1–3
planted mistakes (activity amounts that do not add up to the 项目支出, a duty's indicator with a
count where a rate is asked, 收入合计 ≠ 支出合计 under a header saying they balance, a 成本
indicator with ≥, a rate above 100 %, a year that disagrees, a conflicting duplicate, a
missing 满意度 tier).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout131 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout131 import cities, counties, mistakes
from tests.variants.holdout131.registry import HOLDOUT131
from tests.variants.kit import Variant

MODULES = (cities, counties, mistakes)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT131, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 131st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
