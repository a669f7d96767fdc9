"""The 752nd held-out set: 18 invented returns of 桐岙县民政局 (budget year 2025), a county
civil-affairs bureau: minimum-living-allowance (低保) household checks and temporary-assistance
(临时救助) payments, and a children's welfare director (儿童主任) training scheme. 9 returns are
correct, 9 carry 2–3 planted mistakes (25 required marks, 21 of them found only by comparing
one part of the return with another).

Layouts: project heads with money blocks (NAT-2021 and OLD-NAT), operator and unit columns,
percent cells typed in Excel, three-year and two-year projects with 中期 and 年度 columns (one
two-row header), two projects stacked in one sheet, department heads with task budgets, flat
lists in two column orders, a budget-system export with codes first and the table on a second
sheet, numbered tier labels with points, a header repeated after a 说明 row, 填表说明, signature
and date lines.

Planted mistakes (return: code, highest severity, place):

* kch02 (低保): Y103 ≤warning at the goal B7 (a 2024 deadline left over; Y101/Y102 accepted);
  D104 ≤warning row 9 (goal 4100 户, indicator ≥3900); B107 ≤warning row 12 (50 元/户 × 3900
  = 19.5万 > 16万).
* kch04 (低保): D201 ≤error E10 (annual 7500 above period 6000); D202 ≤warning E11 (period
  count copied into 年度); Y102 ≤error E13 (a 2028 deadline in a 2025–2027 project; Y103).
* kch06 (低保, department): B102 ≤error D9 (tasks 60+90+20 ≠ 金额合计 180; B101); D104
  ≤warning row 12 (goal 1.2万户次, indicator ≥10000); D102 ≤error row 17 (the same 办结率 with
  95% and 90%; D101, D103).
* kch08 (临时救助, flat list): W101 ≤error book level (weights add to 95); D104 ≤warning row 7
  (goal 14 乡镇, indicator 12); D102 ≤error row 11 (the same 发放及时率 twice; D101, D103).
* kch10 (临时救助): B101 ≤error C5 (70 + 5 ≠ 80); F201 ≤warning row 11 (a timeliness rate
  under 质量); B107 ≤warning row 13 (2500 元 × 400 户 = 100万 > 80万).
* kch12 (临时救助): Y102 ≤error D4 (a 2024 start date in a one-year 2025 project; Y101);
  Y102 ≤error E11 (a 2024年12月31日前 deadline; Y103); F201 ≤warning row 14 (a satisfaction
  rate under 社会效益).
* kch14 (儿童主任): W103 ≤error A13 (效益指标（30分） over 10 + 10; W101 tolerated at book
  level); D104 ≤warning row 9 (goal 260 人, indicator ≥200).
* kch16 (儿童主任): D204 ≤warning D8 (年度目标 copied from 中期目标); D202 ≤warning E10;
  D103 ≤warning row 13 (培训覆盖率 / 培训覆盖比例 under 数量 and 质量; D101, D102).
* kch18 (儿童主任): F110 ≤error C10 (a value without a name); F109 ≤warning row 14 (an empty
  生态效益指标 left from the template).

Legitimate look-alikes in the correct returns: a goal total with its parts in brackets and
indicators for the parts (kch01, kch13); `=100%` on 录入率 / 准确率; a 下降率 with ≥ (kch01,
kch07); `=0` on incident counts (kch01, kch07, kch09, kch17); a period count beside a smaller
year count and equal rates in both columns (kch03, kch15); a later year the work prepares for
(2028 in kch03, 2027 in kch15); the same indicator name with different values in two stacked
projects (kch05); unit cost × count equal to or within its money (kch05, kch09, kch12's
1200 × 600 = 72万 exactly, kch13, kch17); tier points and indicator points both 100 (kch13);
a rise in 百分点 (kch11, kch13); fill dates in 2024 (kch01, kch09, kch17); note, 说明 and
填表说明 rows and a repeated header (kch05, kch07, kch09, kch17).

Judgements: a D104 may fairly land at the goal text, so the goal cells carry a tolerance (`*`
≤warning) beside the required mark on the indicator row; in duplicates the first row is
tolerated (`*` ≤error, row). A deadline outside the project period (kch04) and last season's
dates (kch12) are marked ≤error as Y102, the catalogue's code and severity for a date outside
the span. kch16's 培训覆盖率 under 数量 is common practice and only tolerated. B107 stays a
warning: the standard is a cap, not the amount spent.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout752 import dibao, ertong, jiuzhu
from tests.variants.holdout752.registry import HOLDOUT752
from tests.variants.kit import Variant

MODULES = (dibao, jiuzhu, ertong)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT752, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 752nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
