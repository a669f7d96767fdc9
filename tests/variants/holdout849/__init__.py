"""The 849th held-out set: urban community governance (community service centers, grid
management, volunteer services), 18 invented returns, 9 correct, 24 required marks, 19 of them
found only by comparing one part of a return with another.

Layouts: project heads (§3.1) with one or two value columns (中期 / 年度), department heads
(§3.2) with key tasks and 金额合计, headers 绩效目标值, 考核指标 · 目标值（年度）, 预期实现值,
指标性质 as an operator column and 指标方向 with word operators, unit columns, numbered tier
labels with points and a score column, abbreviated labels (产出, 数量), two projects stacked in
one sheet, flat lists, a budget-system export (05-1 / 05-2, codes in the first columns, header
on the third row), a table on a second sheet, money in 元, 说明 / 注 / 填表说明 rows, a header
repeated after a page break, signature and date lines.

Modules: ``centers`` (kga01–kga06), ``grid`` (kga07–kga12), ``volunteers`` (kga13–kga18).

Planted mistakes (code, highest accepted severity, place):

* kga02-window-money: B101 error at Sheet1!C5 (年度资金总额 200 ≠ 160 + 30); D104 warning, row
  Sheet1!D9 (年度目标 新增窗口12个, indicator ≥10个); B107 warning, row Sheet1!D13 (≤22万元/个 ×
  10 = 220 > 200).
* kga04-digital-period: D201 error at Sheet1!E12 (年度 ≥48台 > 中期 ≥40台); D202 warning at
  Sheet1!E13 (600人次 copied from 中期); Y102 error at Sheet1!E15, alt Y103 (系统上线
  2024年12月31日前 in a 2025—2026 project: last round's deadline left over).
* kga06-platform-export: F201 warning, row 05-2!E5 (a unit cost under 数量指标); D103 warning,
  row 05-2!E10, alt D101 (最多跑一次事项比例 under 可持续影响 and again under 社会效益).
* kga08-dispatch-direction: D104 warning, row Sheet1!E9 (goal 86 grids, indicator 68); T108
  warning, row Sheet1!D10 (走访户数 with 小于等于); T108 warning, row Sheet1!D12 (超时办结率
  with 大于等于, the goal says 3%以内).
* kga10-joint-points: W103 error at Sheet1!A9 (产出 50分, indicators 55) and Sheet1!A14 (效益
  30分, indicators 25); F201 warning, row Sheet1!C15 (居民安全感满意度 under 社会效益).
* kga12-street-tasks-wrong: B102 error at Sheet1!D9 (tasks 130 + 140 + 80 = 350 ≠ 金额合计 340);
  Y103 warning at Sheet1!B10, alt Y101 (2024年度 named in the 2025 goal); D104 warning, row
  Sheet1!D12 (task 培训4期, indicator ≥2期).
* kga14-volunteer-flat-wrong: D103 warning, row Sheet1!A11, alt D101 (开展志愿服务活动场次 =
  志愿服务活动开展场次, both ≥600场); W101 error on the book (weights 95).
* kga16-training-deadline: D104 warning, row Sheet1!D9 (goal 800人次, indicator ≥600人次); Y102
  error at Sheet1!D12, alt Y103 (2026年3月31日前 in a one-year 2025 project).
* kga18-silver-template: T106 error at Sheet1!D10 (typed 105% on a 完整率); F109 warning, row
  Sheet1!B11 (时效指标 left empty); F110 error at Sheet1!C13 (≥3000人次 without a name).

Legitimate look-alikes in the correct returns:

* kga01: goal 6 centers (其中新建2个、改造4个) against ≥6个 and a part ≥2个; a typed 100% on a
  合格率 (ceiling, no operator needed); ≤30万元/个 × 6 = 180 = the money; a 下降率 with ≥.
* kga03: 中期 ≥30个 / ≥45家 / ≥36000人次 beside smaller annual counts; rates, unit cost and
  运营年限 equal in both columns; 2028 in the 中期目标 as the year the work prepares for.
* kga05: 服务对象满意度 ≥90% and ≥85% in two stacked projects (not a duplicate); 8 × 12 = 96 and
  5 × 15 = 75, each equal to its money; 其他资金 0.
* kga07: bare numbers with an operator column, typed percents with % in the unit column, a
  下降率 with ≥, 重大群体性事件发生数 ≤ 0 起 (a zero cap on incidents, not a zero target).
* kga09: tier points in the labels and indicator points both add to 100 (one level only);
  ≥2百分点 on a rate rise; 30 × 3 = 90 = the money; a 合计 row in the score column.
* kga11: abbreviated tier labels; 金额合计 340 = 项目支出, explained by a 注 row; a fill date of
  2024-11-20 for a 2025 table.
* kga13: flat list, weights 100 with a 合计 row, =100% on an insurance coverage (ceiling),
  a 流失率 with ≤, typed percents.
* kga15: a 说明 row inside the table, the header repeated after a gap, 注 and 填表说明 rows, a
  signature line dated 2024-12-06; 20元/人次 × 2880 = 5.76万 within 36万.
* kga17: money in 元 on the first sheet, the table on 绩效指标 under 预期实现值; ``=100%`` stays
  text on a 参保率 (ceiling); 20 × 20000 = 400000 ≤ 480000; goal count with its parts in brackets.

Judgements where a reviewer could hesitate:

* D104 marks sit on the indicator's value with row=True: the finding may land on the goal text
  instead, which these marks would miss; the indicator is the cell to fix.
* kga02: B107 is judged against the stated 200 (and the parts' 190); both are exceeded.
* kga04 and kga16: a deadline outside the project period is an impossibility (Y102 error);
  Y103 is accepted because the year also appears as text.
* kga12: 2024 in the 2025 goal is a leftover, a warning (Y103), not a year conflict of the form.
* kga06 and kga14: near-duplicates with the same value are warnings (D103/D101), not D102.
* kga10: the two W103 are both required; the total of 100 still holds both ways, so no W101.
* kga03: 2028 lies after the period but names what the project prepares for; no mark.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout849 import centers, grid, volunteers
from tests.variants.holdout849.registry import HOLDOUT849
from tests.variants.kit import Variant

MODULES = (centers, grid, volunteers)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT849, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 849th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
