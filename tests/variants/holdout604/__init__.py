"""The 604th held-out set: 18 invented returns on snail (蜗牛) and mealworm (黄粉虫) farming
and a forest-frog (林蛙) reserve in the invented 澜石县 (枫垭镇, 鹭湾乡, 白鹇岭 reserve), budget
year 2026, with a careful reviewer's marks. Aim: checks across the table.

Layouts: project heads (one-year and multi-year with 中期/年度 money) and department heads with
budgets and tasks; operator and unit columns; operators inside values; a direction column
(指标性质 正向/反向) beside an operator column (指标方向); numbered tier labels with points and
an indicator score column; labels with * and ★ and abbreviations; headers 指标内容/绩效标准,
预期实现值, 考核指标; a two-row header; a flat department list; stacked projects; a table on a
second sheet; a budget-system export (05-1 / 05-2, codes in the first columns); note rows,
填表说明, a 合计 row, signature and seal lines; typed percent cells, 万元 number formats, dates.

Planted mistakes (code, highest accepted severity, place):

* ep02-snail-breeding-goal: Y101 error at the 计划完成日期 cell (alt Y102; one-year plan
  ending 2027); D104 warning, row of 推广良种养殖户 (goal 50户, indicator ≥30户); D103 warning,
  row of 种螺繁育成活率 (alt D102, D101, D104; near-duplicate of 种螺成活率 with another value).
* ep04-snail-park-period: D201 error, row of 园区建设面积 (年度 150亩 > 中期 120亩; alt D104);
  D202 warning at the 年度 cell of 纳入追溯建档养殖户 (cumulative count copied); Y102 error,
  row of 冷库主体工程完工时间 (年度 deadline in 2027; alt Y101, Y103).
* ep06-snail-department-money: B101 error at 资金总额 (80 + 95 ≠ 185); B102 error at 金额合计
  (50 + 25 + 15 ≠ 95); D104 warning, row of 建成养殖示范基地 (goal and task 2处, indicator ≥3处).
* ep08-mealworm-wrong-tier: F201 warning, row of 虫卵孵化合格率 (a quality rate under 时效);
  D101 warning, row of the second 养殖技术培训人次 under 社会效益 (alt D103, F201).
* ep10-mealworm-subsidy-cost: B101 error at 年度资金总额 (30 + 15 ≠ 40); Y103 warning at the
  年度绩效目标 cell (2025 in a 2026 return; alt Y101); B107 warning, row of 养殖设备补贴标准
  (0.8万元 × 60户 = 48 > 40).
* ep12-mealworm-stacked-defects (second project): B101 error at its 年度资金总额 (45 + 10 ≠ 60);
  D102 error, row of the second 有机肥加工量 (500吨 / 800吨; alt D101, D103); Y102 error, row of
  加工线投产时间 (2025年12月31日前; alt Y101, Y103).
* ep14-frog-patrol-goal: Y103 warning at the 年度绩效目标 cell (2025年度; alt Y101); D104
  warning, row of 保护区巡护次数 (goal 240次, indicator ≥200次).
* ep16-frog-release-period: Y101 error at 计划完成日期 (3-year plan 2026—2028 ending 2027; alt
  Y102); D204 warning at the 年度目标 cell (copied from 中期目标); D201 error, row of 野外放归幼蛙
  (年度 60万只 > 中期 50万只).
* ep18-frog-core-labels: B107 warning, row of 越冬场所修复亩均成本 (0.5万元 × 120亩 = 60 > 45);
  D103 warning, row of 林蛙越冬场所修复面积 under 生态效益 (alt D102, D101, F201, D104;
  120亩 / 150亩).

Legitimate look-alikes in the correct returns: a goal total with its parts in brackets (ep01,
12座 = 8 + 4); =100% on rates, typed percent cells with a % unit column (ep01, ep05, ep14); the
same indicator name with different values in two stacked projects (ep03, 带动农户数); a 下降率
with ≥ (ep05, ep15, and ep14's 干扰下降率); a rise in 百分点 (ep07); tier points and indicator
points both adding to 100 with a 合计 row (ep07); a note row inside the table and 填表说明
(ep09); a later year the work prepares for (ep09 2027, ep17 2028); fill dates in 2025 (ep01,
ep05, ep09, ep15); the period's count beside a smaller year's, rates and unit costs equal in
both columns (ep13, ep16, ep17); 0起 on an incident count (ep15); a footnote explaining the
金额合计 (ep15); unit cost × count within its money everywhere else; `=100%` stored as text in
the export (ep11).

Judgements: a near-duplicate with another value is marked as a warning (D103), an exact repeat
with two values as an error (D102); a year left in the goal text is a warning (Y103), a plan
date contradicting the 项目期 and the title year an error (Y101); a 年度 deadline in another
year is an error (Y102); the duplicate training count under 社会效益 is one problem (D101, F201
accepted); B107 is marked at the cost row, not at the money.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout604 import frog, mealworm, snail
from tests.variants.holdout604.registry import HOLDOUT604
from tests.variants.kit import Variant

MODULES = (snail, mealworm, frog)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT604, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 604th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
