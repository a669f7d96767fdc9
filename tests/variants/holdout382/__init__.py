"""The 382nd held-out set: 18 invented returns on **public time service and official standard
time broadcasting (授时服务与标准时间发播)**, with a careful reviewer's marks, to measure
``goalbook check`` out of sample. Budget year 2025 throughout; places (澄岭市, 沅汀市, 霁川县,
朔溪区), units, people, phone numbers and figures are invented.

Layouts (modules): ``projects`` (wb01–wb06): operator column headed 指标性质 with a unit column,
operators in words, typed percents, numbered and pointed tier labels, labels with * / ★ and
abbreviations, a two-row header 考核指标 / 目标值（年度） with 评价标准, headers 指标内容 /
绩效标准. ``layouts`` (wb07–wb12): two projects stacked in one sheet, flat department lists in
two column orders, multi-year projects with 中期 and 年度 columns. ``budgets`` (wb13–wb18):
department budgets with 占比 and key tasks, a 说明 row between tiers and a header repeated after
a page break with 填表说明 and signature lines, template rows, a budget-system export (money
on sheet 05-1 with codes, indicators on sheet 05-2 under a third-row header 预期实现值), detail
lines under the table.

Correct returns: wb01, wb03, wb05, wb07, wb09, wb11, wb13, wb15, wb17.

Planted mistakes (return: code, highest accepted severity, place):

* wb02: T106 error at Sheet1!E11 (基准站授时信号可用率 typed as 105%); T108 warning, row, at
  Sheet1!D12 (授时信号中断率 with 大于等于); T108 warning, row, at Sheet1!D14 (单站年度运维费,
  a cost cap, with 大于等于).
* wb04: W103 error at Sheet1!A9 (*产出指标（50分） over indicator points 15+5+10+15 = 45); F105
  error at Sheet1!B14 (时效 written under 效益指标). W101 at file level tolerated (total 95,
  caused by the same 5 points); any finding up to error tolerated at the 效益 label A13.
* wb06: X101 error at Sheet1!D10 (`≥XX次`); X104 warning at Sheet1!D12 (`45991`, 2025-11-30 as
  a serial in a text cell).
* wb08: B101 error at Sheet1!C21 (second project's 年度资金总额 30 ≠ 24 + 4); T105 error at
  Sheet1!D26 (授时客户端在线率 `150台`).
* wb10: W101 error at file level (weights 95); T108 warning, row, at Sheet1!B10 (发射机停播率
  `≥0.05%` declared 反向); T112 error, row, at Sheet1!B12 (`≤26万元` with unit column 个).
* wb12: D201 error at Sheet1!E11 (annual `≥18个` above period `≥14个`); D202 warning at
  Sheet1!E12 and Sheet1!E13 (cumulative counts 140套 and 28人次 copied in a two-year project).
* wb14: B101 error at Sheet1!B4 (资金总额 260 = 230 + 30 but 基本 170 + 项目 100 = 270); B102
  error at Sheet1!D9 (tasks 45 + 30 + 20 = 95 against 金额合计 100).
* wb16: F110 error at the empty name cell Sheet1!C10 (value `≥32所`, no name); F109 warning,
  row, at Sheet1!B15 (生态效益指标 left without indicator).
* wb18: Y102 error at Sheet1!D12 (`2026年3月31日前` in a one-year 2025 project); T107 warning at
  Sheet1!D16 (周边居民满意度 `=95%`); X106 error at Sheet1!C20 (`12万12万`, B108 accepted).
  B102 at file level tolerated.

22 required marks in all.

Legitimate look-alikes in the correct returns: a 下降率 with ≥ (wb01 投诉下降率 ≥20%); 0 on
incident counts (wb01 `≤ 0 起`, wb09 授时偏差超限事件 `≤ 0 起`, wb08's first project `0起`); typed
percents 99.9%, 99.95%, 100% and 99.5% (wb01, wb09, wb11, wb17) with `%` also in the unit column
(wb01, wb09); a rise in 百分点 (wb03 `≥5百分点`); points at two levels that both add to 100
(wb03); unit cost × count exactly equal to the money (wb07 10场 × 1.2 = 12; wb18 4组 × 3 = 12
in its detail line); the same 用户满意度 with 90% and 92% in two stacked projects (wb07); a 合计
row in a flat list (wb09); equal 中期 and 年度 values for rates, deviations and caps in a
three-year project (wb11); a 说明 row explaining a total (wb15 35座 × 0.4 = 14万元, the rest for
spare parts), a repeated header after a page break, a fill date in 2024 (wb15); long project
codes as text in an export (wb17); `100%` on 及时率 / 审核通过率 (wb07).

Judgements: a typed 105% on an availability rate is an impossibility (error), ≥ on 反向 rates
and costs only doubtful (warning). In wb04 the scores are checked per tier as written, so the
产出 tier (45 against 50) is the mistake; the misplaced 时效 row is a separate F105. In wb08 and
wb14 the total cell carries the B101 mark, though the wrong figure could be any of the parts.
wb12's `2026年11月30日前` in the 中期 column lies within the two-year period. wb15's second
block repeats 产出指标 after the page break; that is the same tier-1 continued, not a
duplicate. wb14's `节目整点报时偏差超1秒的频次 ≤2次` names a threshold, not a target, so no
name/value conflict is marked.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout382 import budgets, layouts, projects
from tests.variants.holdout382.registry import HOLDOUT382
from tests.variants.kit import Variant

MODULES = (projects, layouts, budgets)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT382, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 382nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
