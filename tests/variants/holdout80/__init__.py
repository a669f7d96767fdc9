"""80th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
one ordinary season of 部门整体支出绩效目标表 at a prefecture-level city's finance bureau (澄州市,
invented): 发改委, 教育局, 公安局, 民政局, 司法局, 财政局, 人社局, 自然资源局, 住建局, 交通局,
水务局, 农业农村局, 卫健委, 应急局, 市场监管局, 医保局, 文旅局 and 城管局. The 产出/效益/满意度
framework (成本 under 产出, or NAT-2021 with 成本指标 as tier-1) and the 职责履行/履职效能/管理效率
one; two flat 指标名称 lists; budgets as 资金总额 = 财政拨款 + 其他资金 = 基本支出 + 项目支出, as
基本支出 │ 项目支出 │ 合计, or as income and expenditure lists; 年度主要任务 with amounts and a
金额合计; “三公”经费 and 预算执行率 indicators; 比较符, 计量单位, 指标方向, 分值 and 实施周期
columns. 18 returns: 10 correct and 8 with 1–2 planted mistakes (tasks not adding up, 基本支出 +
项目支出 ≠ 合计, 资金总额 ≠ 财政拨款 + 其他资金, a rate as a count, a rate over 100 %, a 反向
indicator with ≥, a year that disagrees, a duplicate and a conflicting duplicate, a missing tier-1
and a missing tier-2).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout80 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout80 import bureaus_a, bureaus_b, bureaus_c
from tests.variants.holdout80.registry import HOLDOUT80
from tests.variants.kit import Variant

MODULES = (bureaus_a, bureaus_b, bureaus_c)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT80, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 80th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
