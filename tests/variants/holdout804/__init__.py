"""The 804th held-out set: public legal services (legal-aid cases, village legal advisers,
law-popularisation events), 18 invented returns with a careful reviewer's marks, most of the
mistakes found only by comparing one part of a return with another.

Theme and layouts
-----------------
``legal_aid`` (keh01–keh06): case subsidies, defence for every criminal case, township aid
stations, duty lawyers and case-quality review, the aid centre's department budget. ``advisers``
(keh07–keh12): one legal adviser per village or community, their subsidies, training and
法治体检 visits. ``popularisation`` (keh13–keh18): 宪法宣传周, 法治文艺下乡, 巡回宣讲,
普法讲师团, 法治文化阵地. Layouts: project heads and department heads with their money blocks;
tier-1 and tier-2 merged down; an operator column in words (大于等于) or symbols; unit columns;
headers 绩效标准, 考核指标 · 目标值（年度） · 评价标准, 预期实现值, 中期/年度 (one of them a
two-row header); numbered tier labels with points, abbreviated labels (产出, 数量); stacked
projects (keh04, keh12); flat lists with 指标性质 as operator (keh06) or direction (keh13); a
tier-1 score column (keh17); a budget-system export with unit and project codes on a second
sheet (keh11); the indicators on a second sheet (keh18); notes, 填表说明, a header repeated
after a page break (keh15), signature and fill-date lines.

Planted mistakes (return: code, highest accepted severity, place)
------------------------------------------------------------------
* keh02-defence-mismatch: B101 ≤error, Sheet1!C5 (row): 190 + 15 ≠ 200 年度资金总额;
  B107 ≤warning, Sheet1!D9 (row): 2000元/件 × 1500件 (or × 1300件) exceeds the 200万元;
  D104 ≤warning, Sheet1!D10 (row): the goal says 1500 cases, the indicator ≥1300件.
* keh03-stations-three-year: D201 ≤error, Sheet1!E11 (row, alt D104): a year's 40 stations above
  the period's 36; D202 ≤warning, Sheet1!E12 (alt D104): the annual ≥9000件 copied from 中期 (the
  年度目标 says 3000); Y102 ≤error, Sheet1!D14 (row): a 中期 deadline in 2028, after the
  2025—2027 period.
* keh05-aid-centre-department: B102 ≤error, Sheet1!D9: tasks 120 + 35 + 20 = 175 ≠ 金额合计 180;
  D102 ≤error, Sheet1!D15 (row, alt D103, D101, D104): 法律援助案件办结数量 ≥1000件 beside
  法律援助案件办结数 ≥1100件; F201 ≤warning, Sheet1!D17 (row): a 质量评查合格率 under 时效.
* keh08-advisers-last-year: Y103 ≤warning, Sheet1!B7 (alt Y101): the 2025 goal says 2024年;
  X101 ≤error, Sheet1!D11 (row): the template's example row (XX村…, ≥**场); Y102 ≤error,
  Sheet1!D13 (row, alt Y101): a one-year 2025 project's deadline 2024年12月31日前.
* keh10-advisers-wrong-tier: D104 ≤warning, Sheet1!D10 (row): the goal's 186 villages against
  ≥168个; F201 ≤warning, Sheet1!D12 (row): a count of contracts under 质量; F201 ≤warning,
  Sheet1!D15 (row): a satisfaction rate under 社会效益.
* keh12-advisers-stacked-wrong (second project): B101 ≤error, Sheet1!C20 (row): 25 + 8 ≠ 30;
  D104 ≤warning, Sheet1!D25 (row): ≥3000人次 against the goal's 300人次; X104 ≤warning,
  Sheet1!D27: the deadline typed as the text 45961 (2025-10-31).
* keh14-roadshow-percent-wrong: D104 ≤warning, Sheet1!E9 (row): 30 场 against the goal's 40;
  T106 ≤error, Sheet1!E12: a 完成率 typed as 105%; F109 ≤warning, Sheet1!B16 (row): the
  template tier-2 生态效益指标 left without indicator or value (its name cell empty).
* keh15-culture-department-wrong: B101 ≤error, Sheet1!B4 (row): 基本支出 260 + 项目支出 150 ≠
  资金总额 420 (财政拨款 + 其他资金 agree); D103 ≤warning, Sheet1!D16 (row, alt D101, F201):
  演出场数 under 时效 repeating 演出场次 under 数量.
* keh17-lecturers-points-wrong: W103 ≤error, Sheet1!B9 (alt W101): 产出 declared 50 with 45 under
  it; D104 ≤warning, Sheet1!E9 (row): ≥80人 against the goal's 60 lecturers.

25 required marks; 21 of them compare one part of a return with another (goal text against
indicators, years and deadlines, 中期 against 年度, duplicates, wrong tier-2, unit cost × count
against money, parts against totals, leftovers from last year or the template).

Legitimate look-alikes in the correct returns
---------------------------------------------
keh01: a goal count with its parts in brackets and an indicator for one part, typed 95%/100%,
=100% on 归档率 and 应援尽援率, 1200 × 1400元 = 168万 within 180万, a fill date in 2024, a
上年结转 of 0. keh04: 受援人满意度 with different values in two stacked projects, 0起 on a
misconduct count, 2400 × 200元 = 48万 within 60万. keh06: a 下降率 with ≥, a subtotal row of
weights, weights 100. keh07: tier points (50/30/20) and indicator points both adding to 100, a
合计 row, 提高≥2百分点, a note explaining 1920 = 160 × 12. keh09: 中期 counts twice the year's,
rates and unit costs equal in both columns, 为2027年…积累经验 in the 中期目标, a 中期 deadline in
2026. keh11: an export with codes in every row and tier-1/tier-2 repeated, budget lines adding
to the total, 160 × 6000元 = 96万 equal to its line. keh13: 正向/反向 as 指标性质, a typed 90%, 0
on an incident count under 反向, 20 × 0.9万 = 18万 equal to its task. keh16: a two-row header, a
goal total with its parts, ≥6/≥2 百分点 in a unit column, typed 100% in both columns, a
2027 deadline in the 中期 column of a 2025—2027 project. keh18: the table on a second sheet
under 预期实现值, text =100%, a date cell, a footnote explaining the 10万人次 total.

Judgements
----------
* D104 marks sit on the indicator row (row=True); the goal text is the other side of the
  comparison. Where a count contradicts both the goal and another column (keh03), D104 is
  accepted as an alternative.
* keh02's B107 holds whichever count is used (1300 or 1500). keh17's missing 5 points also make
  the indicator points total 95: W101 is accepted for the same problem.
* keh08: a 2024 deadline in a one-year 2025 project cannot be met, hence error; the 2024 in the
  goal text is doubtful only (a warning). keh03: a 中期 deadline after the project period is an
  impossibility (error); the annual copy of a cumulative count is a warning.
* keh05: names differing by one character (办结数 / 办结数量) with different values are one
  indicator: D102 at error, D103 accepted. keh15: the same near-duplicate with equal values is
  a warning, under 时效 also F201.
* A typed percent without an operator beside 正向 (keh13) or a date without one (keh18) is at
  most info; 0 on an incident count is not a zero target (T115 is for costs and outputs).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout804 import advisers, legal_aid, popularisation
from tests.variants.holdout804.registry import HOLDOUT804
from tests.variants.kit import Variant

MODULES = (legal_aid, advisers, popularisation)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT804, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 804th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
