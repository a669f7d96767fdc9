"""The 885th held-out set: 18 invented returns on intangible cultural heritage protection
(非物质文化遗产保护): inheritor subsidies and workshops (khk01–khk09) and exhibitions,
展演 and 展销 (khk10–khk18), budget year 2026, all money in 万元 unless stated.

Layouts: one-year project heads with an operator column and a unit column (khk01, khk02);
two projects stacked in one sheet (khk03, khk04); department tables with key tasks and
金额合计 (khk05, khk06); flat department lists (khk07 指标名称 · 权重 · 计量单位 · 指标性质 as
operator · 指标值; khk08 指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重); three-year
projects with 中期 and 年度 columns (khk09, khk10); a two-row header 考核指标 · 绩效目标值 ·
评（扣）分标准 with labels numbered, with points and ★ (khk11); labels numbered 一、/1. (khk12);
tier-1 and indicator score columns (khk13, khk14); a table on a second sheet under 预期实现值
with weights, subtotals and a repeated header (khk15); detail lines under the table (khk16); a
budget-system export 05-1 / 05-2 with project codes and amounts in 元 (khk17); 指标性质 as
direction and 指标方向 as operator in words (khk18).

Planted mistakes (code, highest accepted severity, place):

* khk02: T106 ≤error at the 补助资金兑付率 value (typed 105%); T108 ≤warning (row) at the
  ≥ of 传承人年度考核不合格率; T105 ≤error (row) at 传承活动按时开展率 `12 │ 场`.
* khk04: B101 ≤error at the second project's 资金总额 (95 ≠ 80 + 10); B107 ≤warning (row) at
  学员人均研培补助 ≤0.8万元/人 × 150人 = 120万元 above the project's money.
* khk06: B101 ≤error at 资金总额 640 (590 + 40 = 240 + 390 = 630); B102 ≤error at 金额合计 390
  (150 + 130 + 100 = 380); F110 ≤error at the empty name of the row valued ≥20所.
* khk08: T108 ≤warning (row) at 学徒流失率 ≥8 marked 反向; T112 ≤error (row, alt T105) at
  学徒结业率 ≥90% with 人 in the unit column; W101 ≤error at book level (weights add to 95).
* khk10: D202 ≤warning at the annual cells of 举办工坊成果展 and 推介非遗工坊 (copied from
  中期 in a three-year project); F109 ≤warning (row) at the empty tier-2 生态效益指标.
* khk12: X104 ≤warning at the 展销会举办时间 value `46173` (a date serial as text); F105 ≤error
  at `4.社会效益指标` under 一、产出指标.
* khk14: W103 ≤error (alt W101) at the 产出指标 score 40 (indicators 10 + 10 + 15 = 35); T106
  ≤error at 展品讲解覆盖率 typed 120%.
* khk16: X105 ≤warning (alt X103) at the detail line `18.7 5`; X106 ≤error (alt B108) at
  `40万40万`; with 18.75 and 40 the lines add up to 100.
* khk18: T108 ≤warning (row) at 大于等于 on 展品损坏率 (反向); T108 ≤warning (row) at 等于 on
  布展费用单价 (a cost cap); T107 ≤warning (row) at 等于 95 % on 观众满意度.

Legitimate look-alikes in the correct returns: typed percent cells (khk01, khk03, khk05,
khk07, khk09, khk13, khk15, khk17), `=100%` / pct(1) on accuracy and qualification rates at
the ceiling (khk01, khk05, khk13, khk15, khk17); 传承人流失率 ≤5% (反向 with ≤, khk01); 0起 for
工坊安全事故发生次数 (khk07); a subtotal 合计 row in a flat list (khk07); unit cost × count equal
to the money (khk03 5万元 × 12, khk05 5万元 × 30 = 150, khk07 18.75 × 8 = 150); the same name
传承人满意度 with different values in two stacked projects (khk03); rates and unit costs equal
in 中期 and 年度 columns (khk09); 比上年提高≥5百分点 (khk13); tier points and indicator points both
adding to 100 (khk11, khk13, with a 注 saying they are not added); a 注 row inside the table and a
footnote explaining 金额合计 = 项目支出 (khk05); subtotal rows and a repeated header (khk15);
signature, fill and export dates in 2025 (all); 其他资金 0 (khk03).

Judgements: khk04's B107 is a warning: 0.8万元 × 150 exceeds both 95 (stated) and 90 (the
sum). khk08's 学徒结业率 is marked T112 with T105 accepted: the value has %, the unit column says
人. khk12's misplaced 社会效益指标 may also give a C6 name-fit warning; only F105 is asked for.
khk14's indicator scores add to 95, so W101 is accepted for the W103. khk18's 等于 on 观众满意度
is T107 (a warning), not a direction conflict. khk10's copied counts make annual cost 5 × 18 =
90 ≤ 100: no B107 follows from them.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout885 import exhibitions, inheritors, workshops
from tests.variants.holdout885.registry import HOLDOUT885
from tests.variants.kit import Variant

MODULES = (inheritors, workshops, exhibitions)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT885, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 885th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
