"""The 450th held-out set: 18 invented returns on an amateur cycling road race (自行车赛) and
its greenway course, with a careful reviewer's marks, to measure ``goalbook check`` out of
sample. Invented places and units: 榆汀市 (体育局, 体育赛事服务中心, 绿道管理中心), 枫渚区
(文化体育和旅游局, 绿道建设服务站), 汀栖湖绿道; budget year 2025, money in 万元.

Layouts: project heads (``heads.project_head``) and department heads with their money blocks;
tier-1 and tier-2 merged down; an operator column (指标性质) with a unit column and percents
typed in Excel (yr01, yr02); stacked projects (yr03, yr04); tier-1 and indicator score columns
(yr05, yr06); 中期 and 年度 columns (yr07, yr08); flat department lists in two column orders
(yr09, yr10); header 预期目标 with template rows (yr11); a two-row header with 考核指标,
目标值（年度）, 绩效标准 and 评价标准, word operators (yr12); department budgets with a row of
shares and tasks (yr13, yr14); a 说明 row, a header repeated after a page break, footnotes,
填表说明 and signature lines (yr15); a budget-system export with codes in the first columns and
the header on the third row (yr16); tables on a second sheet under 绩效目标值 / 预期实现值 with
decorated labels (yr17, yr18).

Planted mistakes (return: code, highest accepted severity, place):

* yr02: T106 error Sheet1!E11 (完赛率 typed as 105%); T108 warning Sheet1!D15, row (比赛伤病
  发生率 with ≥).
* yr04: B101 error 绩效目标表!C20, row (second project: 28 + 5 ≠ 35); T105 error 绩效目标表!D25
  (志愿者岗前培训合格率 given as 150人).
* yr06: W103 error 绩效目标!B9 (一、产出指标 declared 50, its indicators 45); W103 error
  绩效目标!B15 (三、效益指标 declared 20, its indicators 25); F105 error 绩效目标!C14 (（二）时效
  指标 under 二、成本指标).
* yr08: D204 warning 绩效目标表!D9 (年度目标 identical to 中期目标 in a two-year project);
  D202 warning 绩效目标表!E11 and E12 (连通里程 and 新建驿站 copied from 中期 into 年度).
* yr10: W101 error, book level (flat-list weights add to 95); T112 error Sheet1!B12 (value
  ``12万元`` against unit column 公里); T108 warning Sheet1!B15, row (反向 处置时长 with ≥24).
* yr11: F110 error Sheet1!C10 (a value ≥12个 with an empty name); F109 warning Sheet1!B15, row
  (生态效益指标 left from the template with nothing under it).
* yr14: B101 error Sheet1!B4, row (财政拨款 330 + 其他资金 40 ≠ 资金总额 380); B111 error
  Sheet1!E5 (基本支出 share 32.11% for 160 / 380 = 42.11%); B102 error Sheet1!D10, row (tasks
  90 + 70 + 55 = 215 against 金额合计 220).
* yr16: X105 warning 部门项目支出预算05-1!E5, X103 accepted (``27.537 5``); X104 warning
  部门项目支出预算05-1!I5 (计划完成日期 typed as the text ``45961``); T113 warning
  部门项目支出绩效目标05-2!F12 (改造工程完工时间 ``100%``).
* yr18: F105 error 绩效目标!B7 (成本指标 under 效益指标 in an OLD-NAT table); T107 warning
  绩效目标!D9 (赛事观众满意度 ``=95%``).

23 required marks on 9 returns; the other 9 are correct.

Legitimate look-alikes in the correct returns: ``= 0 起`` on 重大安全责任事故 (yr01) and on 绿道
骑行伤亡事故 (yr09), ``0起`` without operator (yr03); 下降率 with ≥ (赛事投诉量下降率 yr01,
骑行者投诉量下降率 yr09); percents typed in Excel (``pct``) in yr01, yr09 and the share row of
yr13; ``=100%`` on 到位率 / 上岗率 / 覆盖率 at the ceiling (yr03, yr05, yr13, yr15, yr17); rates
raised in 百分点 (yr05, yr13); tier and indicator scores both adding to 100, with a 合计 row
(yr05); the same name 服务对象满意度 with ≥90% and ≥85% in two stacked projects (yr03); unit
cost × count equal to its money (yr13: 600人 × 1200元 = 72万; yr17: 7 × 6万 = 42万) or within it
(yr01, yr03, yr07, yr09, yr12); equal 中期 and 年度 values for rates and unit costs, lower
annual values for counts (yr07); a 合计 row under a flat list (yr09); a footnote explaining the
28万元 cost cap (12 + 10 + 6, yr15); fill and signature dates in 2024 (yr13, yr15 and the
department heads); 驿站日均开放时长 ≥10小时 (a 正向 duration, yr17); 评价标准 texts holding %
(yr12).

Judgements where a reviewer could hesitate:

* yr04: B101 is marked at the 年度资金总额 cell with ``row=True``; the figure to fix could as
  well be 财政拨款 or 其他资金 in the same row.
* yr08: with the counts copied, no unit cost is given, so nothing else follows from them; the
  annual cost cap 700万元 equals the annual money.
* yr10: ``12万元`` for a length is a unit conflict (T112), not a rate problem; the 8万元/公里
  cost then matches the 96万元 task once the length is read as 12公里.
* yr11: the empty template row under 效益指标 is F109 only; a T101 there would quote an empty
  name.
* yr14: the 财政拨款 and 其他资金 shares match their amounts; that they no longer add to 100% is
  the B101 itself, not a second share mismatch. The 项目支出 220 and 金额合计 220 agree, so the
  task lines are what is wrong (B102 at 金额合计).
* yr16: the two projects of the export are told apart by 项目编码 / 项目名称 in every row; after
  the split number is read as 27.5375 the 05-1 合计 row adds up.
* yr18: 成本指标 under 效益指标 is F105 (OLD-NAT owner 产出指标), not a second framework.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout450 import greenway, offices, race
from tests.variants.holdout450.registry import HOLDOUT450
from tests.variants.kit import Variant

MODULES = (race, greenway, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT450, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 450th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
