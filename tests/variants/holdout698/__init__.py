"""The 698th held-out set: 18 invented returns of a township's care for the elderly, with a
careful reviewer's marks, written blind to measure ``goalbook check`` out of sample.

Theme: a township elderly day-care centre (日间照料中心, kaf01–kaf06), a home-visit meal
delivery service (上门送餐, kaf07–kaf12) and a volunteer time-bank for caring for the elderly
(时间银行, kaf13–kaf18). Places, units, people, phone numbers and figures are invented
(沅柘镇, 泮塘乡, 岚柘镇, 鹭汀镇, 禾岭镇). Budget year 2025 throughout; money in 万元.

Layouts: project heads (``heads.project_head``) with one-year and multi-year money blocks and
department heads (``heads.department_head``) with budget, shares and tasks; tier-1 and tier-2
merged down; tier labels plain, numbered (一、 / 1. / （一）), with points (产出指标（50分）),
marked with ``*`` or abbreviated (产出, 数量); header words 三级指标 / 指标值, 考核指标 /
绩效目标值, 指标内容 / 预期实现值, 预期目标, 中期指标值 / 年度指标值; an operator column in
symbols or in words with a unit column; a two-row header; a flat list (指标名称 · 权重 ·
计量单位 · 指标性质 · 指标值); two projects stacked in one sheet; a table on a second sheet;
note, 说明, stamp and signature lines.

Planted mistakes (code, highest accepted severity, place):

* kaf02-daycare-meal-aid: D104 ≤warning at the 日间照料服务老人数 value (row; goal 120, value
  100); Y102 ≤error at the 康复室改造完成时间 date cell 2026-06-30 (alt D104; one-year 2025
  project, goal says 6月底前); B107 ≤warning at the 助餐补助标准 value (row; 8元 × 30000人次 =
  24万 > 20万).
* kaf04-daycare-period-copy: Y103 ≤error at the 年度目标 cell (alt Y101; “2024年度” in a
  2025–2026 project); D202 ≤warning at the annual 护理员培训人数 (alt D104; 60 copied from the
  period, goal's year says 30); D201 ≤error at the annual 托养失能老人人次 (5200 > 4800).
* kaf06-daycare-department-tasks: B102 ≤error at the 金额合计 amount (45 + 30 ≠ 80); D103
  ≤warning on the row 独居老人巡访覆盖户数 under 社会效益 (alt D101; same as 独居老人巡访户数
  under 数量); F201 ≤warning on the row 巡访老人满意度 under 社会效益.
* kaf08-meals-stacked: D102 ≤error on the second 助餐服务人次 row of the first project (alt
  D101, D103, D104; 15000 and 12000); B101 ≤error at the second project's 年度资金总额 (20 + 8
  ≠ 25).
* kaf10-meals-goal-against: D104 ≤warning on the row 送餐覆盖独居高龄老人户数 (goal 260, value
  200); F201 ≤warning on the row 餐品抽检合格率 under 时效; Y102 ≤error at the date cell
  2024-06-30 of 送餐车辆更新完成时间.
* kaf12-meals-central-kitchen: B103 ≤error at the annual 年度资金总额 95 (> 中期 90; the annual
  财政拨款 76 and 其他资金 19 are tolerated up to error, the same problem); D204 ≤warning at the
  年度目标 cell (verbatim copy of the 中期目标); D202 ≤warning at the annual 累计送餐份数.
* kaf14-timebank-goal-against: D104 ≤warning on the row 注册志愿者人数 (goal 1500, value 1200);
  D102 ≤error on the row 志愿者注册人数 under 社会效益 (alt D103, D101, D104; 1000 vs 1200).
* kaf16-timebank-last-year-dates: Y101 ≤error on the book (alt Y102; 2025 title, plan dates
  2024-01-01…2024-12-31); T105 ≤error at the 志愿服务时长兑换完成率 value “1200小时”; F201
  ≤warning on the row 新增结对志愿者人数 under 质量.
* kaf18-timebank-department-money: B101 ≤error at 资金总额 85 (70 + 10 = 35 + 45 = 80); Y102
  ≤error at the 关爱行动完成时间 date cell 2026-09-30 (alt D104).

Legitimate look-alikes in the correct returns: a goal's count with its part in brackets and
both as indicators (kaf01 20张 / 其中8张, kaf11 30000人次 / 其中8000人次, kaf13 300人 / 总数
1500人); 跌倒发生率 ≤1% (kaf01); the period's counts beside smaller year's counts and rates and
unit costs equal in both columns (kaf03, kaf17); a later year the work prepares for (kaf03
“为2028年全县推广积累经验”); tier points and indicator points both adding to 100 and a rate
raised ≥5百分点 (kaf05, kaf13); 0起 on a food-safety incident count (kaf07, kaf09); a 下降率 with
大于等于 (kaf09); typed percent cells (kaf01, kaf05, kaf07, kaf13); unit costs × counts equal to
their money (kaf05 25元 × 20000 = 50万, kaf11 8元 × 30000 = 24万, kaf13 500元 × 300 = 15万);
金额合计 equal to 项目支出 when only project tasks are listed (kaf05, kaf07, kaf13); a fill date
in the year before the budget year (kaf11, kaf15).

Judgements: a conflicting duplicate (kaf08, kaf14) is accepted up to error, a duplicate with
the same value (kaf06) only up to warning; a 2024 年度目标 in a 2025 return (kaf04) is taken as
a year conflict and accepted up to error; a deadline outside a one-year project's year (kaf02,
kaf18) is an error even though it also contradicts the goal's text; in kaf02 the cost check
compares against the whole 年度资金 (20万); in kaf10 the date 2024-06-30 is a leftover, not a
typo for a next-year date; a satisfaction rate under 社会效益 while a 满意度 tier also exists
(kaf06) is a wrong tier-2, not a missing tier-1.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout698 import daycare, meals, timebank
from tests.variants.holdout698.registry import HOLDOUT698
from tests.variants.kit import Variant

MODULES = (daycare, meals, timebank)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT698, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 698th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
