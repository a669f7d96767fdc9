"""The 565th held-out set: lantern festivals and temple fairs (花灯、庙会) in county towns.

Eighteen invented returns (汀枫县, 砚川县, 澄岭县; every unit, project, person, phone number and
figure invented), 9 correct and 9 with planted mistakes (24 required marks), judged before
goalbook saw them. ``lanterns`` holds the lantern festivals (dc01–dc06), ``fairs`` the temple
fairs (dc07–dc12), ``bureaus`` what county bureaus send for both (dc13–dc18).

Layouts: project heads with 万元 in the number format (dc01–dc06, dc09–dc12, dc16, dc17);
operator and unit columns (dc01, dc02, dc11); numbered tier labels with points and an indicator
score column (dc03); operators inside the values (dc04, dc06, dc09, dc10, dc12, dc14); 中期 and
年度 columns in three- and two-year projects (dc05, dc06); department heads with tasks and
金额合计 (dc07, dc13, dc14) and a row of shares (dc13, dc14); flat lists (dc07: 指标名称 · 权重 ·
计量单位 · 指标性质 as operator · 指标值; dc08: 指标名称 · 指标值 · 计量单位 · 权重); two fairs
stacked in one sheet (dc09, dc10); an instruction row inside the table, a header repeated after
a page break, 注 and 填表说明 lines, signature and date lines (dc11); header 预期目标 with
template rows (dc12); a tier score column beside ★-marked tier labels (dc16); a two-row header
考核指标 / 目标值（年度） / 评价标准 with abbreviated labels (dc17); budget-system exports with
codes in the first columns and the table on a second sheet 「部门项目支出绩效目标05-2」 under header
绩效目标值, the operator in a column headed 指标方向 (dc15, dc18).

Planted mistakes (code, highest accepted severity, place):

* dc02-lantern-percent-wrong: B105 ≤error at the 财政拨款 cell (300,000.00元 in a 万元 block);
  X104 ≤warning at 计划开始日期 (text ``45667``); T106 ≤error at 培训结业合格率 (typed 105%);
  B101 file level, tolerated (not required), as a consequence of B105.
* dc04-lantern-direction: T108 ≤warning, row marks, at 灯会志愿者服务人次 ``≤3000人次``, at
  单盏宫灯采购单价 ``=0.08万元/盏`` and at 灯组火灾隐患发生率 ``≥1%``.
* dc06-lantern-period-wrong: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201
  ≤error at the annual cell ``≥60个`` against ``≥40个`` for the period.
* dc08-fair-flat-defects: T112 ≤error at ``≥20场`` with unit column 人; T105 ≤error at
  非遗展演计划完成率 ``24场``; W101 ≤error file level (weights add to 95).
* dc10-fair-stacked-defects: B101 ≤error at the second fair's 年度资金总额 (55 ≠ 42 + 8); T107
  ≤warning at 参展商户满意度 ``=95%``.
* dc12-fair-template-rows: F110 ≤error at the empty name cell of the ``≥150人`` row; F109
  ≤warning, row marks, at the empty 社会成本指标 and 生态效益指标 rows.
* dc14-dept-money-wrong: B101 ≤error, row mark, on the budget row (380 + 240 ≠ 600); B111
  ≤error at the 项目支出 share 45% (240 ÷ 600 = 40%); B102 ≤error at the 金额合计 240 (tasks
  add to 250).
* dc16-points-wrong: W103 ≤error at the 产出指标 score 50 (indicators 55) and at the 效益指标
  score 30 (indicators 25); the totals both come to 100, so no W101.
* dc18-export-defects: X106 ≤error (alt B108) at the 合计 cell ``85万85万(含彩车租赁)``; T113
  ≤warning, row mark, at 彩车巡游完成时限 ``100%``; X103 ≤warning at the text ``120,000``.

Legitimate look-alikes in the correct returns: ``=`` with a typed 100% on a 合格率 and 覆盖率
(dc01, dc15) and ``=100%`` on 到岗率 / 持证经营率 (dc03, dc09); 反向 rates with ≤ (游客有效投诉率,
dc01); ``0起`` / ``= 0 起`` on incident counts (dc01, dc07, dc15); 下降率 with ≥ (dc07, and in the
wrong return dc04 and dc10, unmarked); rates raised in 百分点 (dc03, dc09, and a 百分点 unit
column in dc15); 100 points both at tier level and at indicator level (dc03); equal 中期 and 年度
values for rates, unit costs and qualitative values in a three-year project (dc05); the same
indicator names with different values in two stacked fairs (dc09); a footnote explaining a total
(dc11, dc13), a fill date in the year before the budget year (dc01, dc11), instruction, 填表说明,
signature and repeated header rows (dc11); shares in a budget row adding to 100% (dc13); unit
cost × count within its money everywhere (dc01 1.2 × 40 ≤ 86, dc03 1.2 × 15 ≤ 45, dc04 0.08 × 500
≤ 60, dc05, dc09, dc15, dc17).

Judgements where a reviewer could hesitate:

* Visitor and participant counts (接待游客人次, 夜间客流量, 群众参与人次) under 社会效益指标 are
  outcomes, not outputs misplaced: tolerated with ``ok`` (≤warning) where they stand in correct
  returns (dc01, dc03, dc13), not required.
* dc02's 元 cell: B105 is the required finding; the B101 it causes is tolerated at file level.
* dc04's ``=0.08万元/盏`` is marked T108 (``=`` on a cost cap) rather than T107, which is for
  rates.
* dc14: the 基本支出 + 项目支出 mismatch is a row mark because the finding may land on any of
  the budget cells; 项目支出 240 equals 金额合计 240, so the task lines are what is wrong.
* dc16: two tier mismatches that cancel in the total: W103 at each tier score, no W101.
* dc18: ``85万85万(含彩车租赁)`` read as 85 adds up with 80 + 5; only X106 (or B108) is asked.
* dc11: the 注 under the table says the 54万元 is 32 + 12 + 10; the 劳务费 ≤32万元 cap matches.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout565 import bureaus, fairs, lanterns
from tests.variants.holdout565.registry import HOLDOUT565
from tests.variants.kit import Variant

MODULES = (lanterns, fairs, bureaus)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT565, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 565th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
