"""The 412th held-out set: a provincial library's recitation and reading-aloud (朗诵/诵读)
programme (澄川省图书馆 and its branches, all invented), 18 returns, 9 correct.

Layouts: project heads (one-year 资金总额 blocks and multi-year 中期/年度 blocks in 万元 number
formats) and department heads (budget row, 年度主要任务 with 金额合计); tier-1 and tier-2 merged
down; numbered labels with points (xf01), abbreviated labels with * and ★ (xf12); operator
columns (xf01, xf13), operators in words with a direction column (xf18); a unit column; two
projects stacked in one sheet (xf07, xf08); flat lists (xf13, xf14); 中期 and 年度 columns
(xf03, xf04); tier-1 and indicator score columns (xf05, xf06); headers 指标内容 / 绩效标准
(xf09), 预期实现值 on a second sheet (xf10), 预期目标 (xf11), 考核指标 / 目标值（年度） / 评价标准
(xf12); 注 / 说明 / 填表说明 rows and signature lines (xf09); a header repeated after a page
break and a total row (xf15); a budget-system export with codes in the first columns and the
header on the third row of sheet 部门项目支出绩效目标05-2 (xf17).

Planted mistakes (return: code, highest accepted severity, place):

* xf02: T106 ≤error at the 节目审核通过率 cell (a typed 105%); T108 ≤warning (row) at
  朗诵台词差错率 `≥2%`; T108 ≤warning (row) at 单场巡演费用 `=0.6万元` (= on a cost cap).
* xf04: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201 ≤error at the annual
  `≥240节` (period 200); D202 ≤warning at the annual `≥200篇` (cumulative count copied).
* xf06: B101 ≤error (row) at 资金总额 45 (38 + 6 = 44); W103 ≤error at the 产出指标 score 50
  (indicators 45) and at the 效益指标 score 25 (indicators 30).
* xf08: B101 ≤error (row) at the second project's 资金总额 18 (14 + 3); T105 ≤error at
  志愿者培训完成率 `120人`.
* xf10: X104 ≤warning at 计划完成日期 `46387` (a text serial); T105 ≤error at 音频转换完成率
  `3000条` on sheet 绩效指标.
* xf11: F110 ≤error at the empty name cell of a `≥90%` row; F109 ≤warning (row) at the empty
  时效指标 template row.
* xf14: W101 ≤error (book level: weights add to 95); T112 ≤error at `≤12万元` against the
  unit column 场; T108 ≤warning (row) at 读者投诉率 `≥1%` declared 反向.
* xf16: B101 ≤error (row) at 资金总额 900 (700 + 220 = 920); B102 ≤error at 金额合计 220
  (tasks 200); T106 ≤error at 诵读课教学计划完成率 `≥105%`.
* xf18: T108 ≤warning (row) at 小于等于 on a 正向 count; T108 ≤warning (row) at 大于等于 on
  the 反向 返工率.

Legitimate look-alikes in the correct returns: `=` with a typed 100% on a 评审覆盖率 and
`= 0 起` on a safety-incident count (xf01, xf13); tier-label points summing to 100 (xf01);
tier-1 scores and indicator scores both adding to 100 with a 合计 row of 100 both ways (xf05);
`提高≥3百分点` on a 参与率 (xf05); annual counts below period counts and equal rates and unit
costs in a three-year project (xf03); `读者满意度` with different values in two stacked projects
(xf07); a 说明 row explaining the money split and a fill date in the year before (xf09); 读者投诉率
`≤1%` with ≤ and a 增长率 of 15% (xf13); a weight 合计 row (xf13, xf15); a repeated header row
(xf15); project codes and the export's own 合计 line (xf17); a typed 92% without an operator under
★满意度 (xf12). Every unit cost × count stays within its money.

Judgements: the text serial in xf10 is X104 at a warning, not a year error; `=0.6万元` on a cost
is T108 (operator against direction), not T107; in xf06 the indicator points still total 100,
so only the tier subtotals are wrong (W103, not W101); the 0-起 incident targets are not T115;
the 时效指标 row in xf11 is F109, not T101 (there is no indicator to lack a value).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout412 import contests, department, readaloud
from tests.variants.holdout412.registry import HOLDOUT412
from tests.variants.kit import Variant

MODULES = (contests, readaloud, department)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT412, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 412th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
