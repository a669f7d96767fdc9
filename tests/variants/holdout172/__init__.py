"""172nd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round twenty-eight (8 correct of 18; the other 10 carry 1–3 planted mistakes a
careful reviewer marks and a hurried one misses): a 资金来源 block whose 财政拨款 + 其他资金 miss
its 合计 (a project block, a 中期 column, a department budget, a stacked project), a per-person
standard in 元/人·月 × the people × 12 months above the annual money, a 时效 deadline after the
计划完成日期, a 满意度 ≥85 with no % anywhere, a 合格率 with ≤ (beside a tolerated =95%), the same
indicator under 数量指标 and 质量指标 with two values, a 年度目标 saying 培训300人次 while the
indicator says ≥200人次, a 中期 count copied into 年度 in a three-year project, a 中期目标 label of
2025年—2027年 in a 2026—2028 project. The correct returns hold the look-alikes: 资金来源 that add
up, monthly standards × people × 12 within (or equal to) the money, a deadline on the 计划完成日期,
满意度 ≥85%, =100% and ≥ on 合格率, =0起 accident counts, an 增长率 ≤0%, the same indicator name in
two stacked projects, 年度目标 numbers matching the indicators, 中期 counts above the 年度 counts.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout172 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout172 import departments, periods, single, stacked
from tests.variants.holdout172.registry import HOLDOUT172
from tests.variants.kit import Variant

MODULES = (single, periods, departments, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT172, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 172nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
