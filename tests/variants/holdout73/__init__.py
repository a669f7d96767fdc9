"""73rd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
department and unit whole-of-budget returns, round four (部门整体 and 单位整体 of 教育局, 卫健委,
水利局, 公安局, 街道 and 事业单位 such as a teacher centre, a hospital, a reservoir office, a
trading centre and a drainage centre): budgets as income and expenditure lists side by side
(收入项目 │ 金额 │ 支出项目 │ 金额, 其中 lines indented), as labels over one row of amounts (one
with a 占比 row), or as label │ amount pairs; 年度主要任务 with amounts and a 合计 (one split into
总额 │ 财政拨款 │ 其他资金); 职责履行/履职效能/预算管理 frameworks beside the 产出/效益 ones
(NAT-2021 and OLD-NAT); 三公经费 and 预算执行率 indicators; operator columns in symbols and in
words, direction, unit, weight, 指标值类型, 指标解释 and 设定依据 columns, 实施周期 and 年度
columns, flat department lists, a second-sheet table, filled-down tiers.

17 returns: 9 correct and 8 with one to three planted mistakes (lists not adding up, a
基本支出 above its 人员经费 + 公用经费, income and expenditure out of balance, 资金总额 ≠
财政拨款 + 其他资金, task amounts above 项目支出, rates over 100 %, rates as counts, 反向
indicators with ≥, weights adding up to 95, 中期 counts copied into 年度, a conflicting
duplicate, a unit conflict, a goal text naming the year before).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout73 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout73 import edu, health, police, street, units, water
from tests.variants.holdout73.registry import HOLDOUT73
from tests.variants.kit import Variant

MODULES = (edu, health, water, police, street, units)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT73, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 73rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
