"""Held-out set 796: school safety (campus video surveillance, security guards, student
accident insurance).

Eighteen invented returns: nine correct, nine with two or three planted mistakes (24 required
marks, 22 of them found only by comparing one part of the return with another). Invented
places: 蓼洲县, 桐皋区, 沅泊市, 鹭汀县, 苕川区. Budget year 2026 throughout.

Layouts: project heads (one value column; 中期 and 年度 columns for two- and three-year
projects), department heads with budget and task blocks, flat department lists in two column
orders, two projects stacked in one sheet (twice), a budget-system export (05-1 / 05-2 sheets,
codes in the first columns, table on the second sheet), a head on one sheet and the table on a
second sheet under a two-row 预期实现值 header repeated after a page break; operator columns
(指标性质, 指标方向), unit columns, score columns at one and two levels, numbered / pointed /
★ / abbreviated tier labels, header words 绩效目标值 and 预期实现值, 注 / 说明 / 填表说明 rows,
合计 rows, signature and date lines.

Planted mistakes (code, highest accepted severity, place):

* kdz02-cctv-goal-mismatch: D104 warning, Sheet1!D10 (row): goal says 38 schools, indicator
  ≥36所; F201 warning, Sheet1!C13 (row): 监控设备完好率 under 时效指标; Y102 error, Sheet1!D14
  (alt D104, Y103): deadline 2027年6月30日前 in a one-year 2026 project.
* kdz04-cctv-midterm-copy: D204 warning, Sheet1!D9 (alt D104): 年度目标 copied from 中期目标;
  D201 error, Sheet1!E13: 年度 ≥1500路 above 中期 ≥1350路.
* kdz06-export-cctv: B102 error, 部门项目支出预算05-1!F7: lines 200, 合计 210; B107 warning,
  部门项目支出绩效目标05-2!F4 (row): 0.45万元 × 500个 = 225 above the money; Y102 error,
  部门项目支出绩效目标05-2!F7 (alt Y103, Y101): last year's deadline 2025年11月30日前.
* kdz08-guard-count-mismatch: B107 warning, Sheet1!D9 (row): 5万元 × 168人 = 840 > 800;
  D104 warning, Sheet1!D10 (row): goal 186名, indicator ≥168人; T106 error, Sheet1!D13: ≥100%.
* kdz10-guard-department-tasks: B102 error at the 金额合计 cell (D9): 900+350+200 = 1450 ≠
  1500; D103 warning at 保安培训人次数 (row, alt D101, F201): the 数量 indicator again, under 质量.
* kdz12-guard-tier-points: Y101 error at the 年度目标 cell (alt Y103): goal text says 2025;
  F201 warning at 家长对校园安保满意度 (row): a satisfaction rate under 社会效益; W103 error at
  the ★产出 score cell: 50 declared, 45 below; W101 error tolerated at file level (follows).
* kdz14-insurance-dates: Y104 error at 计划完成日期 (alt Y101, Y102): 2025-12-31 before
  2026-01-01; B107 warning (row): 6元 × 11.8万人 = 70.8万 > 60万; D104 warning (row): goal
  12.6万人, indicator ≥11.8万人.
* kdz16-insurance-stacked: B101 error at the second project's 年度资金总额: 30 ≠ 25 + 8; D102
  error (row, alt D101, D103, F201): 救助申请办结及时率 twice with ≥95% and ≥90%.
* kdz17-safety-three-year: D202 warning at the 年度 training count (alt D104): ≥90000人次
  copied from 中期; D104 warning (row): goal 45所, indicator ≥40所; T106 error at the 中期
  参保率: a typed 105%.

Legitimate look-alikes in the correct returns: a goal count with its parts in brackets (kdz01
480个 = 260 + 220; kdz11, kdz05 每校/每所); unit cost × count within or equal to its money
(kdz01 0.25 × 480 = 120 ≤ 130 equipment; kdz03 7.5 × 120 = 900; kdz05 0.05 × 1720 = 86 and
0.1 × 420 = 42; kdz07 4.8 × 150 = 720; kdz11 4 × 24 = 96; kdz13 5元 × 96000 = 48万; kdz15
5000 × 300 = 150万; kdz18 5 × 36000 = 18万, 6000 × 200 = 120万); typed percents (kdz01, kdz03,
kdz09, kdz13, kdz18, 100% as the ceiling); 下降率 with ≥ and ≤0起 on incidents (kdz07, kdz09,
kdz11); = on a count and =100 on a rate in an operator column (kdz07); a rise in 百分点 (kdz03);
中期 counts three times the 年度 counts, rates equal in both columns (kdz03); a later year the
work prepares for (kdz03 为2029年…); tier points and indicator points both 100 with a 填表说明
saying only one level counts (kdz11); the same indicator name with different values in two
stacked projects (kdz05 学校及家长满意度); a footnote explaining the total (kdz18); 注 rows,
signature lines and fill dates in 2025 (kdz05, kdz09, kdz11, kdz15, kdz16).

Judgements: D104 marks sit on the indicator row (the goal text could also carry the finding);
Y102 on a deadline outside a one-year project and Y101 on a goal naming last year are accepted
as errors (the return cannot hold both years); B107 is a warning (the standard is a cap);
kdz04's copied goal also contradicts the 年度 count, so D104 is accepted there; kdz12's W101
follows from W103 and is only tolerated; kdz03's 2029 in the 中期目标 is a purpose, not a
leftover, and is left unmarked.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout796 import guards, insurance, surveillance
from tests.variants.holdout796.registry import HOLDOUT796
from tests.variants.kit import Variant

MODULES = (surveillance, guards, insurance)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT796, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 796th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
