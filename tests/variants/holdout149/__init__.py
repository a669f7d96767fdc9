"""149th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
science, technology and industry returns (科技局, 工信局, 商务局, 市场监管局, 数据局): 研发费用
奖补 per 家, 高新技术企业认定 家数, 专利授权 件, 科技成果转化 项, 中小企业数字化改造 家, 产品质量
监督抽检 批次 with 合格率, 平台建设 个, 招商项目签约 亿元, multi-year platform projects with 中期
and 年度 columns, two stacked projects and one 部门整体 table of a bureau. 18 returns: 10 correct,
8 with 1–3 planted mistakes (a 奖补标准 × 家数 above the money, ≤ on a 抽检合格率, a 专利 count
given as %, an annual count above the 中期 one, sources that miss the total, …).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout149 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout149 import correct, faults, mistakes, periods
from tests.variants.holdout149.registry import HOLDOUT149
from tests.variants.kit import Variant

MODULES = (correct, periods, mistakes, faults)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT149, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 149th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
