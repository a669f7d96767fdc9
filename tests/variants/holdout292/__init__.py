"""Held-out set 292: press, publishing and copyright (新闻出版).

Theme, in two halves: 农家书屋 and 全民阅读 (``reading``: sp01–sp06, plus the reading tasks of
sp15), and 版权保护, 印刷业监管 and 出版物市场检查 (``rights``: sp07–sp12; ``market``:
sp13–sp18). Places, units, people, phone numbers and figures are invented (蓼原县, 苇湾区, 鸿陂市,
岑塘县). Budget year 2026 throughout; fill and signature dates fall in late 2025.

Layouts: one-year project heads with operator and unit columns (sp01, sp02, sp18); two projects
stacked in one sheet (sp03, sp04); three- and two-year projects with 中期 and 年度 columns (sp05,
sp06); department heads with flat lists, operator column or direction column (sp07, sp08);
tier-1 score columns beside indicator scores (sp09, sp10); a two-row header with 指标内容 and
绩效标准, a 注 row inside and 说明 / 填表说明 / signature lines under the table (sp11); the head on
one sheet and the table on a second sheet under 预期实现值 (sp12); a budget-system export with
sheets 「部门项目支出预算05-1」 and 「部门项目支出绩效目标05-2」, codes in the first columns,
header on the third row, operators in words and 度量单位 (sp13); department tables with typed
budget shares, tasks, weights, subtotals and a header repeated after a page break (sp14, sp15);
指标性质 as direction with 指标方向 as operator (sp16); abbreviated tier labels, one value column
and budget detail lines (sp17); an instruction row inside the table and detail lines (sp18).

Planted mistakes (code, highest accepted severity, place):

* sp02-reading-percent-wrong: B101 error at Sheet1!C5 (row): 年度资金总额 85 ≠ 70 + 10; T105
  error at E10: 重点群体阅读活动覆盖率 given as 8000 人次; T106 error at E11: a typed 105% on an
  approval rate.
* sp04-shuwu-stacked-wrong: B101 error at Sheet1!C21 (row): the second project's 42 ≠ 35 + 5;
  T108 warning at D30 (row): 书屋出版物丢失损坏率 ≥3%.
* sp06-shuwu-multiyear-wrong: D202 warning at Sheet1!E11 and E14: cumulative counts (书屋 240个,
  培训 480人次) copied from the two-year column; D201 error at E13: annual 180场 above the
  period's 150场.
* sp08-copyright-flat-wrong: T112 error at Sheet1!B14: ≥15场 against the unit column 人次; T108
  warning at B16 (row): 作品登记退件率 declared 反向 with ≥3%; W101 error at book level: weights
  add to 95.
* sp10-copyright-points-wrong: W103 error at Sheet1!B9 (产出 40, indicators 45) and B16 (效益
  30, indicators 25); T107 warning at E18: 举报人满意度 =90%.
* sp12-copyright-second-sheet-wrong: F110 error at 绩效指标!C4: a value ≥200条 without a name;
  F109 warning at B10 (row): 生态效益指标 left from the template with nothing under it.
* sp15-market-department-wrong: B101 error at Sheet1!B4 (row): 基本支出 220 + 项目支出 150 ≠
  资金总额 380; B102 error at D10: tasks 45 + 38 + 40 + 20 = 143 ≠ 金额合计 150; T105 error at
  D16: 农家书屋出版物更新覆盖率 ≥180个.
* sp16-printing-direction-wrong: X104 warning at Sheet1!F4: 计划完成日期 stored as the text
  46387; T108 warning at E10 (row): a 正向 count with 小于等于; T108 warning at E12 (row): a 反向
  不合格率 with 大于等于.
* sp18-printing-noise-wrong: T115 error at Sheet1!E14: 每家印刷企业抽检成本 ≤0 万元/家; X105
  warning at D21 (X103 accepted): a detail amount 3.7 5 split by a space.

Legitimate look-alikes in the correct returns: =100% / 等于 100% on rates at the ceiling (sp01
typed pct(1), sp03, sp07 typed, sp09, sp13 typed, sp14, sp17 as text starting with =); a
下降率 with ≥ (sp07 重点网站侵权链接数量下降率, sp14, sp17); a 差错率 with ≤ in a flat list
(sp07); rates raised in 百分点 (sp05 ≥3 / ≥1百分点, sp09 ≥3百分点); tier-1 points and
indicator points both adding to 100 (sp09); page subtotals 50 + 50 and a 合计 100 in a weight
column (sp14); the same name 读者满意度 (≥90% / ≥92%) and two 单场 cost indicators in two
stacked projects (sp03); annual values equal to the period values for rates, unit costs and
weekly opening hours in a three-year project, counts split by year (sp05); unit costs × counts
inside the money (sp01: 0.35 × 240 + 12 = 96, exactly the budget; sp05: 30 × 15 ≤ 600 and
30 × 5 ≤ 200; sp09: 5 × 6 + 18 ≤ 60; sp11: 2.5 × 6 ≤ 18; sp13: 0.08 × 504 ≤ 58.6; sp17: 0.5 ×
24 ≤ 28); dates as date cells (sp01 配送完成时间); ≥ carried by a custom percent format
'"≥"0%' (sp17); detail lines in a '#,##0.00' format adding to the total (sp17); typed budget
shares 100/90/10/60/40 % (sp14); fill and signature dates in the year before the budget year
(sp01, sp07, sp11, sp14); 注 / 说明 / 填表说明 / signature rows and a header repeated after a
page break, none of them indicators (sp11, sp14); a flat list without tiers (sp07).

Judgements where a reviewer could hesitate:

* sp17 `重大出版物市场安全事件 0起` has no operator: on an incident count = and ≤ coincide, so a
  warning there is tolerated (``ok``) and an error is not; 0起 is no zero-cost target (T115).
* sp05's 书房图书上架合格率 and sp03's 流动服务图书完好率 are typed percents without an operator;
  a careful reviewer reads them as targets and reports nothing (an info note at most).
* sp02: the B101 is marked at the 年度资金总额 cell with ``row=True``; which of the three amounts
  is wrong cannot be told. sp15 likewise: 财政拨款 + 其他资金 = 380 holds, 基本支出 + 项目支出
  does not, so the mark takes the whole row.
* sp08 weights add to 95, not 90: 90 would be a legitimate total when 预算执行率 is scored
  separately, 95 is not.
* sp06: the annual 单个书屋改造成本 0.3 × the copied 240 = 72 stays within the annual 90, so the
  copy causes no cost finding; only the copies themselves are marked.
* sp16: the 计划完成日期 text 46387 is marked X104 only; findings that follow from the unreadable
  date are not asked for.
* sp18: T115 is an error (a cost target of 0 cannot be met as written); the split 3.7 5 reads
  as 3.75, and the lines then add up to 14.
* sp12: only 生态效益指标 is marked; 社会成本 and 生态环境成本 are simply absent (not left as
  empty template rows), which is no finding in a copyright project.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout292 import market, reading, rights
from tests.variants.holdout292.registry import HOLDOUT292
from tests.variants.kit import Variant

MODULES = (reading, rights, market)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT292, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 292nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
