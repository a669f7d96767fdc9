"""The 579th held-out set: ginger (生姜) storage cellars and longan (龙眼) drying houses.

18 invented returns, 9 correct and 9 with 23 required marks, leaning on the checks that read
across the table (domain.md §5: C4, C6, C9, C10, C15, C16 and unit cost × count). Modules:
``cellars`` (dq01–dq06, ginger projects), ``drying`` (dq07–dq12, longan projects and department
returns), ``offices`` (dq13–dq18, flat, stacked, second-sheet, template, two-row-header and
two-year returns of both halves).

Layouts: project heads with 中期/年度 money blocks in 万元 number formats; operator and unit
columns (dq01, dq17), operators in words (dq12), inline operators elsewhere; 中期 and 年度 columns
(dq03, dq04, dq18); numbered tier labels with points (dq04) and points in labels with an
indicator score column (dq08); tier-1 and indicator score columns (dq07); stacked projects
(dq05, dq14); a budget-system export over two sheets with codes in the first columns and the
header on the third row (dq06); department heads with tasks and 金额合计 (dq09, dq10) and flat
lists (dq11, dq13); a second sheet under 考核指标 / 目标值（年度） / 评价标准 (dq15); a template
header 预期目标 (dq16); a two-row header repeated after a page break (dq17).

Planted mistakes (return: code, highest accepted severity, place):

* dq02-cellar-goal-count: D104 ≤warning at the 年度绩效目标 cell (30座 in the text, 25座 in the
  indicator; the indicator value tolerated); B107 ≤warning row of 贮藏窖改造补助标准
  (4万元 × 25座 > 90万元); Y102 ≤error row of 改造完成时间 (2026-03-31 in a 2025 project).
* dq03-cellar-three-years: Y101 ≤error book level, alt Y102 (title 2024, project 2025–2027);
  D201 ≤error at the annual 新增贮藏能力 9500吨 > 9000吨 (中期目标 text tolerated for D104);
  D202 ≤warning at the annual 培训贮藏技术人员 equal to the period.
* dq06-cellar-system-export: X101 ≤error at `≥**吨`; X104 ≤warning at the text `45961`;
  F201 ≤warning row of 入窖生姜合格率 under 时效指标.
* dq08-drying-duplicate-output: X102 ≤warning at the goal (`<br>`); W103 ≤error at
  产出指标（50分） (15+15+10+5 = 45; W101 book level tolerated); D102 ≤error row of the second
  龙眼烘干量 (650吨 against 800吨), alt D101, D103.
* dq10-drying-department-money: B102 ≤error at the 金额合计 amount (60+35+50 = 145 ≠ 150);
  D104 ≤warning at the 年度总体目标 (40间 against ≥35间; the indicator value tolerated).
* dq12-drying-word-operators: Y103 ≤warning at the goal, alt Y101 (2024 in a 2025 return);
  T108 ≤warning row of 烘干霉变率 (大于等于 on a 反向 rate).
* dq14-longan-stacked-defects: second project: D104 ≤warning at its goal (10座 against ≥8座);
  B107 ≤warning row of 烘干房建设补助标准 (12万元 × 8座 = 96 > 80).
* dq16-longan-template-rows: X101 ≤error at the goal (`20XX年`); F109 ≤warning row of the
  empty 社会成本指标; F110 ≤error at the empty name cell (a finding at its value tolerated).
* dq18-longan-period-dates: Y102 ≤error at the 中期 验收时间 2027-06-30 (project 2025–2026);
  T108 ≤warning row of 龙眼干烘干破损率 (≥ on a 反向 rate).

Legitimate look-alikes in the correct returns: dq01 a goal text whose 20座 is the sum of 12 + 8
(a footnote says so), typed percent cells, a date cell, 3.5 × 20 = 70 ≤ 80; dq04 2026 named in
the 中期目标 of a 2025–2026 project, annual counts below period counts, rates equal in both
columns, unit cost × count equal to the money; dq05 and dq14 the same indicator name
(新建贮藏窖, 新建烘干房) with other values in different stacked projects, `=100%` on a 合格率;
dq07 points given at both levels (100 each way), `≥30%` on a 下降率, `≥5百分点`, `=0起`;
dq09 `≤0起` on a fire count, a footnote explaining 金额合计, a signature dated 2024;
dq11 and dq13 flat lists with weights adding to 100 (no tier findings apply); dq15 2026 named
in the goal as the season the seed ginger is for, not as a date of the work; dq17 a repeated
two-row header, a 注 row and a 填表说明 row that are not indicators.

Judgements: a date outside the project period and a year contradicting the title are errors
(the plan cannot hold both), a text count against an indicator only a warning (the text may
round or count other work); a conflicting duplicate of the same name is an error; placeholders
are errors as the catalogue has them; the prior-year year in dq12's goal is a warning.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout579 import cellars, drying, offices
from tests.variants.holdout579.registry import HOLDOUT579
from tests.variants.kit import Variant

MODULES = (cellars, drying, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT579, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 579th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
