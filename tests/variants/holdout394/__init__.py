"""The 394th held-out set: 18 invented returns on folk instrumental orchestras (民族乐团) and
traditional music education (民乐教学、非遗传承、培训), with a careful reviewer's marks.

Budget year 2025 throughout; all places (苇塘县, 钟曲市, 潆川区, 鹭汀市), units, people, phone
numbers and figures are invented.

Layouts
-------
* ``orchestras`` (wn01–wn06): project heads with operator and unit columns and percent cells
  (wn01, wn02), two projects stacked in one sheet (wn03, wn04), a three-year project with 中期
  and 年度 columns (wn05), tier-1 and indicator score columns (wn06).
* ``teaching`` (wn07–wn12): department flat lists in two column orders (wn07, wn08), a
  budget-system export with the head on sheet 项目支出预算05-1 and the table on sheet
  项目支出绩效目标05-2 under 考核指标 / 目标值（年度）, codes in the first column, header on the
  third row (wn09), header 预期目标 with template rows (wn10), an instruction row, a 说明 row
  between tiers, 填表说明 and a signature line (wn11), budget detail lines under the table (wn12).
* ``offices`` (wn13–wn18): department heads with key tasks (wn13, wn14, wn17), numbered labels
  with points (wn15), abbreviated labels (wn16), subtotals and a header repeated after a page
  break (wn17), 指标性质 as direction and 指标方向 as operator in words (wn18).

Planted mistakes (return: code, highest accepted severity, place)
-----------------------------------------------------------------
* wn02: T106 error at the 新购乐器验收合格率 value (105% typed in Excel); T108 warning, row, at
  乐器年损坏率 (≥ on a 反向 rate).
* wn04: B101 error, row, at the second project's 年度资金总额 (40 ≠ 30 + 12; the 其他资金 cell
  tolerates an error for the same finding); T105 error at 乐谱档案数字化完成率 ``1200册``.
* wn05: D202 warning at the annual cells of 新排演民族管弦乐曲目 and 基层辅导讲座 (three-year
  counts copied); D201 error at the annual 签约演奏员 ``≥24人`` above the period ``≥20人``.
* wn08: T112 error, row, at 民乐公益培训课时 (``≥1200课时`` against unit column 人); T108
  warning, row, at 培训安全事故发生率 ``≥1%`` marked 反向; W101 error, book level (weights
  add to 95; the note under the list says 100).
* wn10: F109 warning, row, at the empty 社会成本指标 template row; F110 error at the empty name
  cell of the row valued 持续开展 under 可持续影响指标.
* wn12: X104 warning at the 计划完成日期 text ``46022``; X105 warning (X103 accepted) at the
  detail line ``12.4 6``; X106 error (B108 accepted) at ``8万8万(含音响)``. Read as 12.46 and 8,
  the lines add up to 35.68.
* wn14: B101 error, row, at the budget row (300 = 260 + 40 but 180 + 130 = 310); B102 error,
  row, at 金额合计 (70 + 45 + 20 = 135 ≠ 130).
* wn16: F105 error at the tier-2 社会效益 inside the 产出 block; T105 error at 民乐教室建成率
  ``8间``; T107 warning at 师生满意度 ``=92%``.
* wn18: T108 warning, row, at 传习学员流失率 and at 人均传习成本 (大于等于 on 反向); Y102 error
  at the 传习课程完成时间 date 2026-03-31 in a one-year 2025 project.

Legitimate look-alikes in the correct returns
---------------------------------------------
* wn01: ``=100%`` (a typed percent cell) on 演出曲目审查合格率, ``≤ 0 起`` on an incident count,
  ``%`` both in the typed cell's format and the unit column; 2.2 万元/场 × 40 场 = 88 ≤ 96.
* wn03: 服务对象满意度 ≥90% in the first project and ≥95% in the second (not a duplicate);
  15 万元/场 × 3 场 = 45 and 2500 元/人 × 120 人 = 30 万元 equal their budgets.
* wn06: 100 both at tier level and at indicator level; 提高≥3百分点 on a 普及率.
* wn07: 教学耗材采购单价下降率 ≥5% (a 下降率 written positive), 教学安全责任事故 ≤0 起,
  学生流失率 ≤3%, weights add to 100 with a 合计 row; no tiers, so no tier findings.
* wn09: 3 万元/人 × 12 人 = 36, equal to the budget; ``=100%`` 按时发放率.
* wn11: the 说明 row (8 人 × 6 万元 = 48 万元) and the instruction row are not indicators;
  the fill date 2024-11-18 precedes the budget year, as fill dates do.
* wn13: 资金总额 520 = 470 + 50 = 310 + 210; tasks 120 + 55 + 35 = 210 = 项目支出.
* wn15: labels numbered with points; 40/20/30/10 match the indicator scores under them.
* wn17: 小计 rows, the header repeated after a blank row, a 合计 of 100.

Judgements where a reviewer could hesitate
------------------------------------------
* wn04: the total is the cell marked (the split 30 + 12 looks deliberate); a finding on the
  其他资金 cell is tolerated. wn14: the budget row is marked as a row because either the
  资金总额 or the 基本/项目 split may be wrong; 金额合计 130 equals 项目支出, so the task lines
  are what does not add up.
* wn08: the conflict is marked at the value with ``row=True`` so a finding at the unit column
  counts; W101 is book level because no total row states the sum.
* wn10: a 社会成本指标 row left empty is common under NAT-2021, but it is still a template row
  without indicator (F109, warning only).
* wn12: the plan end date is a text serial (X104); a Y105 or date finding it may cause is not
  asked for.
* wn16: ``=92%`` is a warning (T107), not an impossibility; 民乐教室建成率 ``8间`` is an error
  (a rate given as a count).
* wn17: 讲堂按月开讲率 ≥95% under 时效 and the satisfaction 92% without an operator are fine
  (T103 is info at most).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout394 import offices, orchestras, teaching
from tests.variants.holdout394.registry import HOLDOUT394
from tests.variants.kit import Variant

MODULES = (orchestras, teaching, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT394, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 394th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
