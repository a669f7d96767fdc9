"""119th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample.
Theme: correct returns that are hard to read, round twenty-two: a 目标值 column with a separate
计量单位 and a 指标值类型 (定量/定性) column, 评分规则 text columns, numbers stored with custom
formats (0"人", 0.0%, #,##0"万元", #,##0"元"), tables that give only tier-2 and tier-3 (the
tier-1 left to heading rows), three-year rolling tables (2026年 · 2027年 · 2028年 value
columns), 中期 and 年度 with 年度 first, 备注 giving the data source; projects, two stacked
projects and department tables. 12 of the 18 returns are correct; 6 carry 1–2 planted mistakes
(a 定量 row holding a grade, a rate in 人, an annual count above the period's, a rate over 100 %,
a missing 满意度 section, ≥ on a 反向 rate, a start date a year early, a conflicting duplicate,
资金总额 ≠ 财政拨款 + 其他资金, 人 against a 场 unit column, tasks not adding to 金额合计, scores
adding to 95).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout119 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout119 import annual, departments, money, periods, rolling, sections, typed
from tests.variants.holdout119.registry import HOLDOUT119
from tests.variants.kit import Variant

MODULES = (
    typed,
    annual,
    sections,
    money,
    rolling,
    departments,
    periods,
)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT119, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 119th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
