"""The 805th held-out set: water-saving irrigation (drip irrigation area, smart water meters,
canal lining), 18 invented returns for budget year 2026, 9 correct and 9 with 2–3 planted
mistakes each, most of them found only by comparing one part of a return with another.

Layouts: project heads (one-year and multi-year with 中期 and 年度 columns, a transfer project
with 中央补助 + 地方资金), department heads with budget and task blocks, two stacked projects in
one sheet, flat lists in two column orders, NAT-2021 and OLD-NAT tiers with numbered, pointed,
★ and abbreviated labels, operators in their own column (symbols or words), unit and weight
columns, header words 预期目标 / 考核指标 / 目标值（年度） / 绩效指标值 / 绩效目标值, a two-row
header repeated after a page break, note and 填表说明 rows, signature lines, and a budget-system
export with codes in the first columns and the indicator table on a second sheet.

Planted mistakes (return: code, highest accepted severity, place):

* kei02-drip-goal-against-rows: D104 warning, row of 新增膜下滴灌面积 (goal 2.5万亩, row 2万亩);
  Y102 error alt D104, 工程完工时间 cell (2027年6月30日前 in a 2026 one-year project); B107
  warning, row of 亩均滴灌建设补助 (400元/亩 × 2万亩 = 800 > 600万元).
* kei04-drip-two-years-copied: Y103 warning alt Y101, 年度目标 cell (2025 text left over);
  D201 error alt D104, 年度 管网长度 cell (2000 > 1800公里); D202 warning alt D104, 年度
  首部枢纽 cell (60座 copied from 中期, goal says 30).
* kei06-drip-stacked-metering: B101 error, second project's 年度资金总额 cell (200 + 40 ≠ 260);
  D102 error alt D103/D101/D104, row of 量水设施安装数 (≥150处 against ≥120处).
* kei08-meter-flat-against-goal: D104 warning, row of 智能水表安装数量 (2300 against 3200 in goal
  and task); B102 error, 金额合计 cell (150 + 90 ≠ 260); D101 warning alt D103, row of the second
  智能水表在线率.
* kei10-meter-wrong-tier2: F201 warning, row of 抄表数据准确率 under 时效; F201 warning alt F105,
  row of 灌溉用水户满意度 under 社会效益.
* kei12-meter-year-leftovers: Y103 warning alt Y101, 年度绩效目标 cell (2024 text); Y102 error,
  竣工验收时间 date cell (2027-03-31); W101 error, book level (weights add to 95).
* kei15-canal-transfer-money: B101 error, 年度资金总额 cell (600 + 250 ≠ 900); D104 warning, row
  of 支渠衬砌长度 (goal 24公里, row 18公里); B107 warning, row of 每公里衬砌造价 (55 × 18 = 990).
* kei17-canal-two-years-copied-goal: D204 warning, 年度目标 cell (copied from 中期目标); D201
  error, 年度 斗渠衬砌长度 cell (36 > 30公里); T108 warning alt D203, row of 渠道渗漏率 (年度 ≥12%).
* kei18-canal-template-rows: F109 warning, row of the empty 生态环境成本指标; F110 error, the
  empty name cell of a row with ≥60处; X101 error, 示例 row's value ≥XX公里.

Legitimate look-alikes in the correct returns: goal counts that are parts or totals of the
indicators' (kei01 1.2万亩 with 其中 0.8万亩; kei07 8000只 with 7600 + 400; kei14 33公里 = 12.6 +
20.4 with a footnote explaining the total); a later year prepared for (kei01 为2027年推广); period
counts beside smaller year counts and equal rates, unit costs and grades in 中期 and 年度
(kei03, kei16); a 下降率 with ≥ / 大于等于 (kei01, kei16); =100% on a 合格率 (kei01); 0起 on an
incident count (kei13); 提高≥3百分点 and ≥5百分点 (kei13, kei09); points at two levels adding to 100
both ways (kei09, kei13); costs × counts within or equal to their money (kei01 300 × 12000 =
360万; kei03 300 × 6万亩 = 1800 and × 2万亩 = 600; kei05; kei14 644.4 ≤ 660; kei16 60 × 45 = 2700);
the same names with different values in stacked projects (kei05); fill dates in 2025 (signature
lines); a note row inside a table, a repeated header and 填表说明 (kei11, kei14); a 说明 citing the
2025 baseline (kei16).

Judgements: a goal-vs-row difference is a warning (D104), not an error, since a reviewer asks
rather than rejects; a deadline outside a one-year project is an error (Y102); the same
indicator twice with different values is marked D102 at error with D103 accepted; last year's
goal text is a warning (Y103, Y101 accepted); a satisfaction rate under 社会效益 is F201 with F105
accepted; kei12's typed percents without operators are left to T103 (info, unmarked).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout805 import canals, drip, meters
from tests.variants.holdout805.registry import HOLDOUT805
from tests.variants.kit import Variant

MODULES = (drip, meters, canals)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT805, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 805th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
