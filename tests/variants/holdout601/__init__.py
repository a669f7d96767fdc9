"""The 601st held-out set: 18 invented returns on rice-noodle (米线) and 螺蛳粉 workshops
(``noodle``: em01–em06), fermented foods, 豆豉 and 泡菜 (``ferment``: em07–em12), and a
food-safety lab (``lab``: em13–em18), with a careful reviewer's marks. Written blind; all
names, units, people, phone numbers and figures are invented. Budget year 2026 throughout.

Layouts: project heads (one-year, two- and three-year with 中期 and 年度 columns), department
heads with budget and key tasks, two projects stacked in one sheet (em03, em16), a flat list
(em07), tier-1 and indicator points (em09, em10), numbered tier labels (em08), abbreviated
tiers in a budget-system export with codes and a third-row header on sheet 05-2 (em12), a
table on a second sheet under 预期实现值 (em11), headers 指标内容 / 绩效标准 (em02), 目标值（年度）
(em08), 预期目标 (em17), 绩效目标值 with operator and unit columns (em01), 指标性质 as
direction and 指标方向 as word operators (em13), a two-row header (em18), 注 / 说明 /
填表说明 rows and signature lines.

Planted mistakes (23 required marks; code, highest accepted severity, place):

* em02: D104 ≤warning Sheet1!D9 (row): the goal supports 30 workshops, the indicator 25;
  Y102 ≤error Sheet1!D12 (row, alt Y103): deadline 2027-03-31 in a one-year 2026 project;
  B107 ≤warning Sheet1!D13 (row): 0.6万元 × 100 fermenters = 60万元 > 50万元.
* em03: B101 ≤error Sheet1!C18: second project 15 + 4 ≠ 18; Y103 ≤warning Sheet1!B20 (alt
  Y101): its 年度目标 keeps “2025年开展…” from last season.
* em06: D201 ≤error Sheet1!E11 (row, alt D104): a year's 10 rooms above the period's 8;
  D202 ≤warning Sheet1!E12 (alt D104): the two-year batch count copied to the year (the
  annual goal says 200); T108 ≤warning Sheet1!E16 (row): 投诉率 with ≥.
* em08: D102 ≤error Sheet1!D12 (row, alt D101/D103/F201): 亚硝酸盐监测批次 under 数量 (300)
  and again under 质量 (240); F201 ≤warning Sheet1!C13 (row): a 合格率 under 时效.
* em10: W103 ≤error Sheet1!B9 (alt W101): 产出 declares 50, its indicators score 45 (W101
  tolerated at book level); D104 ≤warning Sheet1!E9 (row): goal 500吨, indicator 300吨;
  F110 ≤error Sheet1!D11: a value and points without a name.
* em12: Y101 ≤error 部门项目支出预算05-1!F4 (row, alt Y102): a 2026 table whose plan runs
  2025-01-01 to 2025-12-31; X104 ≤warning 部门项目支出绩效目标05-2!F6: the text 46356 (a
  date serial, 2026-11-30), where any finding up to error is tolerated (the date against
  last season's plan period).
* em14: D104 ≤warning Sheet1!D9 (row): goal 2000 batches, indicator 1500; T108 ≤warning
  Sheet1!D12 (row): 差错率 ≥1%; B107 ≤warning Sheet1!D14 (row): 600元 × 1500 = 90万元 > 80万元.
* em15: B101 ≤error Sheet1!B4 (row): 基本支出 210 + 项目支出 240 ≠ 资金总额 460; B102 ≤error
  Sheet1!D9: tasks 120 + 80 + 30 ≠ 金额合计 240.
* em17: D103 ≤warning Sheet1!C13 (row, alt D101): 检测报告按时出具率 and the same with （常规）;
  Y102 ≤error Sheet1!D14 (row, alt Y103/Y101): installation by 2025-10-31 in a 2026 one-off
  project; F109 ≤warning Sheet1!B17 (row): template tier-2 生态效益指标 left empty.

Cross-table marks (goal against indicators, years, 中期 against 年度, duplicates, wrong
tier-2, cost × count, parts against totals): all but T108 (×2), F110 and X104, i.e. 19.

Legitimate look-alikes in the correct returns: em01 a goal count with its part in brackets
(120人（其中螺蛳粉40人）), typed percent cells (90%, 100%, 3%), =100% on an acceptance rate,
0起 on incidents, unit costs within the money (9.6 + 21.6 ≤ 36); em04 the period's counts
above the year's, equal rates and unit costs in both columns, 为2029年在全市推广积累经验 after
a 2026–2028 period; em05 tasks adding to 金额合计 = 项目支出 with a footnote explaining it, a
下降率 with ≥, a fill date in 2025; em07 a flat list with weights adding to 100, a 下降率 with
≥, a 合计 row; em09 points at two levels both adding to 100, ≥3百分点 on an 优质品率; em11
=100% as text, a date cell, money detail adding up; em13 word operators, 下降率 with ≥ and
0起 on incidents, =100% on a 通过率; em16 the same indicator names with other values in two
stacked projects, 说明 rows; em18 a two-row header, the period's counts above the year's with
the year's parts in the goal's brackets.

Judgements: a goal's count above the indicator's (em02, em10, em14) is a warning, not an
error (the office may have cut the goal); B107 stays a warning as in the catalogue; dates and
deadlines outside a one-year project's year (em02, em12, em17) are errors, since the project
cannot run then; a duplicate with two values (em08) is an error, a near-duplicate with equal
values (em17) a warning; em06's copied count also contradicts the annual goal, so D104 is
accepted there; in em12 the 46356 cell also falls outside last season's plan period, which
the Y101 mark already covers, so anything up to error is tolerated at that cell.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout601 import ferment, lab, noodle
from tests.variants.holdout601.registry import HOLDOUT601
from tests.variants.kit import Variant

MODULES = (noodle, ferment, lab)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT601, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 601st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
