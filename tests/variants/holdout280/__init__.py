"""The 280th held-out set: 18 invented returns on the Red Cross and charity (红十字会应急救护培训,
造血干细胞捐献, 人体器官捐献宣传 | 慈善救助, 博爱家园), with a careful reviewer's marks, to measure
``goalbook check`` out of sample. Budget year 2025; places, units, people, phone numbers and
figures are invented (澄岭县, 霁川市, 栖岸区, 云樾县).

Layouts: project heads (one-year and three-year, money in a 万元 block or only in the number
format) and department heads (budget with shares, key tasks with 金额合计); tier-1 and tier-2
merged down; OLD-NAT and NAT-2021; numbered labels, labels with points, marks (*, ★) and
abbreviations; headers 指标内容 / 绩效标准 / 预期目标 / 预期实现值 / 指标值 over 中期 and 年度;
operator column (指标性质) and unit column; direction column; flat lists with weights; two
stacked projects; a note row inside the table, 填表说明, signature and date lines; a
budget-system export (05-1 / 05-2 sheets, header on the third row, codes in the first columns);
a table on a second sheet.

Planted mistakes (return: code place, highest accepted severity):

* sd02-boai-rate-count: T105 Sheet1!D11 ≤error (覆盖率 `300人`); T108 Sheet1!D15 ≤warning, row
  (发生率 `≥3%`); T106 Sheet1!D17 ≤error (typed 105% on a 满意度).
* sd04-medical-aid-points: W103 绩效目标!B9 ≤error (产出 declared 50, indicators 45); W103
  绩效目标!B14 ≤error (效益 declared 30, indicators 35); T107 绩效目标!E11 ≤warning
  (准确率 `=95%`).
* sd05-organ-notes: T113 Sheet1!D13 ≤warning (举办时间 `100%`); Y102 Sheet1!D14 ≤error
  (`2026年4月30日前` in a one-year 2025 project).
* sd06-school-three-year: D202 Sheet1!E11 and Sheet1!E12 ≤warning (cumulative counts copied
  from 中期); D201 Sheet1!E13 ≤error (年度 `≥80场` above 中期 `≥60场`).
* sd09-rescue-stacked: B101 Sheet1!C19 ≤error, row (second project 80 ≠ 50 + 20); T105
  Sheet1!D24 ≤error (持证率 `45人`).
* sd10-stemcell-template: F110 Sheet1!C12 ≤error (value `≥95%` with no name); F109 Sheet1!B15
  and Sheet1!B17 ≤warning, row (社会成本指标, 生态效益指标 left empty).
* sd14-redcross-flat: W101 book level ≤error (weights add to 95); T112 Sheet1!B12 ≤error
  (`≥300份` against unit column 人); T108 Sheet1!B15 ≤warning, row (反向 管理费用占比 `≥8%`).
* sd16-charity-money: B101 Sheet1!B4 ≤error, row (基本支出 90 + 项目支出 160 ≠ 260); B102
  Sheet1!D9 ≤error (tasks 150 against 金额合计 160); X104 Sheet1!E2 ≤warning (fill date typed
  as the text `45615`).
* sd18-charity-wrong-parent: X105 Sheet1!C4 ≤warning, X103 accepted (`23.5 0`, read 23.50,
  then the budget adds up); F105 Sheet1!B15 ≤error (可持续影响指标 under 产出指标); T117
  Sheet1!D16 ≤warning, row (cost cap `3元/人·餐` without ≤).

Legitimate look-alikes in the correct returns: `=100%` on a rate at its ceiling (sd01 and sd13
typed, sd11 `等于 100 %`, sd12 `100%`); typed percent cells with % also in the unit column (sd01,
sd13) and a row of typed percent shares (sd15); `≥5百分点` on a rate raised (sd03); tier points
in the labels (40/20/30/10) and indicator points both adding to 100, with a 合计 row (sd03); a
下降率 and 增长率 with ≥ (sd15, sd17); `≤0起` on an incident count (sd13); the same name
`救助申请办结时限` / `受助群众满意度` with different values in two stacked projects (sd08); a unit
cost × count equal to its money (sd08 3000 × 100 = 30万, sd13 3000 × 500 = 150万, sd15 20万 × 4
= 80万); rates, unit costs and grades equal in 中期 and 年度 while counts are smaller (sd12);
a 中期 date in 2027 inside a 2025–2027 project (sd12); fill and print dates in 2024 (sd11, sd13,
sd15, sd17); a 说明 row and a print line under an export table (sd11); a 其他资金 of 0 (sd07);
指标性质 holding operators (sd01, sd13). The wrong returns carry look-alikes too, not marked: a
note row inside the table, 填表说明 and signature lines dated 2024 (sd05), `=100%` (sd05, sd09,
sd18), 指标性质 as direction (sd14).

Judgements where a reviewer could hesitate:

* sd02 typed 105% on 满意度 is an error (rate above its cap), not a doubtful target.
* sd05 a date four months after the end of a one-year project is marked Y102 at error (the
  date cannot be met inside the project); a warning is also accepted as the bound is the highest.
* sd04 the two tier mismatches cancel out, so the indicator points still add to 100: no W101.
* sd09 and sd16 B101 are marked at the 资金总额 cell with row=True: which amount is wrong cannot
  be known, any finding on that money row names the problem.
* sd14 and sd18 the direction problems are row marks at the value cell (the finding may land at
  the direction column or the name). sd18 `3元/人·餐` is a cost with no operator: T117, not T103.
* sd10 the name-less row sits inside the merged 质量指标 block, so its tier-2 is known.
* sd13 the 合计 row of the flat list (weight 100) is not an indicator.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout280 import departments, layouts, projects
from tests.variants.holdout280.registry import HOLDOUT280
from tests.variants.kit import Variant

MODULES = (projects, layouts, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT280, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 280th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
