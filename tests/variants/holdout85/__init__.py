"""85th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
multi-year projects, round three: 三年 and 五年 projects of 发改, 水利, 交通, 教育 and 卫健 with
中期 (实施期) and 年度 value columns, 中期资金总额 and 年度资金总额 with their parts, rolling
tables (2026年 · 2027年 · 2028年 columns, for money and for targets), 以前年度资金 blocks of
projects begun in 2024 or 2025, plan dates over several years, 中期目标 and 年度目标 texts; two
projects stacked in one sheet, word operators, operator and direction columns, two-line headers,
filled-down tiers with weights. 18 returns, 9 correct and 9 with 1–3 planted mistakes: 年度资金
above 中期, a period's parts not adding up (head, 以前年度 line, rolling column), an annual count
above the period's, 中期 counts copied into 年度, a 中期目标 copied as the 年度目标, a deadline
after the period, a rate given as a count, a rate above 100 %, a 反向 indicator with ≥.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout85 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout85 import longer, periods, projects, rolling
from tests.variants.holdout85.registry import HOLDOUT85
from tests.variants.kit import Variant

MODULES = (projects, periods, rolling, longer)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT85, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 85th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
