"""The 635th held-out set: 18 invented returns written blind, with a careful reviewer's marks.

Theme: 大闸蟹与稻蟹共生 (苇塘县, 泖西镇, 芦桥镇, 芦湾) and 裙带菜与海带筏式养殖 (鹭屿县, 石礁湾,
北湾, 北礁乡, 礁北乡). Budget year 2026 throughout; multi-year projects start in 2026. The set aims
at checks across the table: goal text against indicators, years and dates, 中期 against 年度,
duplicates, the wrong tier-2, unit cost × count against the money, parts against totals.

Layouts: project heads (one-year and multi-year, 中期/年度 money), department heads with budget
and task blocks, operator and unit columns, headers 指标内容/绩效标准, 预期目标, 中期/年度指标值;
numbered tier labels with points, ★/* marked and abbreviated labels; flat lists; two projects
stacked in one sheet; a budget-system export (codes in the first columns, money on
「部门项目支出预算05-1」, indicators on 「部门项目支出绩效目标05-2」 under a third-row header); a
table on a second sheet; 注/说明/填表说明 rows, a header repeated after a page break, 小计/合计
rows, signature and date lines.

Planted mistakes (code, highest accepted severity, place):

* fu02-ricecrab-goal-area: D104 ≤warning at the 示范面积 value (row; goal 3000亩, indicator
  2500亩); Y102 ≤error at the 防逃设施 deadline ``2025年9月30日前`` (row; alt Y101, Y103);
  B101 ≤error at 年度资金总额 (150 ≠ 120 + 20).
* fu04-crab-period-copied: D204 ≤warning at the 年度目标 cell (a copy of the 中期目标); D201
  ≤error at the annual 示范面积 (6000 > 5000); D202 ≤warning at the annual 培训养殖农户 (600 both,
  a cumulative count in a three-year project).
* fu06-crab-labels-duplicate: Y104 ≤error at 计划完成日期 2025-12-31 before the start 2026-02-01
  (alt Y102, Y101); D102 ≤error at the second 扣蟹投放数量 (row; ≥80万只 against 投放扣蟹数量
  ≥90万只; alt D103, D101, D104); F201 ≤warning at 扣蟹越冬成活率 under 时效 (row).
* fu08-kelp-cost-goal: T108 ≤warning at the operator of 海带病烂发生率 (row; ≥ on a 反向 rate,
  alt D104 since the goal says 5%以内); B107 ≤warning at 苗绳补助标准 (row; 1200元/台 × 1500台 =
  180万元 > 150万元); D104 ≤warning at 鲜海带产量 (row; goal 9000吨, indicator 8000吨).
* fu10-wakame-years: Y103 ≤warning at the 年度目标 (``2025年度…`` in a 2026 return; alt Y101);
  T105 ≤error at 裙带菜苗种附着率 ``≥30株/米``; Y102 ≤error at the harvest deadline
  ``2027年5月31日前`` of a one-year project (row; alt Y103).
* fu12-seaweed-department-tasks: B102 ≤error at 金额合计 350 (tasks 120 + 150 + 60 = 330; alt
  B101); D104 ≤warning at 新建海带养殖筏架 ≥600台 (row; the task says 800台).
* fu14-stacked-defects: D104 ≤warning at 带动养殖户 ≥100户 of the first project (row; goal
  120户); B101 ≤error at the second project's 年度资金总额 (90 ≠ 60 + 20).
* fu16-flat-duplicate-weights: D101 ≤warning at the second 养殖户满意度 (row; alt D103); W101
  ≤error at book level (weights 95), the 合计 cell tolerating W101 without asking for it.
* fu18-export-period-sheet: B103 ≤error at 年度资金总额 260 > 中期 200; F201 ≤warning at
  新建深水海带筏架 under 质量指标 (row); X104 ≤warning at the annual deadline ``46355`` (text).

Cross-table marks (found only by comparing parts of the return): fu02 D104, Y102, B101; fu04
D204, D201, D202; fu06 Y104, D102, F201; fu08 B107, D104; fu10 Y103, Y102; fu12 B102, D104;
fu14 D104, B101; fu16 D101, W101; fu18 B103, F201: 21 of 24.

Legitimate look-alikes in the correct returns:

* fu01: typed percents (pct 0.9, 0.15, 0.92) with % in the unit column; 化肥使用量下降率 ≥15%;
  the goal's 2000亩 with its parts in brackets; 500元/亩 × 2000亩 = 100万元 = 财政拨款 exactly.
* fu03: tier-1 points and indicator points both add to 100 (not 200); ``≥3百分点`` on a rate
  raised; 200元/人次 × 300人次 = 6万元 within 80万元.
* fu05: the period's counts above the year's, rates equal in both columns, ``为2028年全县推广
  积累技术数据`` (a later year the work prepares for), 0.5元/只 × 120万只 within the period money
  and × 55万只 within the year's.
* fu07: a 注 row between tiers, footnotes, 填表说明, fill date 2025-11-18 and a stamp line;
  ``≤0起`` on safety incidents; ``其中：深水抗风浪筏架 ≥400台`` a part of ``≥1200台``, not a
  duplicate.
* fu09: task budgets add to 金额合计 = 项目支出 320, with a footnote saying so; task targets match
  the indicators; 1500元/批次 × 200批次 within the 藻类监测 task's 70万元.
* fu11: operators in words, a 反向 rate with 小于等于, a growth rate, weights 100 with a 合计 row.
* fu13, fu14: the same 养殖户满意度 in two stacked projects with different values (own tables).
* fu15: codes in the first columns, tables on two sheets, ``=`` with 100% on a 合格率 (the
  ceiling); 8万元/处 × 12处 = 96万元 within 100万元.
* fu17: 小计/合计 rows and a repeated header are not indicators; ★ labels and abbreviations.

Judgements where a reviewer could hesitate:

* fu06: two values for one quantity is an impossibility of the table, so D102 up to error; the
  copied name differs only in word order.
* fu08: the ≥ on 病烂发生率 also contradicts the goal's 5%以内, so D104 is accepted there.
* fu10: the harvest of a wakame season falls in the next spring; a one-year 2026 project cannot
  set a 2027 deadline (it should be a two-year project), so Y102 up to error.
* fu04: the copied 年度目标 carries no numbers, so it does not also contradict the annual values.
* fu05: 2028 in the annual goal is the year the work prepares for, not a leftover year.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout635 import forms, ricecrab, seaweed
from tests.variants.holdout635.registry import HOLDOUT635
from tests.variants.kit import Variant

MODULES = (ricecrab, seaweed, forms)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT635, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 635th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
