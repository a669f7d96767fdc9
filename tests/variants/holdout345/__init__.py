"""The 345th held-out set: astronomy popularisation and a planetarium (天文科普).

18 invented returns of 澄屿市天象馆 and 澄屿市科学技术协会 (budget year 2025), 9 correct and 9 with
2–3 planted mistakes each (22 required marks). Everything is invented: places (澄屿市, 岫川区,
鹭栖山), units, people, phone numbers and figures.

Modules and layouts:

* ``domes`` (the planetarium half: dome shows and school visits), uq01–uq06: project heads with
  operator and unit columns and percent cells typed in Excel (uq01, uq02); two projects stacked
  in one sheet with one value column (uq03, uq04); a tier-1 score column merged with its tier-1
  beside an indicator score column (uq05, uq06).
* ``nights`` (public observation nights and telescope lending), uq07–uq12: department heads
  with flat lists in two column orders (uq07, uq08); a three-year project with 中期 and 年度
  columns (uq09, uq10); note rows, a header repeated after a page break, 填表说明 and signature
  lines (uq11); operators inside the values (uq12).
* ``skies`` (light-pollution monitoring and dark-sky publicity), uq13–uq18: numbered and
  decorated tier labels (uq13, uq14); a budget-system export with the table on a second sheet
  under 考核指标 / 目标值（年度） and codes in the first columns (uq15); a value column headed
  预期目标 with a template row left empty (uq16); PDF-conversion artefacts with detail lines
  (uq17); a department budget with a share row and tasks (uq18).

Planted mistakes (return: code, highest accepted severity, place):

* uq02-dome-percent-wrong: T106 ≤error at the 巡映计划场次完成率 value (pct 1.05, E11);
  T108 ≤warning, row, at the ≥ of 巡映安全事故发生率 (operator column).
* uq04-school-stacked-wrong: B101 ≤error at the second project's 年度资金总额 (38 ≠ 30 + 6);
  T105 ≤error at 乡村学校天文角覆盖率 `15所`.
* uq06-dome-points-wrong: W103 ≤error at the 效益指标 score cell (declared 30, indicators
  10 + 10 + 5 = 25), W101 accepted; T107 ≤warning, row, at 观众满意度 `=95%`.
* uq08-nights-flat-wrong: T112 ≤error at 观测夜参与人次 `≥1.2万元` (unit column 人次); T108
  ≤warning, row, at 观测夜因组织原因取消率 `≥5%` declared 反向; W101 ≤error, book level
  (weights 95).
* uq10-lending-multi-year-wrong: D202 ≤warning at the annual cells of 望远镜借用服务次数 and
  社区借用点 (copied from 中期); D201 ≤error at the annual 新增可借用望远镜 `≥75台` (period 60).
* uq12-nights-direction: T108 ≤warning, row, at 借出望远镜损坏率 `≥3%` and at 故障报修响应时间
  `≥24小时`; T113 ≤warning at 年度维护保养完成时间 `100%`.
* uq14-skies-wrong-parent: F105 ≤error at `2.社会效益指标` under `一、产出指标`; T105 ≤error at
  光污染投诉办结率 `30件`.
* uq16-skies-template-empty: F110 ≤error at the empty name beside `≥200夜`; F109 ≤warning, row,
  at the 时效指标 template row with neither indicator nor value.
* uq17-skies-artefacts: X105 ≤warning at 财政拨款 `51.7 5` (X103 accepted); X104 ≤warning at
  the 计划完成日期 text `46022`; X106 ≤error at the detail line `18万18万（含安装调试）` (B108
  accepted).

Legitimate look-alikes in the correct returns:

* uq01: 设备故障停演率 ≤2 % (a 反向 rate with ≤), percent cells with `%` also in the unit column,
  a date cell as the 首映 deadline, 0.2万元/场 × 320 场 = 64 within 86.
* uq03: the same 参与师生满意度 with ≥90 % and ≥92 % in two stacked projects (each is its own
  table); 送课途中安全事故 `0起`; `100%` on 持证上岗率 (the ceiling); 其他资金 0.
* uq05: tier-1 scores and indicator scores both adding to 100 (only one level is counted);
  青少年观众占比 `提高≥3百分点`; 节目播放差错率 ≤0.5 %.
* uq07: 望远镜借还差错下降率 ≥20 % (a 下降率 raised, ≥ is right); 观测活动安全事故 `=` 0 起;
  no tiers in a flat list; weights 100.
* uq09: rates, unit costs, time limits and 持续运行年限 equal in both columns of a three-year
  project; cumulative counts strictly lower in the year.
* uq11: a 注 row inside the table and a repeated header are not indicators; the fill date in
  December 2024 is before the budget year, as forms are filled; `提前3天以上`.
* uq13: `一、产出指标（40分）`, `（一）数量指标`, `★（二）质量指标`, `*（三）时效指标`, 经济成本 and
  社会效益 without 指标; tier points only, at one level; 夜空背景亮度 ≥20.5星等/平方角秒 (a darker
  sky is a larger magnitude, so ≥ is the right way).
* uq15: the table on a second sheet under a title and unit row; a typed percent cell 95 %.
* uq18: shares of 100/90/10/60/40 % matching their amounts; tasks adding to 项目支出 200 (not to
  资金总额 500), with a note saying so; 市民天文科普参与率 `提高≥2百分点`.

Judgements where a reviewer could hesitate:

* uq08's `≥1.2万元` for a count of 人次 is marked T112 (unit conflict, an error per §4.2 rule 2),
  not a magnitude problem. Its weights (95) are marked at book level.
* uq10: D202 is marked at each copied annual cell; the third column pair (rates, time limits,
  unit costs) is legitimately equal and unmarked.
* uq12: 响应时间 with ≥ is a direction conflict (a response time is 反向); `100%` on a 完成时间
  is T113, a warning (the reviewer asks for a date).
* uq16: the empty name is marked F110 at the name cell (the value row inherits 产出/数量 from
  the merged block); the empty 时效指标 is F109 (row).
* uq17: `51.7 5` is read as 51.75, and then 51.75 + 8.25 = 60 and the detail lines
  18 + 24.5 + 17.5 = 60 add up, so no B101/B102 is marked; `46022` is 2025-12-31 and in the
  budget year once read.
* uq06: the indicator scores total 95 against a tier total of 100; the W103 at the tier score
  names the same problem, so W101 is accepted there.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout345 import domes, nights, skies
from tests.variants.holdout345.registry import HOLDOUT345
from tests.variants.kit import Variant

MODULES = (domes, nights, skies)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT345, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 345th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
