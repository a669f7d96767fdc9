"""123rd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
county health returns (卫健局, 疾控中心, 妇幼保健院, 乡镇卫生院), 18 returns, 10 correct and 8 with
1–3 planted mistakes: rates per 10万 and per 千 (孕产妇死亡率 ≤10/10万, 婴儿死亡率 ≤5‰),
immunisation and screening rates, zero targets (零发生, 0起), per-capita public-health funding
(元/人), 指标方向 columns (正向/反向), 指标解释 text, values such as 较上年下降 and 控制在…以内,
tiers merged down or filled down, a 部门整体 table, a flat list, stacked projects; the mistakes
are a 反向 rate with ≥, a rate as a count, a rate above 100 %, money that does not add up,
years that disagree, 中期 copied into 年度, a conflicting duplicate, a unit conflict, a missing
tier-1, a placeholder and weights that do not add up.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout123 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout123 import departments, faults, mistakes, projects
from tests.variants.holdout123.registry import HOLDOUT123
from tests.variants.kit import Variant

MODULES = (projects, departments, mistakes, faults)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT123, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 123rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
