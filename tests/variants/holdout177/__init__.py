"""177th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round forty: tables exported from a budget system and then
edited by hand. A title row, a 填报单位（盖章） … 单位：万元 line, then a header split over two rows
(绩效指标 merged over 一级指标 │ 二级指标 │ 三级指标, 指标值 merged over 年度 │ 中期, or over
实施周期 │ 年度, or standing alone), blank spacer columns between the tier columns, amounts typed
as text with thousands separators (``1,250.00``) beside amounts with 万元 in the number format,
percentages typed as text (``≥95%``) beside Excel percents, a hidden helper column of indicator
codes, tier cells repeated on every row (merged by hand in a few), a second table for a
sub-project on the same sheet below a blank row, a 备注 column, 比较符 / 指标性质 and 计量单位
columns, footnotes and signature lines.

12 of the 18 returns are correct; they hold legitimate look-alikes (=0起 accident counts, a
化肥使用量增长率 of ≤0%, a 下降率 of ≥5%, rises in 百分点, a ‰ rate, equal 实施周期 and 年度
columns in a one-year department table, a daily average equal in the 年度 and 中期 columns, the
same indicator name in a main and a sub-project table). The other 6 carry 2 planted mistakes each,
placed in these habits (13 required marks): a 中期资金总额 typed as text that misses 财政拨款 +
其他资金, a 就业率 given as head counts in both columns, a 合格率 of 105 % in an Excel percent
cell, ≥ in the 比较符 column of an accident rate, a 年度资金总额 above the 中期资金总额, one
indicator typed twice with different targets, 基本支出 + 项目支出 missing the 资金总额, a
2025年度 sub-head under 指标值 in a 2026 table, a 合格率 of ``≥95`` without %, a deadline given
as 100 %, a tier-2 under the wrong tier-1 in repeated tier cells, and an annual count above its
中期 count in a sub-project table.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout177 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout177 import departments, projects, subprojects
from tests.variants.holdout177.registry import HOLDOUT177
from tests.variants.kit import Variant

MODULES = (projects, departments, subprojects)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT177, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 177th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
