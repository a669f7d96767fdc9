"""The 312th held-out set: relief stations for vagrants and beggars (救助管理站运行,
流浪乞讨人员救助, 寻亲服务, 街面巡查救助, 临时救助), 18 invented returns (9 correct, 9 with 25
required marks) in the invented city 沅塘市 (栖枫区, 岚峪县), budget year 2026.

Modules: ``station`` (tj01–tj06, running the station), ``patrol`` (tj07–tj12, street patrols
and aid to vagrants), ``reunion`` (tj13–tj18, family tracing and temporary aid).

Layouts:

* tj01 project, OLD-NAT, 指标性质 as operator column, unit column, percent cells, 万元 only in
  the number format (correct);
* tj02 department, NAT-2021, tasks adding to 金额合计, a 说明 row inside the table, footnotes,
  signature (correct);
* tj03 department, NAT-2021, money and a percent cell wrong;
* tj04 two projects stacked, OLD-NAT, one value column (correct);
* tj05 project, OLD-NAT, headers 指标内容 / 绩效标准, a 填表说明 row under the header;
* tj06 budget-system export, codes in the first columns, sheets 05-1 (money in 元) and 05-2
  (header on row 3, 目标值（年度）), tiers repeated in every row;
* tj07 department, flat list 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值 (correct);
* tj08 department, flat list 指标名称 · 指标值 · 计量单位 · 指标方向 (正向/反向) · 权重;
* tj09 two-year project, NAT-2021, 中期 and 年度 columns, points in the tier-1 labels and an
  indicator score column, a 合计 row (correct);
* tj10 three-year project, OLD-NAT, 中期 and 年度 columns;
* tj11 project, OLD-NAT, labels with *, ★, abbreviations and a numbered tier-2 (correct);
* tj12 project, NAT-2021, numbered labels 一、 / （一）;
* tj13 project head on 项目信息, the table on 绩效指标 under a two-row header 预期实现值
  (比较符 · 数值) with a unit column (correct);
* tj14 project, OLD-NAT, operator and unit columns;
* tj15 department, NAT-2021, weight column, header repeated after a page break, 小计 rows per
  tier-1 and a 合计 row (correct);
* tj16 two projects stacked, OLD-NAT, the second with only 年度 money rows;
* tj17 project, NAT-2021, a tier-1 score column (B) and an indicator score column (F);
* tj18 two-year project, NAT-2021, operators in words (大于等于 / 小于等于) in their own column,
  中期 and 年度 columns, unit column (correct).

Planted mistakes (code, highest accepted severity, place):

* tj03: B101 error at 部门整体!B4 (row): 基本支出 560 + 项目支出 335 = 895 ≠ 资金总额 905;
  B102 error at 部门整体!D10 (row): tasks 160 + 90 + 48 + 27 = 325 ≠ 金额合计 335;
  T106 error at 部门整体!D16: 85 typed into a percent cell, shown 8500%.
* tj05: T106 error at Sheet1!D13 (档案完整率 ≥105%); T108 warning at Sheet1!D14 (row; a
  response time with ≥); F202 warning at Sheet1!C16 (row, alt F201; 预算执行率 under 成本指标).
* tj06: X103 warning at 部门项目支出预算05-1!E5 (``1,125,000.00`` stored as text);
  T113 warning at 部门项目支出绩效目标05-2!G6 (设施改造完成时间 100%).
* tj08: T112 error at Sheet1!B10 (alt T105; ≥90% against the unit column 人次); T108 warning
  at Sheet1!B11 (row; 漏报率 marked 反向 with ≥3%); W101 error at book level (weights add to 95).
* tj10: D204 warning at Sheet1!D9 (年度目标 copied from 中期目标); D202 warning at Sheet1!E11
  (a three-year count copied into the 年度 column); D201 error at Sheet1!E12 (annual 4000 above
  the period 3600).
* tj12: F110 error at Sheet1!C14 (a value ≥98% with an empty name); F105 error at Sheet1!B16
  (（四）社会效益指标 under 产出指标); F109 warning at Sheet1!B18 (row; （二）生态效益指标 left
  empty).
* tj14: T106 error at Sheet1!E11 (96 typed into a percent cell, shown 9600%); T105 error at
  Sheet1!E12 (寻亲公告发布完成率 320 人); X104 warning at Sheet1!E13 (text ``46295``, a date
  serial for 2026-09-30).
* tj16: B101 error at Sheet1!C20 (row; 财政拨款 100 + 其他资金 15 ≠ 120 in the second
  project); B107 warning at Sheet1!D27 (row; 800 元/人次 × 1800 人次 = 144万 > 120万), with a
  tolerated B107 at the count row D24.
* tj17: W103 error at Sheet1!B11 (产出 declared 50, indicators 15 + 15 + 10 + 5 = 45); F109
  warning at Sheet1!C17 (row; 生态效益指标 left empty); T107 warning at Sheet1!E18 (=95% on a
  satisfaction rate); W101 error at book level tolerated (the 95 total follows from the gap).

Legitimate look-alikes in the correct returns:

* ``=`` with 100% (tj01 登记率, a percent cell at the ceiling) and ``100%`` without operator
  (tj04 消防验收合格率); ``=100%`` as text also stands in tj06 beside its marks;
* 0 on incident counts: 站内安全责任事故 ≤ 0 起 (tj01), 冻伤冻亡事件 ≤ 0 (tj07), 站内火灾事故
  ≤0起 (tj04), 冻伤事件 ≤0起 (tj11);
* 下降率 with ≥ (tj01, tj07 投诉量下降率, tj09, tj18 with 大于等于); a 反向 比例/走失率 with ≤
  (tj13, tj18);
* a rate raised in 百分点 (tj09 提高≥5百分点 / 提高≥3百分点);
* points twice: tj09 tier-1 points in the labels and indicator points, both 100; tj15 小计 rows
  and indicator weights, both 100, plus a 合计 row; tj07 a 合计 row of the weights;
* bare 0–100 numbers with % in the unit column (tj07, tj13) beside percent cells;
* cost × count equal to the money (tj04 1200 × 800 = 96万; tj06 2500 × 450 = 112.5万, though
  tj06 is not correct for other reasons);
* the same 受助人员满意度 with ≥90% and ≥92% in two stacked projects (tj04, tj16);
* a footnote explaining that 金额合计 is 项目支出 only (tj02), a 说明 row inside the table
  (tj02), a 注 row above the table (tj11) and below it (tj09, tj18), fill and signature dates
  in 2025, the year before the budget year;
* annual = period for rates, times and unit costs in multi-year projects (tj09, tj18), while
  every cumulative count is strictly smaller in the 年度 column.

Judgements where a reviewer could hesitate:

* B101 in tj03 is marked on the row of the budget line (the finding may land at 资金总额 or
  at 项目支出); B102 on the 金额合计 row.
* tj05 预算执行率 under 成本指标: F202 (scored separately), F201 accepted; at most a warning.
* tj06: a number stored as text is a warning (X103), and a deadline given as 100% is T113
  (warning): the value is unreadable as a date rather than impossible.
* tj08: ``≥90%`` against 计量单位 ``人次`` is an impossibility (error), T105 accepted.
* tj16: standard × count above the money is doubtful, not impossible (some people may need no
  fare): a warning, marked at the standard's row, tolerated at the count's row.
* tj17: ``=95%`` on 满意度 is the T107 warning of domain.md §4.2 rule 6; the tier-1 gap is W103
  error; the overall W101 it causes is tolerated, not asked for.
* tj18: 人均托养费用 is per month; 2400 × 40 人 × 12 = 115.2万 fits the 150万 annual money.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout312 import patrol, reunion, station
from tests.variants.holdout312.registry import HOLDOUT312
from tests.variants.kit import Variant

MODULES = (station, patrol, reunion)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT312, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 312th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
