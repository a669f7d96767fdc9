"""60th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, one or two a return, on ordinary project and department tables from county and
city offices of any sector (7 correct of 18, 11 with planted mistakes a careful reviewer finds
only by reading closely): a 中期 value copied into 年度 for a cumulative count; a 年度 target
above the 中期 one; weights adding up to 95 or 105; 满意度 ≥85 without %; a rate written ≥95个;
the same indicator under two tier-2s with different values; a 成本指标 cap above the budget; a
unit in the name against another in the value (覆盖人数（万人） │ ≥3000人); a completion date
after the project's end; dates in 2026 under a 2025年度 title; 资金总额 120 with 财政拨款 100 +
其他资金 30; a 反向 rate with ≥; a 0 起 accident count with ≥. Layouts ordinary but varied: one
value column, 中期/年度 columns, a two-line header, 比较符 and 计量单位 columns with percent
cells, 指标方向 and 权重 columns, tiers merged or filled down, a flat department list, stacked
projects.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout60 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout60 import columns, departments, projects
from tests.variants.holdout60.registry import HOLDOUT60
from tests.variants.kit import Variant

MODULES = (projects, columns, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT60, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 60th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
