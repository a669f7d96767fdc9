"""152th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample.
Theme: market regulation, statistics and audit returns (市场监管局, 药品监督管理, 统计局,
审计局, 信用办): 食品 and 药品 抽检批次 with a cost per 批次, 双随机 检查家次, 抽检合格率 ≥
and 不合格产品核查处置率, 投诉举报 按期办结率 and 办结时限 ≤15个工作日, 统计调查样本户 and
数据上报及时率, 审计项目 and 问题整改率, a multi-year 智慧监管 platform with 中期 and 年度
columns, a 部门整体 table of a bureau, a Shanghai-framework 信用 project and two stacked
projects. 18 returns: 10 correct and 8 with 1–3 planted mistakes (≥ on a 不合格率, 抽检批次 ×
每批次费用 above the money, a 办结率 given as days, a 整改率 above 100 %, sources that miss
the total, a 覆盖率 as a count, conflicting duplicates, years that disagree, 中期 counts
copied into 年度, 年度资金 above 中期资金, department sums, a missing 效益指标, ≥ on a time
limit, weights adding to 95).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout152 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout152 import inspection, platform, sampling, stats_audit
from tests.variants.holdout152.registry import HOLDOUT152
from tests.variants.kit import Variant

MODULES = (sampling, inspection, stats_audit, platform)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT152, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 152th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
