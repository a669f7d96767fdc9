"""112th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round nine (8 correct, 10 with 1–3 planted mistakes a careful reviewer marks
and a hurried one misses): 财政拨款 and 其他资金 that do not add to 年度资金总额 (or 中期资金总额,
or a department's 资金总额) by a few 万元, a task list that adds to more than its 金额合计, a rate
written as a count (≥300户 under …覆盖率, ≥2000人 under …知晓率), a 反向 rate with ≥, a 满意度
of 100% written as a bare 100 or =100, a time limit with ≥, the same indicator twice with two
values, a 年度 count above the 中期 one, a year in the goal text that is not the budget year, a
per-unit standard × its count above the budget. Budget year 2026; 青溪县 and 白鹭湾区 are invented.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout112 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout112 import departments, mixed, projects, scored
from tests.variants.holdout112.registry import HOLDOUT112
from tests.variants.kit import Variant

MODULES = (projects, scored, departments, mixed)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT112, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 112th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
