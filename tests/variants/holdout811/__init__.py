"""The 811th held-out set: rural road maintenance (pothole repair, road wardens, bridge
inspections) in 嵩桥县 and its townships 柘源乡, 梧冈镇 and 覃家坝乡. Everything is invented.

Aim: checks across the table (goal text against indicators, years and dates, 中期 against
年度, duplicates, wrong tier-2, unit cost × count against the money, parts against totals,
leftovers from a template or another year).

Layouts: project heads with one-year and multi-year money blocks (one value column, an operator
column with a unit column, 中期 and 年度 columns, tier-1 and indicator score columns);
department heads with key tasks and 金额合计; flat lists (指标名称 · 权重 · 计量单位 · 指标性质 ·
指标值, and another order with a direction column); two projects stacked in one sheet; numbered
tier labels with points; headers 指标内容 / 绩效标准; an instruction row inside a table, a
header repeated after a page break, footnotes, 合计 rows, signature and date lines; a
budget-system export (sheets 05-1 and 05-2, codes in the first columns, labels 产出/数量, ★);
an indicator table on a second sheet under a head with detail lines.

Planted mistakes (return: code, highest accepted severity, place):

* keo02-pothole-goal-money: B101 ≤error at 年度资金总额 (150 ≠ 120 + 20); D104 ≤warning, row,
  坑槽修补面积 ≥6500平方米 against the goal's 8000; B107 ≤warning, row, 260元/平方米 × 6500 =
  169万 > 150万.
* keo04-pothole-period-slips: Y103 ≤warning at the 年度目标 cell (2023 in a 2025—2027
  project); D201 ≤error, row (alt D104), 年度 12000 > 中期 10000 平方米; D202 ≤warning at the
  annual 乡道巡查里程 copied from 中期. The unit cost cell is tolerated (ok, warning): B107 follows
  from the same slip.
* keo06-pothole-stacked (second project): X101 ≤error at the value of a template example row
  (示例：培训人次 ≥**人次); F201 ≤warning, row, 平整度合格率 under 时效; D102 ≤error, row (alt
  D101, D103), 应急修补及时率 ≥90% against the same indicator ≥95% (the first one tolerated at
  error).
* keo07-warden-department-tasks: B102 ≤error at 金额合计 (192 + 48 + 60 = 300 ≠ 320); D104
  ≤warning, row, 护路员在岗人数 ≥300人 against the goal's 320名.
* keo09-warden-flat-defects: W101 ≤error, book level (weights 95); T108 ≤warning, row, 投诉率
  ≥3% with 反向; D103 ≤warning, row (alt D101, D102), 护路员岗前培训人次 beside 护路员培训人次.
* keo11-warden-dates-costs: B107 ≤warning, row, 800 × 100 × 12 = 96万 > 90万; F201 ≤warning,
  row, 考核合格率 under 数量; Y102 ≤error (alt Y101, Y103) at the date cell 2024-03-31.
* keo14-bridge-tier-points: W103 ≤error at the 产出 score 60 (indicators 55); D104 ≤warning,
  row, ≥64座 against the goal's 46座; W101 tolerated at book level (the indicator scores total
  95 because of the same gap).
* keo16-bridge-period-copied: D204 ≤warning at the 年度目标 cell; D201 ≤error, row (alt D104),
  年度 ≥9座 > 中期 ≥6座; T105 ≤error at 桥梁检查覆盖率 150座.
* keo18-bridge-export-defects: B102 ≤error (alt B101) at 明细合计 (25 + 18 + 3 = 46 ≠ 48); X104
  ≤warning at the text 45838; F201 ≤warning, row, a satisfaction rate under 社会效益.

Legitimate look-alikes in the correct returns: typed percent cells with a % unit column (keo01,
keo08); 下降率 with ≥ (keo01); a goal's area with its parts in brackets
(keo01) and a footnote explaining a total (keo05, keo13); a later year the work prepares for
(为2026年…, keo05, keo15); the period's counts in 中期 beside smaller annual counts, unit costs
and rates equal in both columns (keo03, keo15); 0起 on incident counts (keo05, keo08, keo13,
keo17); =100% on rates; 提高≥5百分点 (keo10, also in keo02); tier points and indicator points
both adding to 100 plus a 合计 row (keo10); subsidy × wardens exactly equal to the money (keo12)
or to a task's money (keo07); the same indicator names with other values in two stacked
projects (keo12); a repeated header and an instruction row (keo13); fill dates in the year before
the budget year (all); codes in the first columns and bare numbers with a unit column (keo17).

Judgements: the 2026 in keo05's department goal is a preparation for next year, not a stale year;
a 0 amount of 其他资金 is a valid amount; keo04's 坑槽整治单价 would exceed the annual money
only through the planted area, so it is tolerated, not asked for; in keo09 the near-duplicate
carries the same value, so D103 / D101 rather than D102; keo18's serial 45838 falls in the year, so
only X104 is asked for; in keo14 the tier score is wrong rather than the indicator scores, as the
效益 and 满意度 blocks add up.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout811 import bridges, potholes, wardens
from tests.variants.holdout811.registry import HOLDOUT811
from tests.variants.kit import Variant

MODULES = (potholes, wardens, bridges)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT811, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 811th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
