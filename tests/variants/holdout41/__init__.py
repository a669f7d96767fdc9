"""41st held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora) from market regulation, statistics, taxation and
archives offices (市场监管局, 统计局, 税务, 档案馆): 抽检批次 and 合格率, food-safety incidents at
0, 企业年报公示率, survey counts and 数据差错率 ≤0.5%, 档案数字化 in 万页 with a cost per 页 against
the money, 办结时限 in 工作日, approximate targets (约1200户, 85%左右), projects and department
tables. About half are correct (a careful reviewer marks nothing; their names end ``-ok``).

Every mark uses a code of the catalogue (``goalbook rules``) or a proposed code already listed in
tests/variants/README.md; no new code is invented here.

    from tests.variants.holdout41 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout41 import archives, market, stats, tax
from tests.variants.holdout41.registry import HOLDOUT41
from tests.variants.kit import Variant

MODULES = (market, stats, tax, archives)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT41, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 41st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
