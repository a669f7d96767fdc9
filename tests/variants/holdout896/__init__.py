"""The 896th held-out set: 18 invented returns on fire station construction and firefighting
equipment (消防站建设, 消防装备), with a careful reviewer's marks; its aim is checks across the
table (goal text against indicators, years and dates, 中期 against 年度, duplicates, wrong
tier-2, unit cost × count against money, parts against totals, leftovers).

Layouts: project heads (one-year and multi-year, 中期 and 年度 columns), department heads with
budget and task blocks, two stacked projects in one sheet, flat lists (operator column or
direction column), an operator column in words with a unit column, tier labels numbered with
points, marked (*, ★) or abbreviated, a tier-1 score column beside an indicator 分值 column,
headers 指标内容 / 绩效标准 / 预期实现值 / 预期目标, an instruction row inside the table, a header
repeated after a page break, footnotes, 填表说明 and signature lines, a budget-system export
(sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, codes in the first columns), a table on
a second sheet.

Correct returns: khv01, khv04, khv06, khv07, khv09, khv11, khv13, khv16, khv18.

Planted mistakes (return: code, highest accepted severity, place):

* khv02-station-period: D201 error at Sheet1!E11 (annual 新建小型消防站 ≥4座 above the period's
  ≥3座); D202 warning at Sheet1!E12, alt D104 (配备消防车辆 ≥9辆 copied from 中期, the 年度目标 says
  3辆); Y102 error at Sheet1!D15, alt Y103 (投入使用 2028年 after the 2025—2027 period).
* khv03-station-goal-text: D104 warning, row Sheet1!D10 (建筑面积 ≥2800平方米, goal 3200); D104
  warning, row Sheet1!D11 (消防车辆 ≥8辆, goal 共6辆); F201 warning, row Sheet1!C14 (a 检测合格率
  under 时效指标).
* khv05-detachment-tasks: B102 error at Sheet1!D9, alt B101 (tasks 900 + 520 + 180 = 1600, 金额
  合计 1650); D104 warning, row Sheet1!D12 (建成 ≥2座, goal and task 3座); Y102 error at
  Sheet1!D17, alt Y103 / Y101 (deadline 2024年12月31日前 in the 2025 return).
* khv08-equipment-cost: B101 error at Sheet1!C5 (年度资金总额 720 ≠ 650 + 90); B107 warning at
  Sheet1!D13 (≤280万元/辆 × 3辆 = 840 above the money).
* khv10-flat-defects: D103 warning, row Sheet1!A11, alt D101 / D102 (新增个人防护装备配发数量
  repeats the row above); T108 warning, row Sheet1!B12 (器材故障率 ≥3, 反向); W101 error, book
  level (weights add to 95).
* khv12-second-sheet-dates: Y101 error, row 项目信息!D4, alt Y102 (plan dates in 2024 under a
  2025年度 title); X105 warning at 项目信息!C6, alt X103 (其他资金 "4 5.5"); F201 warning, row
  绩效指标!C3 (水罐消防车购置数量 under 质量指标).
* khv14-stacked-supplies: B101 error at Sheet1!C19, the second project's 年度资金总额
  (300 ≠ 280 + 30); Y103 warning at Sheet1!B21, its 年度目标, alt Y101 (完成2023年度…
  采购计划); D104 warning, row Sheet1!D23, its 消防水带采购数量 (≥1000盘, goal 1200盘).
* khv15-training-points: W103 error at Sheet1!B9 (产出指标 50, indicators 45); F201 warning, row
  Sheet1!D15 (受训消防员满意度 under 社会效益指标); W101 error book level tolerated (the
  indicator points add to 95).
* khv17-depot-empty-rows: F110 error at Sheet1!C11 (a value without a name); Y102 error at
  Sheet1!D13, alt Y103 (2026年3月31日前 in a one-year 2025 project); F109 warning, row
  Sheet1!B15 (社会成本指标 left from the template).

The addresses are those the marks record when the returns are built.

Legitimate look-alikes in the correct returns: 0起 on incident counts (khv01, khv07, khv09,
tolerated up to a warning for a missing or = operator); 下降率 with ≥ (khv07 装备故障率下降率,
khv13 火灾事故起数下降率); typed percent cells (khv01, khv07, khv09); a date cell as a deadline
(khv07); unit cost × count within the money (khv01 3200元 × 2400平方米 = 768万 ≤ 860; khv04 1125元
× 1600平方米 = 180万 = the money; khv07 260 + 72 + 60 ≤ 410; khv09 2 × 80 = 160 and 40 × 1.5 = 60,
the task amounts; khv13 26 × 11.5 = 299 ≤ 300; khv18 2 × 300 + 3 × 200 = 1200 = 中央补助); a
total with its parts in brackets in the goal (khv04 1600平方米 = 900 + 700); the same rate name
with different values in two stacked projects (khv04 工程验收合格率 =100% / ≥95%); the period's
counts in 中期 beside smaller annual counts and equal rates and unit costs in both columns
(khv11); a later year the work prepares for (khv06 为2026年…, khv11 为2027年…); tier points in
the labels and indicator points in a 分值 column, each adding to 100 (khv11); a rate raised in
百分点 (khv11); a footnote explaining a count and the 金额合计 (khv13); a signature dated in the
year before (khv16); an instruction row and a repeated header inside the table (khv16); ★ core
indicators and abbreviated tier labels (khv18).

Judgements where a reviewer could hesitate:

* A goal count that differs from its indicator (khv03, khv05, khv14) is a warning (D104): either
  may be the slip. A count above the period's (khv02) is an error: it cannot be.
* A deadline after the project period or last year's deadline (khv02, khv05, khv17) is marked
  Y102 error with Y103 accepted; plan dates a year before the title (khv12) Y101 error.
* khv08: 720 against 650 + 90: the mark sits at the total; the B107 product exceeds either sum,
  and with ≤ and ≥ it is only doubtful, hence a warning.
* khv12 其他资金 "4 5.5": read as 45.5 with a warning; the money then adds up (280 + 45.5).
* khv15: W103 at the 产出 score is required; the W101 the 95-point sum may cause is tolerated.
* khv10: the 新增 row is read as a near-duplicate of the row above (warning), not a new count.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout896 import brigades, equipment, stations
from tests.variants.holdout896.registry import HOLDOUT896
from tests.variants.kit import Variant

MODULES = (stations, equipment, brigades)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT896, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 896th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
