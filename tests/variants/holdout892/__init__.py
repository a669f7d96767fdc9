"""The 892nd held-out set: 18 invented returns on market supervision, product quality spot checks
(产品质量抽检) and metrology verification (计量检定), with a careful reviewer's marks. Its aim is
checks across the table: goal text against indicators, years and dates, 中期 against 年度,
duplicates, wrong tier-2s, unit cost × count and parts against totals. Budget year 2026; places
(栖桐市, 砚溪区, 沣禾县), units, people, phone numbers and figures are invented.

Layouts: project heads (``heads.project_head``) with one-column money (资金总额,
财政拨款, 其他资金) or 中期/年度 money; department heads with key tasks and 金额合计;
operator and unit columns; a 正向/反向 column with word operators (大于等于); headers
指标内容/绩效标准, 考核指标/目标值（年度）, 预期实现值, 绩效目标值, 预期目标;
numbered tier labels with points and a score column; stacked projects; a flat list; a
budget-system export (05-1 / 05-2 sheets, header on the third row, codes in the first
columns); a table on a second sheet; 说明 and 填表说明 rows, a header repeated after a page
break, signature lines.

Modules: ``sampling`` (khr01–khr06, 产品质量抽检), ``verification`` (khr07–khr12, 计量检定),
``offices`` (khr13–khr18: departments, flat list, stacked and annotated returns).

Planted mistakes (24 required marks; return: code, highest accepted severity, place):

* khr02-goal-batches-off: D104 ≤warning at the 监督抽检产品批次 row (goal 800 批次, indicator
  ≥600); F201 ≤warning at the 抽样单填写规范合格率 row (a quality rate under 时效); Y102 ≤error at
  the 抽检结果公布时间 row (2027年1月15日前, outside the year; alt D104, Y103).
* khr03-three-year-annual-over: D201 ≤error at the annual 风险监测重点企业数 (180 above the
  period's 150); D202 ≤warning at the annual 风险警示发布 cell (≥12期 in both columns though
  issued monthly over three years); Y103 ≤warning at the 2024年度…报告 row (alt Y101).
* khr06-duplicate-and-cost: B101 ≤error at 资金总额 (80 + 15 ≠ 90); D103 ≤warning at the second
  日用消费品监督抽检（产品）批次 row (alt D101, F201); B107 ≤warning at the cost row
  (0.25万元 × 400 = 100 above the money).
* khr08-verification-last-year: Y103 ≤warning at the 年度目标 cell (2025年 left over; alt Y101);
  T108 ≤warning at the 差错率 row (≥ on a 反向 rate); Y102 ≤error at the 电子台账建成时间 row
  (2025-10-31; alt Y101, Y103).
* khr10-second-sheet-fuel (table on 绩效指标): D104 ≤warning at the 加油机检定数量 row (goal 1500,
  indicator 1200); T105 ≤error at the 覆盖率 value 86座; F201 ≤warning at the 作弊线索核查件数
  row (a count under 质量).
* khr12-standard-money-lines: B103 ≤error at 年度资金总额 (190 above the period's 180); B102
  ≤error at the detail 合计 (120 + 50 + 12 = 182 ≠ 190).
* khr14-department-tasks-off: B102 ≤error at 金额合计 (270 ≠ 280); D104 ≤warning at the 抽检批次
  row (goal 360, indicator 300); D103 ≤warning at the 强制检定计量器具检定数量 row under 社会效益
  (alt D101, F201).
* khr16-stacked-second-wrong: B101 ≤error at the second project's 资金总额 (15 + 5 ≠ 18); Y102
  ≤error at its 监督检查完成时间 row (2025年11月30日前; alt Y101, Y103).
* khr18-template-rows-left: F110 ≤error at the empty name of the 时效 row; F109 ≤warning at the
  社会成本指标 row.

Cross-table marks (goal, years, 中期/年度, duplicates, tiers, money): all but T108 (khr08), T105
(khr10) and F109/F110 (khr18), i.e. 20 of 24.

Look-alikes in the correct returns (khr01, khr04, khr05, khr07, khr09, khr11, khr13, khr15,
khr17): goal totals with their parts in brackets (khr01 1200 with 300 电商; khr04 320 = 180 +
140 and 150 with 60 工地; khr17 140 with 80 计价秤; khr07 32000 with 2600 and 18000); unit cost
× count equal to the money (khr04 0.2 × 320 = 64, 0.3 × 150 = 45; khr05 0.2 × 240 = 48; khr17
0.2 × 140 = 28) or within it (khr01 180 ≤ 186; khr07 128 ≤ 132; khr11 24 ≤ 76; khr15 202.5 ≤
230); typed percent cells (khr01, khr05, khr07, khr09, khr15, khr17); 计量纠纷投诉下降率 with
大于等于 (khr07); 0起 incident counts (khr07, khr13, khr15); =100% at the ceiling, also as text
(khr11); rates lowered or raised in 百分点 (khr04, khr05, khr17; khr03 and khr12 are wrong
returns whose 百分点 rows are right); points at two levels, 50 + 10 + 30 + 10 = 100
both ways (khr05); in khr09 the period's counts above the year's, rates and unit costs
equal in both columns, and 2028 named as a
year the work prepares for; the same indicator names with different values in stacked projects
(khr04); fill and signature dates in 2025 (khr17 and every 填报日期); a footnote explaining the
task total (khr13); a 说明 row, a repeated header and 填表说明 (khr17).

Judgements where a reviewer could hesitate:

* Goal text against an indicator (D104) is a warning, never an error: the office may have meant a
  part; the look-alikes state parts explicitly (其中…).
* Deadlines outside the budget year (Y102) are errors for a one-year project; khr02's 2027年1月15日
  also contradicts the goal, so D104 is accepted there.
* khr06: which money cell is wrong is not known; B101 is marked at the total. The duplicate is a
  near-duplicate (one word more) with the same value, so a warning; it sits under 质量, so F201
  is accepted too. The cost overrun (100 > 90 or 95) is a warning as B107 is.
* khr03: 风险警示 is a count issued monthly, so 12 a year and 36 over the period; the
  annual cell is marked (README convention for D202).
* khr12: B103 is marked at the annual total; the detail 合计 equals the annual total, so B102 is
  the lines against it.
* khr16: the stacked projects are separate tables; only the second has mistakes.
* 2028 in khr09's 中期目标 (为2028年申报…积累) is a later year the work prepares for, not a
  leftover.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout892 import offices, sampling, verification
from tests.variants.holdout892.registry import HOLDOUT892
from tests.variants.kit import Variant

MODULES = (sampling, verification, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT892, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 892nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
