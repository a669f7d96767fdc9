"""The 417th held-out set: 18 invented returns of 榆坪区教育体育局's school rope-skipping and
shuttlecock (跳绳/毽球) programme, budget year 2025, amounts in 万元, with a careful reviewer's
marks.

Modules: ``rope`` (xk01–xk06, 跳绳 projects), ``shuttlecock`` (xk07–xk12, 毽球 projects),
``bureau`` (xk13–xk18, department returns and an export covering both halves).

Layouts: project heads with 中期/年度 money columns (``heads.project_head``), department heads
with key tasks and a 金额合计 (``heads.department_head``); OLD-NAT and NAT-2021 tiers merged down;
operator and unit columns with percent cells (xk01, xk02, xk18); numbered labels with points and
an indicator 分值 column (xk03); a tier-1 分值 column (xk04); 中期 and 年度 value columns
(xk05, xk06); two stacked projects (xk07, xk08); headers 指标内容 / 绩效标准 (xk09) and 预期目标
(xk10); labels with * / ★ and abbreviated tier-2s (xk11); a detail block under the table
(xk12); flat lists (xk13 operator column, xk14 direction column); a header repeated after a
page break (xk15); a budget-system export with codes in the first columns and the indicator
table on sheet 05-2 with operators in words (xk17); 注 / 说明 / 填表说明 rows and signature lines.

Planted mistakes (21 required marks; highest accepted severity; place):

* xk02: T106 error at 参训教师考核合格率 ``102%`` (value cell); T108 warning, row, at
  课堂跳绳练习器材损耗率 ``≥`` 5 %.
* xk04: W103 error at the 产出指标 一级分值 50 (indicators 55) and at the 效益指标 一级分值 30
  (indicators 25; the two slips cancel in the total, so no W101); F105 error at 时效指标 under
  效益指标 (tier-2 cell).
* xk06: D204 warning at the 年度目标 cell (copied from 中期目标); D202 warning at the annual
  cells of 举办区级跳绳联赛场次 and 培养跳绳裁判员人数 (copied from 中期).
* xk08: B101 error at the second project's 资金总额 20 ≠ 15 + 4 (中期 column; the same slip in
  the 年度 column tolerated up to error); T105 error at 裁判员等级证书取得率 ``≥30人``.
* xk10: F110 error at the empty name of the row holding ``≥2场``; F109 warning, row, at the
  template tier-2 时效指标 left without indicator or value.
* xk12: X105 warning (alt X103) at 场地租赁 ``12.6 0``; X106 error (alt B108) at
  ``8万8万(含裁判劳务)``; X104 warning at 填报日期 ``45839`` typed as text.
* xk14: W101 error at book level (weights add to 95); T108 warning, row, at 训练运动损伤发生率
  ``≥1`` with 反向.
* xk16: B101 error at 资金总额 940 (基本 700 + 项目 250 = 950); B102 error at 金额合计 250
  (tasks 120 + 90 + 30 = 240).
* xk18: T108 warning, row, at 比赛运动损伤发生率 ``≥``; T107 warning, row, at 参赛学生满意度
  ``=`` 95 %.

Legitimate look-alikes in the correct returns: ``=100%`` on 验收合格率 / 持证上岗率 (xk01, xk03,
xk07, xk09, xk12 carry it too); a typed ``0.5%`` 损伤发生率 with ≤ (xk01); rates raised in
百分点 (xk01 ``≥ 3 百分点``, xk03 ``≥5百分点``); tier points and indicator points both adding to
100 (xk03); rates and unit costs equal in 中期 and 年度 (xk05); the same 学生满意度 with
different values in two stacked projects (xk07); ``0起`` on an incident count (xk09); a unit
cost × count equal to its money (xk07 800元 × 150人 = 12万, xk11 2.5万 × 16所 = 40万); a
note explaining that 金额合计 is 项目支出 only (xk15); fill dates in the year before the budget
year; 基本支出占比 ≤75 % (610 / 820 = 74.4 %, xk13).

Judgements: in xk04 the sum of all indicator points is still 100, so only the tier subtotals
are marked; in xk08 the reviewer asks for the B101 at the 中期 total and tolerates it at the
年度 total; the 填报日期 serial in xk12 reads as 2025-07-01 inside the budget year, so no Y102;
xk12's detail lines add to 30 once the artefacts are read (12.60, 8); in xk14 ``≥93`` with
unit ``%`` is a well-formed rate; 器材更新完成时限 ``小于等于 6 月`` (xk17) is a time limit in
months, not a date; xk18's ``=`` on a satisfaction rate is a warning, not an error.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout417 import bureau, rope, shuttlecock
from tests.variants.holdout417.registry import HOLDOUT417
from tests.variants.kit import Variant

MODULES = (rope, shuttlecock, bureau)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT417, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 417th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
