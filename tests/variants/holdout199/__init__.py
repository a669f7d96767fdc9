"""199th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round thirty-seven, about money in every block (issue item 12). 8 of the 18
returns are correct; the other 10 carry 1–2 planted mistakes a careful reviewer marks: key tasks
that do not add up to their 金额合计; 基本支出 + 项目支出 ≠ 资金总额; 财政拨款 + 其他资金 ≠
年度资金总额; 上年执行数 above 上年预算数 (a project head and a department's 项目支出 line) and a
prior-year 合计 that is not the sum of its lines; 分年度资金安排 that does not add up to the 中期
total; 年度资金总额 above 中期资金总额; shares (占比) that do not match their amounts (a
department budget and a project head); a 其中 line larger than its whole; 元 typed in a 万元
block (as a 元-formatted amount, as a bare 10 000× number in a task and in a head); a cost
standard × count above the money (one-year, and the 中期 column).

The correct returns hold legitimate look-alikes: key tasks covering only 项目支出 while the total
also holds 基本支出, said so in the table; 833人 × 1260元/人 = 104.958万元 rounded to 104.96 and
two-decimal amounts that add up exactly; 上年执行数 below its budget (twice); plans by year that
add up exactly (one stacked); shares that reach 100 % only after rounding (department budget,
task shares, a project head); amounts with a bracketed note (150（其中装备购置90）,
120（其中设备80）).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout199 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout199 import departments, periods, projects
from tests.variants.holdout199.registry import HOLDOUT199
from tests.variants.kit import Variant

MODULES = (departments, projects, periods)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT199, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 199th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
