"""211th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round forty-one, about dates, years and periods (variant items 8, 12). 9
correct of 18; the other 9 carry 1–2 planted mistakes a careful reviewer marks (10 marks): a
deadline outside the budget year of a one-year project (2027 as text, 2025 as a date cell); a
竣工验收 deadline after the plan's 计划完成日期; a 计划开始日期 after the 计划完成日期; a 项目期
of 3年 against plan dates two years apart; a title naming 2025年度 for a 2026 table; a 年度目标
beginning 2025年 in a 2026 table; a 中期 deadline earlier than the 年度 one; 2026年2月29日, a day
that does not exist; a 年度资金总额 above the 中期资金总额.

Legitimate look-alikes, in 8 of the 18 returns (all correct ones): a 2028 deadline in the 中期
column of a three-year project (pm10) and in the 实施周期 column of a department table (pm17);
a 填报日期 in the year before the budget year (pm02, pm16, pm17); a 2025 baseline in a
``较2025年提高≥10%`` value (pm03); a 次年1月 settlement named in a note (pm04); deadlines stored
as real date cells in two formats and as text (pm02); 年底前 and 2026年12月31日前 (pm05); a
rolling table with 2027年 and 2028年 columns and each year's deadline (pm11). The wrong return
pm14 also holds a 2027 deadline in the 中期 column of its two-year project, which is right.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout211 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout211 import mixed, oneyear, periods, plans
from tests.variants.holdout211.registry import HOLDOUT211
from tests.variants.kit import Variant

MODULES = (oneyear, plans, periods, mixed)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT211, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 211th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
