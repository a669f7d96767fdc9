"""53rd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
science, industry and commerce (科技局, 工业和信息化局, 商务局, 地方金融, 市场主体扶持):
enterprise awards per 家 (高新技术企业认定奖励 万元/家 × 企业数), 研发费用加计扣除, 专利 in
万件 and money in 元, 技术合同成交额 in 亿元, 技改项目, 展会 and 招商引资, 外贸进出口额, 创业孵化,
数字化转型 in 万家; project and 部门整体 tables, money in 元 and in 万元, two three-year
programmes with 中期 and 年度 columns, stacked projects, flat lists with weights, a two-line
header, points per tier. 18 returns: 9 correct and 9 with one to three planted mistakes (money
that does not add up, a standard × count far above the money, rates as counts, ≥ / ≤ against
the direction, title and plan years that disagree, duplicates, 中期 counts copied into 年度, an
annual count above its period count, a tier-2 under the wrong tier-1, a unit conflict, weights
adding to 95).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout53 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout53 import departments, programmes, projects
from tests.variants.holdout53.registry import HOLDOUT53
from tests.variants.kit import Variant

MODULES = (projects, departments, programmes)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT53, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 53rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
