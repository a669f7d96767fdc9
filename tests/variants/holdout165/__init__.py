"""165th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round thirty-six: budget-system and online-form exports
and hand edits on them (heads as label │ value pairs or one cell each such as 项目名称：…,
indicator rows with a 指标编码 column such as CZ-01-02, operators in their own column written as
大于/小于/等于/大于等于/小于等于/不低于, a 指标值类型 column 定量/定性, tier cells left blank for
"as above" without merging, the 中期 indicator table on its own sheet, money in 元 with thousands
separators, a 备注 row under the table, sheets protected with hidden helper columns). 12 of 18
are correct; the other 6 carry 2 planted mistakes each, placed in these habits: 定量 declared
with a grade, 大于等于 on a 重复投诉率, a 资金总额 in 元 not adding up (in a project, in a
stacked project, and 基本支出 + 项目支出 in a department), a 合格率 不低于 105 %, a 年度资金总额
above the 实施期 total and an annual 公里 above the 中期 公里 on its own sheet, a 覆盖率 in 户 on
the 中期 sheet, 小于等于 on an 在线率, 小于 on a 满意度, an indicator repeated with another value.
The correct returns hold look-alikes: =0起 accident counts, a 增长率 小于等于 0 %, 等于 100 % on a
合格率 and 及时率, the same indicator name in two stacked projects.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout165 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout165 import departments, periods, single
from tests.variants.holdout165.registry import HOLDOUT165
from tests.variants.kit import Variant

MODULES = (single, periods, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT165, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 165th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
