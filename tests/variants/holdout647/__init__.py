"""The 647th held-out set: 18 invented returns on 党参与黄芪道地药材基地、中药材初加工.

Nine returns are correct (a careful reviewer marks nothing); nine carry 2–3 planted mistakes,
24 required marks, 18 of them found only by comparing one part of the return with another.
Places (鹤原县, 雾溪县, 岭阳县, 岐坪县), units, people, phones and figures are invented.

Layouts: project heads (one-year, two- and three-year with 中期/年度 columns), department heads
with task blocks, numbered / abbreviated / marked (*, ★) / pointed tier labels, an operator
column in words with a unit column, an indicator table on a second sheet (预期实现值), a
budget-system export (sheets 05-1 and 05-2, header on the third row, codes first), two projects
stacked in one sheet, flat department lists, a header repeated after a page break with 小计 /
合计 rows, 注 / 说明 / 填表说明 rows and signature lines.

Planted mistakes (return: code, highest accepted severity, place):

* gg02: D104 ≤warning, 绩效目标表!D row of 黄芪仿野生种植面积 (row; goal 2000亩, indicator
  1500亩; the goal cell tolerates a warning); Y102 ≤error (alt Y103, Y101), row of
  种苗移栽完成时间 (2024 deadline in a 2025 project); F201 ≤warning, row of 种植户满意度 under
  社会效益指标.
* gg04: D204 ≤warning at the 年度目标 cell; D201 ≤error at the annual 基地提质改造面积
  (3200 > 3000); D202 ≤warning at the annual 有机肥替代化肥面积 (copied 2000亩).
* gg06: B102 ≤error at 金额合计 (60 + 80 + 50 ≠ 200); Y103 ≤warning (alt Y101) at the 年度总体
  目标 naming 2024; D102 ≤error (alt D103, D101, D104), row of 道地药材种植基地管护面积 (first
  occurrence tolerated up to error).
* gg08: T108 ≤warning, row of 切片厚度不合格率 ≥3%; B107 ≤warning, row of 烘干房建设单价
  (8座 × 25万元 = 200 > 150).
* gg10: W103 ≤error at 三、效益指标（30分） (35) and at 四、满意度指标（10分） (5); F201 ≤warning,
  row of 烘干产品合格率 under 时效指标.
* gg11: D104 ≤warning, row of 产地初加工中心建成数量 (中期 ≥3个 against the goal's 2);
  Y102 ≤error (alt Y103), row of 仓储中心竣工验收时间 (2027, after a 2025—2026 period).
* gg14 (second stacked project): B101 ≤error at its 资金总额 (70 + 15 ≠ 90); D104 ≤warning, row of
  黄芪初加工量 (1800 against the goal's 2000); F201 ≤warning, row of a device count under 质量.
* gg16: W101 ≤error, book level (weights 95); D104 ≤warning, row of 村级初加工点新建数量 (4 vs 5).
* gg17: X101 ≤error, row of the template's example row (≥**人次); F110 ≤error at the empty name
  cell; F109 ≤warning, row of the empty 生态效益指标.

Legitimate look-alikes in the correct returns: a goal area with its core area in brackets and an
indicator for each (gg01), a total with its parts in brackets (gg05, gg15), 为2026年申报… in a
2025 goal (gg01), a 下降率 with ≥ (gg01), 小于等于 on 反向 rates and ≤0起 on an incident count
(gg07, gg06), =100% / 等于100% at the ceiling (gg07, gg12), rates raised in 百分点 (gg03, gg09),
period counts beside smaller annual counts and equal annual/period rates (gg03), tier points
and indicator points both adding to 100 (gg09), a unit cost × count equal to the money (gg12:
150户 × 6000元 = 90万元) or within it (gg01, gg07, gg13, gg15), the same indicator names with
other values in two stacked projects (gg13), fill and signature dates in the prior year (gg05,
gg18), 小计/合计/注/说明 rows (gg05, gg18), a 备注 showing a calculation (gg05).

Judgements: a goal/indicator count difference is a warning (D104), never an error, as the text
may count differently; two values for one indicator within a table (gg06) is an error (D102)
with D103 accepted; a deadline outside the budget year or the project period is an error
(Y102); cost × count above the money (B107) stays a warning since ≥ counts are minimums;
a tier-point mismatch is arithmetic, so an error. 各年10月31日前 in a 中期 column (gg03, gg04)
is a recurring deadline, not a date outside the period.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout647 import bases, forms, processing  # each registers its returns
from tests.variants.holdout647.registry import HOLDOUT647
from tests.variants.kit import Variant

MODULES = (bases, processing, forms)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT647, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 647th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
