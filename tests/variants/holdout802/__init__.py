"""The 802nd held-out set: 18 invented returns on youth employment, with a careful reviewer's
marks, to measure ``goalbook check`` out of sample. Its aim is checks across the table.

Theme: internships (就业见习) for graduates and young jobseekers (``internship``: kef01–kef06);
entrepreneurship guarantee loans and their subsidies (``loans``: kef07–kef12); career guidance
talks (``guidance``: kef13–kef18). Budget year 2026 throughout; fill and signature dates in
late 2025. Places (蒲川县, 沅汀市, 澄岭县, 栖桐区, 鹤湾区), people and phone numbers are invented.

Layouts: project heads (``heads.project_head``) with one-year and multi-year money blocks;
department heads with budgets and key tasks; operator column headed 指标性质 with a unit
column; headers 考核指标 / 预期目标 / 指标值设定依据; 中期 and 年度 columns (two and three
years); two projects stacked in one sheet (kef05, kef17); flat lists (kef06, kef16); numbered
tier labels with points and an indicator 分值 column (kef07); abbreviated labels (kef08); a
budget-system export with codes in the first columns and the table on a second sheet under a
title and a unit line (kef09); a 项目资金明细 block under the table (kef10); a two-row header
with operators in words (kef12); 注 / 说明 / 填表说明 rows, a stamp line and signatures (kef13);
a header repeated after a page break with 小计 and 合计 rows (kef14); template rows (kef15).

Planted mistakes (code, highest accepted severity, place):

* kef02: D104 warning at the 开发见习岗位数 value (goal 500 posts, indicator ≥450个); Y102 error
  (alt Y103, Y101) at ``2025年12月31日前`` in a 2026 return; B107 warning at the subsidy
  ``≤12000元/人`` (× 300 people = 360万元 > 资金总额 240万元).
* kef04: D204 warning at the 年度目标 cell (copied from 中期目标); D201 error at the annual
  ``≥900人`` above the two-year ``≥800人``; D202 warning at the annual ``≥20个`` copied from 中期.
* kef06: B102 error at 金额合计 200 (tasks 80 + 90 + 40 = 210); D102 error (alt D103, D101), row,
  at 见习岗位开发数量 ``450`` against 开发见习岗位数量 ``600``.
* kef08: F201 warning, row, at 贷款资料审核合格率 under 时效; F201 warning, row, at 创业者对贷款
  服务满意度 under 社会效益; D101 warning (alt D103, F201), row, at 扶持创业人数 repeated under
  社会效益.
* kef10: B101 error at 资金总额 400 (300 + 80 = 380); B102 error at the detail 合计 400 (270 + 90 +
  30 = 390); B107 warning at 人均贴息标准 ``≤1.5万元/人`` (× 300 = 450 > 400).
* kef11: Y103 warning (alt Y101) at the 年度目标 naming 2024; T106 error at the typed ``102%``
  recovery rate; T108 warning, row, at ``≥`` on 担保基金代偿率.
* kef14: D104 warning at 服务青年人次 ``≥8000人次`` (goal 10000); Y102 error (alt Y103) at
  ``2027年6月30日前``; D102 error (alt D103, D101), row, at 职业指导讲座场次 repeated after the
  page break with ``≥100场`` against ``≥120场``.
* kef15: F110 error at the empty name of a ``≥95%`` row; F109 warning, row, at the bare 时效指标.
* kef17: X104 warning at 计划开始日期 ``46023`` stored as text; Y103 warning (alt Y101) at the
  second project's 年度目标 naming 2025; B101 error at its 资金总额 50 (35 + 20 = 55).

Cross-table marks (found only by comparing parts of the return): D104 ×2, Y102 ×2, Y103 ×2,
B107 ×2, D204, D201, D202, B102 ×2, B101 ×2, D102 ×2, D101, F201 ×2: 20 of 25.

Legitimate look-alikes in the correct returns: typed percent cells (kef01, kef09, kef16); 0起 on
an incident count (kef01, kef12, kef16); subsidy × people equal to the money (kef01, kef05,
kef08's 1.2万 × 200 = 240, kef09, kef15, kef18); 100 both ways, tier points and indicator points
(kef07); a fall in 百分点 with ≥ (kef07) and a 下降率 with 大于等于 (kef12); ≤ on 反向 rates
(kef01, kef07); the period count in 中期 beside a smaller year's (kef03, kef18) with rates and
unit costs equal in both columns; a later year the work prepares for (kef03: 为2027年… inside
a 2026—2028 period); the same indicator name with different values in two stacked projects
(kef05 新增见习岗位数 200 / 300); the goal's total with its parts in brackets and a part as its
own indicator (kef13: 60场 = 40 + 20, 进校园讲座场次 ≥40场); a monthly count matching the
year's (kef16: 3 a month, 36); ``=100%`` as text (kef18); a fill date in 2025 (all).

Judgements: in kef02 the goal and the subsidy agree (12000元/人) and only the money falls
short, so the mark is B107 at the standard, not D104. In kef06 the unequal pair is D102 (one
measure, two values); D103 and D101 are accepted. In kef08 the repeated 扶持创业人数 is also a
count under 社会效益, so F201 is accepted for it. In kef10 the 明细合计 equals 资金总额 but not
its lines (B102), and 资金总额 is not 财政拨款 + 其他资金 (B101): two separate slips. The
Y102 deadlines are errors because a budget-year table cannot bind work outside its year; the
goal texts naming an old year are warnings (Y103). kef14's 小计 / 合计 rows and the repeated
header are not indicators; its weights add to 100.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout802 import guidance, internship, loans
from tests.variants.holdout802.registry import HOLDOUT802
from tests.variants.kit import Variant

MODULES = (internship, loans, guidance)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT802, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 802nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
