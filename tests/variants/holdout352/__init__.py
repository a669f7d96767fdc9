"""The 352nd held-out set: self-drive and RV tourism support (自驾车 and 房车 campgrounds,
charging and water points, road signage, tourist numbers, safety incidents, online bookings).

18 invented returns, budget year 2025, in three modules: ``campgrounds`` (ux01–ux06: 自驾车 and
房车 campgrounds), ``roadside`` (ux07–ux12: charging, water points, signage) and ``visitors``
(ux13–ux18: tourist numbers, safety incidents, online bookings). 9 are correct, 9 carry 2–3
planted mistakes (23 required marks). Money is in 万元, mostly carried by the number format.

Layouts: project heads with one-year and multi-year money blocks, department heads with budget
and task blocks; tier-1 and tier-2 merged down; an operator column (指标性质) with a unit column
and typed percent cells (ux01, ux02); two stacked projects (ux03, ux04); flat department lists
in two column orders (ux05, ux06); an instruction row inside the table, 注 and 填表说明 lines,
signature lines (ux07); a weight column with a 单位 line, subtotal rows, a total row and the
header repeated after a page break (ux08); numbered labels with points and ★ (ux09);
abbreviated labels with * (ux10); the table on a second sheet under a two-row header 考核指标 /
预期实现值 / 评价标准 (ux11); headers 指标内容 / 绩效标准 and 指标性质 as direction (ux12);
中期 and 年度 columns over three and two years (ux13, ux14); tier-1 and indicator score columns
(ux15, ux16); a budget-system export with codes in the first columns, header on the third row,
the indicator table on sheet 05-2 (ux17); money detail lines under the table (ux18).

Planted mistakes (return: code, highest accepted severity, place):

* ux02: T106 error at the typed ``105%`` of 营位改造验收合格率; T108 warning (row) at the ``≥``
  of 营地消防安全事故发生率 (a 反向 rate).
* ux04: B101 error at the second project's 年度资金总额 95 (≠ 70 + 20); T105 error at
  房车营位利用率 ``300个``.
* ux06: T112 error at ``≥40套`` with unit column 公里; T108 warning (row) at 营地投诉率 ``≥2%``
  marked 反向; W101 error at book level (weights add to 95).
* ux08: B102 error at the 金额合计 560 of the task block (320 + 90 + 140 = 550), B101 accepted;
  Y102 error at 充电站全部投运时间 ``2026年6月30日前`` in a 2025 department budget, Y103 accepted.
* ux10: F110 error at the empty name cell of a row with value ``≥98%``; F105 error at tier-2
  社会效益 under 产出; F109 warning (row) at the empty tier-2 生态效益.
* ux12: T108 warning (row) three times: 正向 count ``≤12个``, 反向 故障率 ``≥2%``, a cost cap
  ``=4万元/处``.
* ux14: D202 warning at the annual ``≥40个`` and ``≥300次`` copied from the 中期 column of a
  two-year project; D201 error at the annual ``≥360人次`` above the period's ``≥300人次``.
* ux16: W103 error at the 产出 tier score 50 (indicators 45); T105 error at 线上预订服务覆盖率
  ``20个``; W101 at book level tolerated (not required), the same shortfall seen in the total.
* ux18: X104 warning at the 计划完成日期 stored as the text ``46022``; X103 warning at the detail
  amount ``1,050.00`` stored as text; B102 error at the detail 合计 1680 (lines add to 1690), B101
  accepted.

Legitimate look-alikes in the correct returns: ``=100%`` on a 合格率 / 覆盖率 / 对照率 (ux01,
ux05, ux07, ux09); typed percents with and without a ``%`` unit cell (ux01, ux17, ``0.0%`` for
98.5 %); a date cell as a deadline (ux01, ux17); 下降率 with ≥ (ux05, ux07, ux09, and in the
wrong ux04 and ux12 too, unmarked); the same 自驾游客满意度 with 90 % and 92 % in two stacked
projects (ux03); a unit cost × count equal to the money (ux03: 15 × 3 = 45; ux08: 8 × 40 = 320);
a fill or signature date in 2024 (all); a 注 line explaining the total 210 (ux07); tier points
in the labels and indicator points both adding to 100 (ux09, ux15); ``0起`` on an accident count
(ux15); rates raised in 百分点 (ux13, ux15); equal 中期 and 年度 values for rates, unit costs and
the launch date in a multi-year project (ux13, ux14); 定性 ``健全`` / ``建立并执行`` grades
(ux06, ux15); subtotal, total and repeated header rows (ux08, ux15).

Judgements where a reviewer could hesitate:

* ux08: the one-year department budget with a ``2026年6月30日前`` deadline is marked an error
  (Y102): nothing in a department budget covers 2026. The fill date 2024-11-22 is not a conflict.
* ux12: ``=4万元/处`` on a cost is marked T108 like d01 of the main corpus (= on a cost cap).
* ux14: 40 monitoring points in year one of two contradicts the annual goal (首批监测点) and the
  2026 completion date, so D202 is marked; the equal rates and unit cost are not.
* ux16: only the tier-level mismatch is required; a W101 on the 95 total is tolerated.
* ux18: the detail lines say 50路 × 5万元 = 250 but 260 is typed, so the line is wrong and the
  head total right; the finding is asked for at the 合计 cell where the sum fails. ``1,050.00``
  as text is read as 1050 (a warning only).
* ux17: the export repeats tiers and the project code in every row; bare typed percents with an
  operator column are complete values.
* ux05/ux06 are flat lists: no tier findings of any kind; ``健全`` with 定性 in ux06 is fine.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout352 import campgrounds, roadside, visitors
from tests.variants.holdout352.registry import HOLDOUT352
from tests.variants.kit import Variant

MODULES = (campgrounds, roadside, visitors)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT352, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 352nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
