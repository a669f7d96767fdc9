"""168th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round thirty-seven: tables pasted from Word and PDF into
Excel (one indicator spread over two physical rows, the name on the first and the values on the
second with the tier cells merged over both; Alt+Enter line breaks inside names and values;
full-width digits and operators such as ≥９５％ and ＞＝; the operator in the value and the unit
in a 计量单位 column, or operator, number and unit in three cells; a 指标解释 column between name
and value; the whole table shifted right by two empty columns; a head where 项目名称 and 主管部门
share one row in four cells; a trailing 填报人 / 联系电话 / 填报日期 block). 12 of the 18 are
correct; the other 6 carry 2 planted mistakes each, placed in these habits: a 资金总额 that is not
财政拨款 + 其他资金 (a one-year project and the 中期 column of a three-year one), a 合格率 of
≥１０５％ on a two-row indicator, a value in 公里 over a 计量单位 of 个, ＞＝ on a 投诉率, a 覆盖率
given in 个, a completion date in the year before the budget year, an annual 公里 above the 中期
公里, key tasks that do not add up to 金额合计, a 满意度 with 人 in the unit column, a
可持续影响指标 row caught under a merged 满意度指标 cell, and an indicator repeated with another
value (once with a line break in its name). The correct returns hold legitimate look-alikes:
=0起 on accident counts, a 化肥使用量增长率 ≤0%, equal 实施期 and 年度 columns in a one-year
project, the same indicator name in two stacked projects, benchmark notes on a second line of
the value.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout168 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout168 import departments, periods, single, stacked
from tests.variants.holdout168.registry import HOLDOUT168
from tests.variants.kit import Variant

MODULES = (single, periods, departments, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT168, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 168th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
