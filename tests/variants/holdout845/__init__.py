"""The 845th held-out set: county fire brigade equipment (fire trucks, firefighting gear,
volunteer fire stations), 18 invented returns, 9 correct, aimed at checks across the table.

Everything is invented: 柘原县 and its towns (蒲埠, 檀口, 沙渚, 岱屿, 棠垭), the units, people,
phone numbers and figures.

Layouts
-------
* ``trucks.py`` (kfw01–kfw06): project heads, NAT-2021; an operator column with a unit column
  and typed percent cells (kfw01); operators inside the values (kfw02); three-year projects with
  中期 and 年度 columns (kfw03, kfw04); two projects stacked in one sheet (kfw05, kfw06).
* ``gear.py`` (kfw07–kfw12): department heads with flat lists (指标名称 · 权重 · 计量单位 ·
  指标性质 · 指标值) (kfw07, kfw08); numbered tier labels with points and an indicator score
  column (kfw09, kfw10); the table on a second sheet under 考核指标 / 预期实现值 with a note row,
  填表说明 and signature (kfw11); headers 指标内容 / 绩效标准 (kfw12).
* ``stations.py`` (kfw13–kfw18): two-year projects with 中期 and 年度 (kfw13, kfw14); department
  returns with a weight column, subtotal and total rows and a header repeated after a page break
  (kfw15, kfw16); budget-system exports, sheets 05-1 and 05-2, header on the third row, codes in
  the first columns, operators in words (kfw17, kfw18).

Planted mistakes (code, highest accepted severity, place)
---------------------------------------------------------
* kfw02: D104 ≤warning row 水罐消防车购置数量 (3台, goal 4台); Y102 ≤error at 车辆列装完成时间
  (2024年11月30日前 in a 2025 return; alt Y101, Y103); B107 ≤warning row 单台购置成本 (≤125万元
  × 3 or 4 > 360万元).
* kfw04: D104 ≤warning at the 中期 value of 车辆维护保养台次 (180 against the goal's 216); D201
  ≤error at the 年度 value of 车载泵浦更换数量 (18 above the period's 6); D202 ≤warning at the
  年度 value of 驾驶员安全培训人次 (270 copied from 中期; the 年度目标 says 90).
* kfw06: B101 ≤error at the second project's 资金总额 (58 ≠ 50 + 6); D102 ≤error row
  车载照明设备配发数 under 质量 (≥24套 against ≥30套 under 数量; alt D103, D101, F201).
* kfw08: B102 ≤error at 金额合计 (140 + 110 + 60 = 310 ≠ 320); D104 ≤warning row 空气呼吸器
  补充数量 (60 against the goal's and task's 80); W101 ≤error book level (weights sum to 95).
* kfw10: W103 ≤error at 一、产出指标（50分） (indicators 45); F201 ≤warning row 水带耐压检测
  合格率 under 时效; F201 ≤warning row 消防员对器材满意度 under 社会效益; W101 book level
  tolerated (the total 95 follows from the W103 slip).
* kfw12: X101 ≤error at ≥XX人次 (the template's example row; its name cell tolerated); B107
  ≤warning row 消防水带单盘采购价格 (600 × 0.12 = 72 > 60万元).
* kfw14: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201 ≤error at the 年度
  value of 志愿消防队员培训人数 (260 > 200); Y102 ≤error at the 年度 deadline 2027年3月31日前
  (project 2025—2026; alt Y103). The 年度 counts 5个 / 5台 tolerate a D104 against the copied goal.
* kfw16: B101 ≤error at 资金总额 (540 ≠ 470 + 50 = 210 + 310); B102 ≤error at 金额合计 (175 +
  60 + 70 = 305 ≠ 310); D104 ≤warning row 新建志愿消防站数量 (≥10个 against the goal's 8).
* kfw18: D104 ≤warning row 手抬机动消防泵配发数量 (12 against the goal's 15); D103 ≤warning row
  志愿消防队员培训人数（含复训） under 质量 (alt D101, F201); T108 ≤warning row 村级火警出动响应
  时间 with 大于等于.

25 required marks, 20 of them found only by comparing parts of the return (goal against
indicator, years, 中期 against 年度, duplicates, wrong tier-2, cost × count against money,
parts against totals, a template leftover).

Legitimate look-alikes in the correct returns
---------------------------------------------
* kfw01: typed percents (=100% shown from pct(1), ≥95%, ≥90%), a 下降率 with ≥, the goal's 3台
  with its parts in brackets, 2 × 96 + 98 = 290 ≤ 300万元, a fill date in 2024.
* kfw03: 中期 counts three times the 年度 counts, rates and unit costs equal in both columns,
  0起 on an incident, 为2028年车辆更新评估积累 (a later year the work prepares for).
* kfw05: 验收合格率 in both stacked projects with different values (not a duplicate).
* kfw07: weights add to 100; 300 × 5000元 = 150万元 and 60 × 20000元 = 120万元 equal their task
  money (not above it); 训练伤害事故下降率 ≥10%; a 说明 row about the goal's bracketed parts.
* kfw09: tier points and indicator points both add to 100; ≥3百分点 on a rate change; 0起.
* kfw11: a note row inside the table, 填表说明 and a signature dated 2024 below.
* kfw13: 中期 12个 beside 年度 6个, a period deadline in 2026 (the project's second year).
* kfw15: subtotal and 合计 rows, a repeated header, a footnote explaining the 180万元 task total
  (28 × 6 = 168 plus 12 for the new stations).
* kfw17: operators in words, bare numbers with the unit in 度量单位, tiers in every row.

Judgements
----------
* kfw02's cost is above the money with either count (3 or 4), so B107 does not hang on which
  count is right. Its deadline sits before the budget year: an impossibility, error accepted.
* kfw06: the same indicator twice in one project with different values is a conflict, so D102
  up to error; in kfw18 the values are equal, so only a warning (D103, alt D101).
* kfw14: a 年度 deadline inside the project period but after the budget year would be doubtful;
  2027 is after the project ends, so Y102 up to error.
* 0起 on incident counts (kfw03, kfw09, kfw10, kfw15, kfw16) is not a zero target (T115).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout845 import gear, stations, trucks
from tests.variants.holdout845.registry import HOLDOUT845
from tests.variants.kit import Variant

MODULES = (trucks, gear, stations)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT845, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 845th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
