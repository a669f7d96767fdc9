"""62nd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
township and street offices (乡镇人民政府, 街道办事处) sending their returns to the county, 18
returns (9 correct, 9 with one to three planted mistakes): 项目 tables (人居环境整治, 一事一议,
村级公益事业, 网格化管理, 民生实事, 防汛抗旱, 农村道路养护, 村干部报酬补贴 with per-person
standards) and 部门整体 tables of the township; counts of 村/户/人/公里, 村均 standards, village
lists (村名 │ 金额) with a 合计, shares of 上级补助 and 乡镇自筹, tier labels abbreviated or
numbered, 比较符 in words or symbols in their own column, 指标性质 as direction, 中期/年度
columns, weights, stacked projects, a flat department list, template rows left empty, the
乡镇（街道）盖章 signature lines. Mistakes: village lists not adding up, a standard × count far
above the money, rates as counts, 满意度 above 100 %, 反向 indicators with ≥, a year in the
年度目标 that is not the budget year, tier-2s under the wrong tier-1, 上级补助 + 乡镇自筹 ≠ 总额,
基本支出 + 项目支出 ≠ 资金总额, a wrong share, tasks not adding to 金额合计, a conflicting
duplicate, 中期 values copied into 年度, an annual count above its period, a deadline after the
budget year.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout62 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout62 import departments, faults, projects
from tests.variants.holdout62.registry import HOLDOUT62
from tests.variants.kit import Variant

MODULES = (projects, departments, faults)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT62, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 62nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
