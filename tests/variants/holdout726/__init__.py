"""The 726th held-out set: 18 invented returns with a careful reviewer's marks.

Theme: a river-chief (河长制) patrol scheme (``patrol``: kbh01–kbh06), riverbank ecological
restoration (``restoration``: kbh07–kbh12) and a water-quality monitoring buoy network
(``buoys``: kbh13–kbh18). Budget year 2025, money in 万元 (often only in the number format).

Layouts: project heads with one value column and numbered tier labels (kbh01, kbh04 abbreviated,
kbh11 with * and ★), a department head with tasks and an operator column in words under 指标内容 ·
绩效标准 (kbh02), flat lists with weights (kbh03, kbh18), an operator column with a unit column
(kbh05, kbh14), stacked projects (kbh06, kbh15), 中期 and 年度 columns (kbh07, kbh10, kbh16), a
budget-system export with codes in the first columns and the table on a second sheet (kbh08),
tier points and indicator points (kbh09), a detail block under the table (kbh12), the table on a
second sheet under 考核指标 · 预期实现值 (kbh13), a 说明 row, a repeated header, 填表说明 and
signatures (kbh14), headers 指标内容 · 绩效标准 (kbh17).

Planted mistakes (code, highest accepted severity, place); 24 required marks:

* kbh04-patrol-goal-counts: D104 warning at 巡河人次 ≥1200人次 (goal 1500); D104 warning at
  保洁员 ≥50人 (goal 60); Y102 error (alt Y103) at 2024年10月31日前, last year's deadline.
* kbh05-patrol-twice: F201 warning (row) 巡查记录填报规范率 under 时效; D102 error (row, alt D101,
  D103) the 整改率 twice, 95 % and 90 %; B107 warning (row) 1.2万元/公里 × 80公里 = 96 > 85.
* kbh06-patrol-stacked: B101 error at the second project's 年度资金总额 (25 + 8 ≠ 30); Y103
  warning (alt Y101) at its goal naming 2023.
* kbh10-bank-two-years: B103 error at the 年度资金总额 650 > 中期 600; D204 warning at the 年度目标
  copied from the 中期目标; D201 error at the annual ≥12公里 above the period's ≥10公里.
* kbh11-bank-wrong-tier: B107 warning (row) 0.8万元/亩 × 200亩 = 160 > 120; F201 warning (row)
  a 满意度 under 社会效益指标.
* kbh12-bank-money: B101 error at 年度资金总额 250 (230 + 30 = 260); D104 warning at ≥4.2公里
  (goal 5.2公里); B102 error (alt B101) at the lines' 合计 240 (lines add to 250).
* kbh16-buoy-copied-counts: D202 warning at each of two annual counts copied from 中期 (the
  年度目标 says 12 and 30); Y102 error (alt Y103) at the annual deadline 2027年6月30日前; a
  B107 warning at the annual unit cost (20 × 20万 > 300) is tolerated, a result of the copy.
* kbh17-buoy-old-dates: Y101 error (book level, alt Y102), plan dates 2024 under a 2025 title;
  D104 warning at ≥20个 (goal 24); D101 warning (row, alt D103) 数据传输有效率 twice.
* kbh18-buoy-flat-example: D104 warning (row) 比对监测 2 (goal 4); X101 error (row) the
  template's example row ``示例：XX活动参与人次 │ **``.

Look-alikes in the correct returns: typed percent cells (kbh01, kbh02, kbh07, kbh09, kbh13–kbh15);
`=100%` on rates; a 下降率 with ≥ (kbh01, kbh08, kbh15); 0 起 on incident counts with ≤ or =
(kbh02, kbh03, kbh14); rises in 百分点 (kbh03, kbh07, kbh09); a goal count with its part in
brackets (kbh01) and a total with its parts in brackets split over two indicators (kbh13); a
later year prepared for (为2028年全流域推广, kbh07); period counts above the year's and equal
rates and unit costs in both columns (kbh07); unit cost × count within the money (kbh01 150元 ×
1200 = 18万 ≤ 86; kbh02 2.5 × 112 = 280 = the 保洁 task; kbh07 150 × 2 = 300 ≤ 400; kbh08 24元 ×
40000平方米 = 96万 = its line; kbh09 45 × 3.5 ≤ 180; kbh13 18 × 12 = 216 ≤ 220; kbh14 4 × 16 = 64
≤ 68; kbh15 1.5 × 24 = 36, 4.5 × 4 = 18, equal to the money); tier points and indicator points
both adding to 100 with a note explaining the total (kbh09); the same indicator names with other
values in stacked projects (kbh15); fill dates in 2024 (signature lines); a date cell as a
deadline (kbh08); a 说明 row, repeated header, 填表说明 and signature rows (kbh14).

Judgements: the 2024 deadline in kbh04 is given Y102 as an error (a date outside the budget year
is an impossibility of the form) with Y103 accepted; kbh17's 2024 plan dates are a book-level
Y101 (the finding may land at the title or at either date). kbh12 has two separate arithmetic
slips: the head's parts (230 + 30) against its total 250, and the lines' 合计 240 against the
lines (250, which agrees with the head's total). kbh16's 年度目标 gives the year's counts, so the
copied annual cells are wrong, not merely suspicious, but D202 stays a warning. kbh05's two 整改率
rows carry the same name with different values: D102 (error) with D101/D103 accepted. In kbh10
the 年度目标 is marked D204 although this also makes the annual length conflict visible. The
example row in kbh18 has no weight, so the weights still add to 100 without it.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout726 import buoys, patrol, restoration
from tests.variants.holdout726.registry import HOLDOUT726
from tests.variants.kit import Variant

MODULES = (patrol, restoration, buoys)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT726, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 726th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
