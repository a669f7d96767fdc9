"""150th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round thirty-one: exports of an invented province's
预算管理一体化系统 (澜州省): the project's or department's 基本信息 as label │ value pairs in two
columns down the left, indicator rows with 指标方向 · 计量单位 · 指标值 · 分值 · 指标解释 ·
评分标准 columns, coded tier labels (1 产出指标, 11 数量指标, 111 …), a 值类型 column
(定量/定性), a range split over 下限 and 上限 columns under a two-line 指标值 header, long
指标解释 texts with years and numbers in them, and the footer line 打印时间 2026-11-20 15:32.
12 returns are correct, 6 carry one ordinary planted mistake each.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout150 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout150 import departments, periods, roads, services
from tests.variants.holdout150.registry import HOLDOUT150
from tests.variants.kit import Variant

MODULES = (roads, periods, departments, services)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT150, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 150th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
