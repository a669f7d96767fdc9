"""The 783rd held-out set: 18 invented returns of a city human-resources and social-security
bureau (江渚市人力资源和社会保障局, all names, phones and figures invented), with a careful
reviewer's marks. Theme: vocational-skill subsidies (职业技能提升补贴, ``subsidy``), a public job
fair series (``jobfair``) and wage-arrears mediation for migrant workers (``arrears``). Budget
year 2025 throughout; money in 万元, mostly carried by the number format.

Aim: checks across the table. 21 of the 23 required marks are found only by comparing one
part of the return with another (goal text against indicators, title / plan years against
dates, 中期 against 年度, duplicates, tier-2 placement, standard × count against money, task
amounts against 金额合计); only W101 (kdm10) and W103 (kdm12) are not.

Layouts: project heads with one value column (kdm02, kdm08, kdm13, kdm14), with an operator
and unit column (kdm01), with 中期 and 年度 columns (kdm03, kdm04, kdm15 with operator and unit
columns, kdm16); two projects stacked (kdm05); a budget-system export with project codes in
the first columns, money on sheet 05-1 and indicators on sheet 05-2 (kdm06); department heads
with key tasks (kdm07, kdm17 with the table on a second sheet, kdm18); flat lists 指标名称 · 权重 ·
计量单位 · 指标性质 · 指标值 (kdm09, kdm10); a two-row header 考核指标 / 绩效目标值 with operators
in words, a 注 row, the header repeated after a page break and 说明 and signature lines (kdm11);
a tier-1 points column beside an indicator points column (kdm12); tier labels numbered (kdm01),
abbreviated (kdm07, kdm13) or marked with * and ★ (kdm13).

Planted mistakes (code, highest accepted severity, place):

* kdm02: D104 ≤warning at the 补贴培训人次 value (goal 2400人次, indicator ≥2000人次); F201
  ≤warning, row, at 补贴资金发放及时率 under 质量指标; Y102 ≤error (alt Y103, Y101) at the
  deadline ``2024年12月31日前`` of a 2025 project.
* kdm04: D201 ≤error at the 年度 取证人数 (4500 above the two years' 4000); D202 ≤warning at
  the 年度 课程包 cell copied from 中期 (≥20个; the 年度目标 says 10).
* kdm06: D102 ≤error (alt D103, D101), row, at the second 取得职业技能等级证书人数 (2100 beside
  新取得… 2400); B107 ≤warning, row, at the standard 2000元/人 (× 3000人 = 600万 > 500万).
* kdm08: D104 ≤warning at the fair count (goal 36场, indicator ≥30场); Y103 ≤warning (alt Y101,
  Y102) at the indicator name 2024年度高校毕业生专场招聘会场次; F201 ≤warning, row, at
  求职者满意度 under 社会效益指标.
* kdm10: W101 ≤error, book level (weights 95); D102 ≤error (alt D103, D101), row, at 进场招聘企业
  数量 (180 beside 进场招聘企业数 200); D104 ≤warning, row, at 达成就业意向人数 2500 (goal 3000).
* kdm12: W103 ≤error at the 产出指标 points cell (50 declared, indicators 45; W101 tolerated at
  book level); F201 ≤warning, row, at 线上直播招聘场次 under 质量指标.
* kdm14: B101 ≤error at 年度资金总额 180 (150 + 20 = 170); B107 ≤warning, row, at the standard
  ≤800元/件 (× 2500件 = 200万 above the money).
* kdm16: Y101 ≤error (alt Y102) at the title 2024年度 (plan 2025—2027); D204 ≤warning at the
  年度目标 copied from 中期目标; D202 ≤warning at the 年度 调解工作室 cell copied from 中期.
* kdm18: B102 ≤error (alt B101) at 金额合计 250 (tasks 120 + 80 + 40 = 240 = 项目支出); D104
  ≤warning at 调处欠薪案件数 ≥1200件 (goal and task 1500件); Y102 ≤error (alt Y103) at the
  deadline 2026年3月31日前.

Legitimate look-alikes in the correct returns: typed percent cells (kdm01, kdm09, kdm15), =100%
on an accuracy / pass rate at the ceiling; a rise in 百分点 (kdm01, kdm09); a goal's total with
its part in brackets and a 其中 row (kdm01, kdm07, kdm13); a goal count that includes a part
(国有企业岗位约5000个 within 3万个, kdm09); unit cost × count equal to the money (kdm01, kdm03,
kdm05, kdm07, kdm11, kdm13) or within it (kdm09, kdm15, kdm17); the period's counts in 中期
beside smaller year's counts and rates equal in both columns (kdm03, kdm15); the same indicator
names with different values in two stacked projects (kdm05); 0起 on an incident count (kdm07,
kdm13); 下降率 with ≥ (kdm07, kdm13, kdm15); a later year the work prepares for (为2026年…, kdm11,
kdm13); fill dates in the year before the budget year (kdm01, kdm11); 2024年度 as the basis of
the values in a 说明 line (kdm11); a 合计 row of weights (kdm09); a footnote explaining that
金额合计 is the project spending (kdm17).

Judgements where a reviewer could hesitate:

* Goal count against indicator (D104) is a warning: the office may have meant a floor below its
  plan, but the two texts disagree. A conflicting duplicate (kdm06, kdm10) is marked up to error
  because one measure cannot have two targets; a wording-only near-duplicate code is accepted.
* A deadline outside the budget year in a one-year table (kdm02, kdm18) is an error: the table
  cannot be met within its own year. An indicator name that still says 2024年度 (kdm08) is only
  a warning, since it could be a brand name.
* B107 stays a warning: the standard is a cap, spending could stay below it.
* kdm12: the indicator points add to 95 against a declared 100, so W101 is tolerated as the same
  shortfall; W103 at the tier cell is asked for.
* kdm16: with 年度 = 中期 for 调解工作室, the unit cost 4万元 × 45 = 180万 still fits the annual
  money, so no money finding is tied to the copy.
* kdm03 and kdm15 state that 中期 values are cumulative; rates and unit costs equal in both
  columns are not copies.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout783 import arrears, jobfair, subsidy
from tests.variants.holdout783.registry import HOLDOUT783
from tests.variants.kit import Variant

MODULES = (subsidy, jobfair, arrears)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT783, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 783rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
