"""The 484th held-out set: blue calico and tie-dye (蓝印花布、扎染) workshops for rural women and
school craft classes, 18 invented returns (9 correct) with a careful reviewer's marks.

Everything is invented: 蓼湾县, 檀溪县, 石榴坪镇, 鹭鸶洲乡, 苎溪镇, their units, people, phone
numbers and figures. Budget year 2025; money in 万元, mostly only in the number format.

Layouts: project heads with one-year and multi-year money blocks; operator and unit columns
(symbols or words); abbreviated and numbered tier labels with points; tier-1 and indicator
score columns; headers 考核指标 / 目标值（年度） / 评价标准, 预期实现值 on a second sheet,
预期目标; 中期 and 年度 value columns; an instruction row inside a table, 注 and 填表说明 rows,
signature lines; flat department lists in two column orders; two projects stacked in one
sheet; department heads with shares, key tasks and 金额合计, an indicator header repeated
after a page break.

Modules: ``calico`` (zz01–zz06), ``tiedye`` (zz07–zz12), ``bureaus`` (zz13–zz18).

Planted mistakes (code, highest accepted severity, place):

* zz02-calico-percent-wrong: T106 ≤error at the 质检合格率 value (a cell showing 105%);
  T108 ≤warning (row) at the operator 大于等于 of 印花成品次品率.
* zz04-calico-abbreviated-wrong-parent: T105 ≤error at 培训结业率 ``150人``; F105 ≤error at
  the tier-2 label 时效 placed under 效益.
* zz06-calico-two-year-copied: D204 ≤warning at the 年度目标 cell (copied from 中期目标);
  D202 ≤warning at each of two annual cells of cumulative counts copied from 中期.
* zz08-tiedye-second-sheet: T105 ≤error at 教师培训考核完成率 ``36人``; X104 ≤warning at the
  text ``45992`` (a date serial) on 绩效指标.
* zz10-tiedye-points-mismatch: W103 ≤error at the 产出指标 score 50 (indicators add to 45),
  W101 accepted; T107 ≤warning at 满意度 ``=95%``.
* zz11-tiedye-template-rows: F110 ≤error at the empty name cell of a 时效 row with ≥95%;
  F109 ≤warning (row) at the empty tier-2 labels 经济效益指标 and 生态效益指标.
* zz14-flat-education-defects: T112 ≤error at ``300人次`` with unit column 场; T108
  ≤warning (row) at ``≥3%`` on 课堂材料损耗率 declared 反向; W101 ≤error book level (weights
  add to 95).
* zz16-stacked-defects: B101 ≤error at the second project's 年度资金总额 25 (20 + 3); T105
  ≤error at 扎染课程开课率 ``8所``.
* zz18-department-money-wrong: B101 ≤error (row) at 资金总额 480 (基本 330 + 项目 160 = 490);
  B102 ≤error at 金额合计 160 (tasks add to 155); T108 ≤warning (row) at 人均培训补助 ``=800元/人``.

Legitimate look-alikes in the correct returns: percent cells with % also in the unit column
(zz01, zz13); 靛蓝废染液排放下降率 ≥10% (a 下降率 written positive with ≥, zz01); a date cell as
a deadline value (zz01); ``=100%`` on 验收/按时完成/到位 rates (zz03, zz07, text starting with
``=``); tier points and indicator points both adding to 100 (zz03, zz09); ``学生操作安全事故
0起`` under 社会成本指标 (zz07); ``≥5百分点`` on a participation rate (zz09); 中期 counts above
annual ones with rates and unit costs equal in both columns (zz05); an instruction row, 注 rows
(one explaining the 其他资金), 填表说明 and a fill date in the December before (zz12); 信访投诉
重复率 with ≤ in a flat list (zz13); the same name 参训人数 / 服务对象满意度 with different values
in two stacked projects (zz15); a repeated header after a page break and rounded shares adding
to 100 % (zz17); 其他资金 0 (zz07, zz15). Every unit cost × count stays within its money.

Judgements: 次品率 is read as 反向 though not in domain.md's list (zz02); in zz10 the missing 5
points make the indicator total 95, so W101 is accepted for the W103 problem; in zz18 the
wrong part of 资金总额 = 基本支出 + 项目支出 cannot be told, so the B101 mark covers the row;
the 2025 dates in zz01 (date cell) and zz07/zz09 (text ``…前``) are deadlines inside the year;
the F109 marks are rows whose tier-2 anchors a merged block of one row only.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout484 import bureaus, calico, tiedye
from tests.variants.holdout484.registry import HOLDOUT484
from tests.variants.kit import Variant

MODULES = (calico, tiedye, bureaus)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT484, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 484th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
