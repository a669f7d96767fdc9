"""The 830th held-out set: 18 invented returns on rural e-commerce (village e-commerce service
stations, live-stream sales training, cold-chain logistics subsidies), with a careful reviewer's
marks, to measure ``goalbook check`` out of sample. Budget year 2025 throughout; all places,
units, people, phone numbers and figures are invented.

Layouts: project heads (§3.1) with one value column, an operator column and a unit column,
operators in words beside a 正向/反向 指标性质 column, points in the tier labels and an indicator
points column; department heads (§3.2) with key tasks and with a flat list; stacked projects
(one-year and multi-year); 中期 and 年度 columns; a transfer-payment 区域绩效目标表 with ★ core
indicators; budget-system exports (sheets 05-1 / 05-2, codes in the first columns, header on the
third row); a table on a second sheet under 预期实现值 / 评价标准; headers 考核指标 and
目标值（年度）; notes, 说明 rows, subtotal and signature lines.

Planted mistakes (return: code, highest accepted severity, place):

* kfh02-station-department: D104 ≤warning, 部门整体 row of 新建村级电商服务站数量 (goal 35,
  indicator ≥40; tolerated at the goal cell); B102 ≤error alt B101, 金额合计 cell (320 + 150 +
  90 = 560 ≠ 550); F201 ≤warning, row of 代办员培训考核合格率 (a quality rate under 数量指标).
* kfh04-station-three-year: Y103 ≤warning alt Y101, 年度目标 cell (2024 left from last season);
  D201 ≤error, 年度 cell of 乡镇电商物流分拨中心建设数量 (8 in the year, 6 over three years).
* kfh06-station-export: D103 ≤warning alt D102/D101, row of 建制村快递进村覆盖数量 (≥110个
  against 建制村快递进村覆盖数 ≥120个, tolerated there); X101 ≤error, row of the template's
  （示例）培训人次 ≥**人次; X104 ≤warning, the text 45961 as a completion date.
* kfh08-live-abbreviated: D104 ≤warning, row of 培训学员人次 (goal 600, indicator 500; tolerated
  at the goal); B107 ≤warning, row of 人均培训成本 (0.3万元 × 500 = 150 > 120).
* kfh10-live-two-year: D201 ≤error, 年度 cell of 孵化农产品直播账号数量 (240 > 200); D202
  ≤warning alt D104, 年度 cell of 直播示范村建设数量 (the period's 20 copied, the 年度目标 says 10).
* kfh12-live-numbered-tiers: Y102 ≤error, the value 2026年3月31日前 in a one-year 2025 project;
  D103 ≤warning alt D102/D101, row of 学员直播带货销售额 under 经济效益 (the 数量 block's 学员带货
  销售额 with another value, tolerated there); F201 ≤warning, row of 参训农户满意度 under 社会效益.
* kfh14-cold-money-wrong: B102 ≤error alt B101, the detail block's 合计 (200 + 80 + 50 + 20 =
  350 ≠ 360); D104 ≤warning, row of 补贴冷藏车数量 (≥16辆 against 10 in the goal and the
  detail line; tolerated at the goal); B107 ≤warning, row of 冷库建设补助标准 (350元 × 1.2万立方米
  = 420万元 > 360).
* kfh16-cold-last-year: Y101 ≤error alt Y103, the header 目标值（2024年度） of a 2025 return; D104
  ≤warning, row of 新增冷链仓储库容 (goal 1.2万立方米, indicator ≥0.8万; tolerated at the goal);
  F201 ≤warning, row of 冷链设施竣工验收合格率 under 时效指标.
* kfh18-cold-export-sheet: F110 ≤error, the empty name cell of a row with a deadline; F109
  ≤warning, row of the empty 社会效益指标; B107 ≤warning, row of 冷藏车购置补贴标准 (12万元 × 15辆 =
  180 > 150).

24 required marks, 21 of them found only by comparing parts of the return (goal against
indicator, years, 中期 against 年度, duplicates, tier-2 against meaning, standard × count against
money, parts against totals, template and last-year leftovers).

Legitimate look-alikes in the correct returns: a goal's count with its parts in brackets
(kfh01) and a goal count that is a part of the indicator's total (kfh09); typed percent cells
(``pct``) with an operator column (kfh01, kfh05, kfh11) including ``=`` 100% at the ceiling;
standard × count equal to the money (kfh03 2 × 48 = 96, kfh09, kfh13, kfh15 250元 × 2万 = 500,
kfh17) or within it; a footnote explaining a total (kfh03, kfh11, kfh13 with 上年结转); the same
satisfaction name with different values in stacked projects (kfh03, kfh17); period counts above
the year's and rates equal in both columns (kfh17); a 下降率 with ≥ (kfh05, kfh11); 0起 on an
incident count (kfh11); 100 points both ways (kfh07); rates raised in 百分点 (kfh07, kfh13,
kfh15); 为2026年…储备师资 (kfh09); signature dates in the year before (kfh01, kfh03, kfh05, kfh12).

Judgements: a goal against an indicator (D104) is a warning, not an error: the goal may be
stale rather than the indicator. Two near-identical names with different values (kfh06, kfh12)
are D103 warnings (the names differ by a word), with D102 and D101 accepted. A deadline in the
next year of a one-year project (kfh12) and last year's year in the value header (kfh16) are
errors: the table cannot hold for the budget year. In kfh10 the copied 20 of 直播示范村 is both
D202 and a contradiction of the 年度目标, so D104 is accepted. B107 stays a warning: a standard
is a cap, not an amount spent. In kfh18 the row without a name is marked F110 only.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout830 import coldchain, livestream, stations
from tests.variants.holdout830.registry import HOLDOUT830
from tests.variants.kit import Variant

MODULES = (stations, livestream, coldchain)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT830, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 830th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
