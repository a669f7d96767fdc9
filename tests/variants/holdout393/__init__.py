"""The 393rd held-out set: sea fishing and surfing coastal tourism (海钓 / 冲浪), budget year
2025, invented places (望澜县, 鲸屿区, 碧汐市, 澜岙县, 汐湾区), units, people and figures.

Layouts: project heads with one-year and three-year money blocks (万元 in the number format, one
block in 元); department heads with budget and key-task blocks; operator and unit columns,
operators in words (大于等于 …); one value column; numbered labels with points and an
indicator score column; a tier-1 score column; 中期 and 年度 value columns; two projects
stacked in one sheet (twice); flat lists (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值 and
another order with 指标性质 as direction); a second-sheet table under 考核指标 · 预期实现值 ·
评价标准; a budget-system export (05-1 / 05-2 sheets, header on row 3, project codes in the
first columns); 说明 / 备注 rows inside the table, 注 / 填表说明 lines, signature and date lines.

Correct returns (9): wm01, wm03, wm05, wm07, wm09, wm11, wm13, wm15, wm17.

Planted mistakes (22 required marks; highest accepted severity; place):

* wm02: T106 ≤error at the value 105% of 码头改造验收合格率 (E cell); T108 ≤warning, row, ≥ on
  游艇搁浅事故发生率 (operator cell).
* wm04: B101 ≤error at the second project's 年度资金总额 (45 ≠ 30 + 10); T105 ≤error at
  `25人` for 海钓指导员持证上岗率.
* wm06: T112 ≤error at `120场` against the unit column 人; T108 ≤warning, row, `≥0.5%` on
  垂钓落水事故发生率 (direction column says 反向); W101 ≤error book level (weights sum to 95).
* wm08: W103 ≤error at 产出指标's score 50 (indicators 45); W103 ≤error at 效益指标's score 30
  (indicators 35); F105 ≤error at the tier-2 cell 时效指标 placed under 效益指标. The totals
  both reach 100, so no W101.
* wm10: D202 ≤warning at the annual cells `≥15所` and `≥1500人` (three-year cumulative counts
  copied); D201 ≤error at the annual `≥360节` above the period `≥300节`.
* wm12: F110 ≤error at the empty name cell of the `≥900人次` row; F109 ≤warning, row, at the
  template tier-2 时效指标 with no indicator.
* wm14: B101 ≤error at 资金总额 600 (基本 320 + 项目 260 = 580; 财政拨款 + 其他资金 holds);
  B102 ≤error at the 金额合计 260 (tasks add to 250).
* wm16: T113 ≤warning, row, 救生站改造完工时间 `= 100%`; T107 ≤warning, row, 海岸游客满意度
  `= 95%`.
* wm18: X103 ≤warning (alt B108) at 其他资金 text `200,000.00`; X104 ≤warning (alt Y106) at
  the 计划完成日期 text `46022`; T115 ≤error at the 0 of 海岸救生瞭望塔配套 (座).

Legitimate look-alikes in the correct returns: `=` with 100% on 合格率 (wm01) and `=100%` text
(wm07); a typed 0.1% accident rate with ≤ (wm01); the same name 参赛选手满意度 with ≥90% and ≥85%
in two stacked projects (wm03); a 投诉下降率 with ≥ and `= 0 起` on an accident count in a flat
list (wm05, also `=0起` in wm07, wm13, wm17); tier-1 points in the labels and indicator points
both adding to 100, `≥3百分点` on a 结业率 change (wm07); equal 中期 and 年度 values for rates,
unit costs and a 设计使用年限 in a three-year project (wm09); 增长率 8% (wm13); unit cost × count
equal to its money (wm15: 12 × 2 = 24 推广 of 30 with a 注 explaining the total); signature and
fill dates in 2024 (wm01, wm03, wm05, wm07, wm09, wm13, wm15); amounts without unit in the
export, its unit given by the `单位：万元` line (wm17); 13-digit project codes (wm17).

Judgements: wm08's misplaced 时效指标 is F105 only; a C6 finding (F201) on it is not asked for.
wm10's `≥360节` against `≥300节` is an impossibility, hence error; the copied counts are
warnings. wm12's template row is marked at its tier-2 cell with row=True. wm16's `= 100%` on a
deadline is T113 (the `=` there is not T107, the name is not a rate). wm18's 0 is a quantity
target (T115), not an incident count; its money block adds up once `200,000.00` is read as
200000 (1,000,000 + 200,000 = 1,200,000), and 3 × 400,000 = 1,200,000 is not over the budget.
wm06's flat list has no tiers, so no tier findings there.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout393 import angling, coastal, surfing
from tests.variants.holdout393.registry import HOLDOUT393
from tests.variants.kit import Variant

MODULES = (angling, surfing, coastal)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT393, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 393rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
