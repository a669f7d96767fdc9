"""The 818th held-out set: a county library (栖霞渡县图书馆, invented) in 2026: book purchases,
mobile library van visits to villages, children's reading events. 18 returns, 9 correct.

Layouts: project heads with one value column (kev02, kev04, kev14, kev16), operator and unit
columns with typed percents (kev01, operators in words kev10), a budget-system export with codes
in the first columns on sheet 05-2 and its budget on sheet 05-1 (kev03), a table on a second sheet
under 预期实现值 (kev05), a flat department list (kev06), 中期 and 年度 columns (kev07, kev08,
kev17), department heads with tasks or points (kev09, kev11, kev18), stacked projects (kev04),
numbered tier labels with points (kev13, kev11), marks and abbreviations with a two-row header
(kev15), 注 / 说明 / 填表说明 rows, subtotal rows, a repeated header, signature lines.

Planted mistakes (code, highest accepted severity, place):

* kev02: D104 warning (row) 图书采购数量 ≥12000册 against the goal's 1.5万册; Y102 error at the
  deadline 2025年12月20日前 (alt Y103, Y101); B107 warning (row) 55元/册 × 12000 = 66万 > 60万.
* kev04: B101 error at the second project's 年度资金总额 30 ≠ 20 + 8; D103 warning (row, alt
  D102, D101) 数字资源访问次数 ≥15万次 beside 数字资源访问量 ≥20万次.
* kev06: D104 warning (row) 新增馆藏图书 18000 against the goal's 2万册; D101 warning (row, alt
  D103) 新增馆藏图书册数, the same indicator again; W101 error (book level) weights add to 95.
* kev08: D201 error at the annual 服务行政村 ≥130个 above the period's ≥120个; D202 warning at
  the annual 流动借阅册次 copied from 中期; Y103 warning (alt Y101) at the 年度目标 naming 2025.
* kev09: B102 error at 金额合计 200 while the tasks add to 210; F201 warning (row) 下乡服务车次
  under 质量指标.
* kev12: Y102 error (alt Y103) at 车辆交付时间 2027年3月31日前 in a one-year 2026 project; F201
  warning (row) 车载书架安装合格率 under 时效指标; B107 warning (row) 45万元/辆 × 2 = 90 > 80.
* kev14: D104 warning (row) 阅读活动场次 ≥40场 against the goal's 48场; D103 warning (row, alt
  D102, D101) 参与活动儿童人次 under 社会效益 against 参与儿童人次 under 数量; F201 warning (row)
  家长满意度 under 社会效益指标.
* kev16: X101 error at the template example row's ≥**人次; Y102 error (alt Y103, Y101) at
  阅读营结束时间 2025年8月31日前; F109 warning (row) the empty 生态效益指标 row.
* kev18: B101 error at 资金总额 320 ≠ 基本支出 180 + 项目支出 150; D104 warning (row) 少儿阅读活动
  ≥80场 against the goal's 100场.

24 required marks, 21 of them found only by comparing parts of the return.

Legitimate look-alikes in the correct returns: goal counts that are parts of the indicator's
in brackets (kev01 其中少儿图书4000册, kev05 其中偏远分馆2000册, kev13 其中暑期20场); a 下降率
with ≥ (kev01 新书破损投诉下降率, kev03 文献查阅投诉下降率); ≤0起 on loss / accident counts (kev05,
kev15); a later year the work prepares for (kev05 为2027年推广); period counts above the year's
and rates, unit costs and satisfaction equal in both columns (kev07, kev17); the period's
deadline 2027 in 中期 beside 2026 in 年度 (kev17); unit cost × count within the money (kev01
40 × 12000 = 48 ≤ 50, kev07 500元 × 200 = 10万 ≤ 120, kev10 600 × 200 = 12 ≤ 15 explained in a
注 row, kev13 3000 × 60 = 18 ≤ 20, kev15 35 × 2000 = 7 ≤ 30, kev17 5 × 4 = 20 ≤ 30); tier points
and indicator points both adding to 100 with 小计 rows (kev11, kev13); 提高≥3百分点 (kev11, kev13);
=100% as text and a typed 100% at the ceiling (kev03, kev13); fill dates in the year before.

Judgements: a goal count differing from the indicator is a warning (the reviewer asks), not an
error; duplicates differing by a word are near-duplicates (warning, D102 accepted as an alt code
but not above warning); a deadline in a year outside a one-year project is an error (Y102), a
past year in goal text a warning. kev16's unfilled 生态效益指标 row is F109, not a missing value.
The 12个 without operator (kev05) and typed percents without operators are info at most.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout818 import purchases, reading, vans
from tests.variants.holdout818.registry import HOLDOUT818
from tests.variants.kit import Variant

MODULES = (purchases, vans, reading)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT818, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 818th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
