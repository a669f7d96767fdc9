"""The 658th held-out set: 18 invented returns on 辣木与腰果热带作物、酸菜加工坊 (moringa and cashew
projects of an invented county, 椰岚县, and the sauerkraut workshops of its 青禾镇), 9 correct and 9
with 24 planted mistakes, 22 of them found only by comparing one part of a return with another.

Layouts: project heads (one-year and multi-year with 中期 and 年度 columns), department heads with
budget and task blocks, a flat department list, two stacked projects (twice), a budget-system
export with project codes in the first columns on a second sheet (05-1 / 05-2), a two-row header
with points at two levels, a weight column with subtotal rows, a 说明 row and a header repeated
after a page break; operators inline, in a 指标性质 column as symbols or in words; unit columns.

Planted mistakes (return: code, highest accepted severity, place):

* gr02-cashew-goal-mismatch: D104 ≤warning Sheet1!D10 (row), goal 1200亩 vs indicator ≥1000亩;
  D102 ≤error Sheet1!D16 (row, alt D103/D101), 换种成活率 ≥85% beside 高接换种成活率 ≥90%;
  B107 ≤warning Sheet1!D19 (row), 80万元/个 × 2个 = 160 > 150万元.
* gr04-cashew-period-defects: D204 ≤warning Sheet1!D9 (年度目标 = 中期目标); D201 ≤error
  Sheet1!E12 (36万株 a year against 30万株 for two years); D202 ≤warning Sheet1!E13 (600亩 copied).
* gr06-cashew-years: Y103 ≤warning Sheet1!B7 (2024年度 in the 2025 年度目标); F201 ≤warning
  Sheet1!C13 (row; 及时率 under 质量); Y102 ≤error Sheet1!D15 (row, alt Y103; 2026-03-31 deadline
  in a 2025 one-year project).
* gr08-suancai-money-wrong: B101 ≤error Sheet1!C5 (80 ≠ 60 + 15); D104 ≤warning Sheet1!D10 (row;
  goal 12个 vs ≥8个); B102 ≤error Sheet1!D25 (detail lines 78 against 合计 80).
* gr10-suancai-stacked-defects: F201 ≤warning Sheet1!C11 (row; 人次 under 质量, first project);
  Y101 ≤error Sheet1!D21 (row, alt Y102; the second project's plan dates are 2024 under a 2025
  title); D102 ≤error Sheet1!D29 (row, alt D103/D101; 酸菜产品抽检合格率 ≥95% beside
  产品抽检合格率 ≥98%).
* gr12-suancai-department-wrong: B102 ≤error Sheet1!D8 (tasks 30 + 25 against 金额合计 60);
  D104 ≤warning Sheet1!D13 (row; goal 300人次 vs ≥200人次); F201 ≤warning Sheet1!C18 (row; a
  satisfaction rate under 社会效益).
* gr16-cashew-intercrop-period: Y103 ≤warning Sheet1!D9 (2023年度 in the 年度目标); D201 ≤error
  Sheet1!E13 (alt D104; 350户 a year against 300户 for the period, goal 150户).
* gr17-moringa-pest-control: T108 ≤warning Sheet1!D13 (row; 发生率 with ≥); B107 ≤warning
  Sheet1!E15 (row; 80元/亩 × 6000亩 = 48 > 40万元).
* gr18-suancai-template-rows: X101 ≤error Sheet1!D12 (the template's example row ≥**人次);
  F110 ≤error Sheet1!C14 (a value with no name).

Legitimate look-alikes in the correct returns: typed percent cells (gr01, gr05, gr07); a goal
count with its part in brackets (gr01 800亩（其中200亩）, gr11 12家（其中4家、8家）); a later
year the work prepares for (gr01 为2026年…); period counts beside smaller annual counts and equal
rates and unit costs in both columns (gr03); 下降率 with ≥ (gr05, gr11, gr13, gr17); ≤0 on a batch
or incident count (gr07, gr10, gr11); =100% on a discharge rate and as text on a temperature
rate (gr07, gr15); a rate raised in 百分点 (gr13, gr14); points on tier labels and on indicators
both adding to 100 (gr14); subtotal, 说明, 注, 填表说明 and signature rows, a repeated header
(gr15); the same indicator names with different values in two stacked projects (gr09); unit cost
× count within or equal to the money (gr01 1500 × 800 = 120万元, gr07, gr11, gr12, gr18 400 × 300
= 12万元); fill dates in the year before the budget year (all).

Judgements: a conflicting near-duplicate (a word more or less, different targets) is marked
D102 up to error with D103/D101 accepted, since both targets cannot hold. Plan dates a whole year
before the title's year (gr10) are Y101 up to error, Y102 accepted. A year from last season in
the 年度目标 is only a warning (Y103): it could be a reference to earlier work. In gr16 the annual
household count exceeds both the period's and the annual goal's: one problem, D201 with D104
accepted. gr17's B107 goes with the cost row, though the excess shows only against the money.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout658 import crops, mixed, suancai
from tests.variants.holdout658.registry import HOLDOUT658
from tests.variants.kit import Variant

MODULES = (crops, suancai, mixed)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT658, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 658th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
