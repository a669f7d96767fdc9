"""The 828th held-out set: tea industry support (tea garden upgrades, a processing plant,
brand promotion fairs), 18 invented returns, 9 correct, with a careful reviewer's marks.

Theme and layouts. ``gardens`` (kff01–kff06): a one-year project with operator and unit
columns, a one-year project with one value column, two three-year projects with 中期 and 年度
columns, a department flat list and a department with numbered tier labels. ``plant``
(kff07–kff12): a project with a budget detail block and operators in words, a project with a
detail block and one value column, two pairs of stacked projects, a budget-system export (money
on sheet 05-1, indicators on sheet 05-2 with codes in the first columns), a project with tier
and indicator score columns. ``fairs`` (kff13–kff18): a project with a two-row header and
points at two levels, a project with abbreviated tier labels, two two-year fair series, a
department with weights, subtotal rows and a header repeated after a page break, a department
flat list. The invented county is 茗岙县 (雾峰乡, 石枫镇).

Planted mistakes (return: code, highest accepted severity, place):

* kff02: D104 warning at the 低产老茶园改造面积 row (goal 1200亩, indicator 1000亩); D103
  warning at the 茶园测土配方施肥覆盖率 row (alt D102, D101; same indicator as 测土配方施肥覆盖率
  under 数量, 85% against 90%); Y102 error at 改造任务完成时间 `2025年10月31日前` (alt Y103,
  Y101).
* kff04: D204 warning at the 年度目标 cell (copied from 中期目标); D201 error at the 年度 cell
  of 新建蓄水池 (30 against 24); D202 warning at the 年度 cell of 培训茶农 (900人次 copied).
* kff06: B102 error at the 金额合计 cell of the tasks (100 + 45 + 30 = 175 ≠ 170); F201 warning
  at the 培训茶农人次 row (a count under 质量指标).
* kff08: B102 error at the detail 合计 (90 + 50 + 30 = 170 ≠ 180); B107 warning at the
  冷藏库单座建设成本 row (100万元 × 2座 = 200 > 180); D104 warning at the 新增年精制加工能力 row
  (goal 500吨, indicator 300吨).
* kff10: B101 error at the second project's 年度资金总额 (100 ≠ 70 + 20); Y102 error at
  仓储中心建成时间 `2025年12月31日前` (alt Y103, Y101); D102 error at the second
  新增茶叶仓储容量 row (alt D101, D103; 800吨 under 数量, 600吨 under 经济效益).
* kff12: W103 error at the 产出指标 score cell (40 against 10 + 10 + 10 + 5); F201 warning at the
  红茶加工产品出厂合格率 row (a 合格率 under 时效指标); W101 error tolerated on the file (the
  indicator scores then total 95).
* kff14: Y101 error at the 计划开始日期 row (alt Y102; title 2026, plan dates in 2025); D104
  warning at the 参加茶博会 row (goal 6场, indicator 4场); D103 warning at the 参展茶企数量 row
  (alt D102, D101; 组织参展茶企数量 25家 one row above).
* kff16: B103 error at the 年度资金总额 cell (220 > 200); Y103 warning at the 年度目标 cell (alt
  Y101; `2025年…` left from last season); D201 error at the 年度 cell of 观展人次 (6万 > 5万).
* kff18: D104 warning at the 组织参加茶博会次数 row (goal 5次, indicator 3); D101 warning at the
  second 发布品牌宣传推文 row (an exact duplicate).

Legitimate look-alikes in the correct returns: a 下降率 with ≥ and `=0起` on an incident count
(kff01); a goal's total with its part as a separate indicator (kff01 800亩 / 300亩, kff05 1500亩
/ 200亩) and a total with its parts in brackets (kff13 3场（省会1场、主销区2场）); unit cost ×
count equal to the money (kff01 1500 × 800 = 120, kff03 1500 × 3000 = 450 and × 1000 = 150) or
within it (kff07, kff09, kff11, kff15, kff17); a later year the work prepares for (kff03 2029,
kff13 2027); period counts beside smaller annual counts and rates equal in both columns (kff03,
kff15); `=100%` typed on a 合格率 and operators in words (kff07); the same indicator names with
different values in two stacked projects (kff09); points given both for the tier-1 (in the
label) and per indicator, each adding to 100 (kff13); a rise in 百分点 (kff13); subtotal, 合计
and repeated header rows (kff17); 注 / 说明 / 填表说明 rows and fill dates in the year before
the budget year (kff01, kff07, kff09, kff15, kff17).

Judgements where a reviewer could hesitate: a goal's count differing from its indicator is a
warning (D104), not an error: the goal may count something slightly different. A deadline in
the year before a one-year project (kff02, kff10) is marked as an error: it cannot be met. The
near-duplicates kff02 and kff14 accept D102 (an error) as an alternative code but only warning
severity, since the names differ by a word; kff10's repeated name is a conflicting duplicate and
accepts error. A unit-cost cap whose product exceeds the money (kff08) is a warning: a cap is
not the expected cost, though it contradicts the detail lines. In kff12 the W103 is required and
the W101 the same defect causes on the indicator scores is tolerated. In kff14 the wrong plan
dates lie on one row, so the mark is a row mark. `=0起` in kff01 and `≥5百分点` in kff13 are
correct.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout828 import fairs, gardens, plant
from tests.variants.holdout828.registry import HOLDOUT828
from tests.variants.kit import Variant

MODULES = (gardens, plant, fairs)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT828, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 828th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
