"""145th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round nineteen (8 correct of 18; the other 10 with 1–3 planted mistakes a
careful reviewer marks and a hurried one misses): a 年度目标 text whose numbers contradict the
indicators (培训2000人 in the text, ≥1200人 in the table), a 及时率 written as 48小时 or 2个工作日,
a 成本指标 written as ≥, a 满意度 of 0.9 without a percent format, 其他资金 negative, a 计划完成日期
before the 计划开始日期, a 预算年度 of 2025 under a 2026 title, the same indicator under two
tier-2s in one project with different values, 中期 counts copied into 年度, a 合格率 above 100 %.
The correct returns stand beside them: 响应时间 ≤48小时, 成本 with ≤, percent-formatted rates.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout145 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout145 import first, second, third
from tests.variants.holdout145.registry import HOLDOUT145
from tests.variants.kit import Variant

MODULES = (first, second, third)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT145, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 145th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
