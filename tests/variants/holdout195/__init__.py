"""195th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
returns exported from the provincial 预算管理一体化 systems and provincial forms, as they arrive
(education, health, civil-affairs and transport units): system column codes or a numbered row
under the header, the target split into 指标值符号 / 指标值 / 计量单位 beside 指标性质 (定量/定性)
and 指标方向 (正向/反向) in varying order, 中期 and 年度 value columns, 分值/权重 columns, a cover
sheet or a separate budget sheet, 填表说明 and footnotes under the table, amounts in 元 with
thousands separators in the number format, long merged label cells, a header repeated after a
page break.

10 of the 18 returns are correct; the other 8 carry 1–2 planted mistakes a careful reviewer
marks: a 反向 处置时限 with ≥ in a symbol column and a 反向 事故发生率 written ≥0.5% (T108); a
集中供养率 given as 260 人 (T105); impossible dates 2026年11月31日 and 2026年2月29日 (Y106); a
cumulative 培训人次 whose 中期 value 540 is below the 年度 1800 (D201); the same indicator row
entered twice (D101); a department 资金总额 in 元 with transposed digits (B101); key tasks in 元
that do not add up to their 金额合计 (B102); weights adding to 95 under a 合计 of 100 (W101).

The correct returns hold legitimate look-alikes: numbered and coded rows under the header and a
repeated header after a page break (not indicators); 反向 rows with ≤ and <; =100% on 准确率,
覆盖率, 列养率 and 通达率; percent cells beside a % unit column; 定性 rows with empty symbol and
unit; 补助标准 × 人数 exactly equal to the money; a 中期 deadline of 2028年2月29日 (a leap day);
a one-year project whose 中期 and 年度 columns, money and goals are equal; tier-1 points that
match the indicator points; 分值 adding to 90 where the form states 90 (预算执行率 scored
apart); the same indicator name in two stacked projects with different values; 填报日期 in the
year before the budget year; a goal table on the second sheet under a budget sheet.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout195 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout195 import departments, exports, periods
from tests.variants.holdout195.registry import HOLDOUT195
from tests.variants.kit import Variant

MODULES = (exports, periods, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT195, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 195th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
