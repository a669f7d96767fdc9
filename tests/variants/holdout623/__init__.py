"""The 623rd held-out set: 香榧 (Torreya) and 山核桃 (hickory) groves on hill slopes, with a nut
roasting cooperative (榧溪县, 岑坞乡, 岭西坚果烘炒专业合作社; all invented).

Its aim is checks across the table: most planted mistakes are found only by comparing one part
of a return with another (goal text against indicators, years and dates, 中期 against 年度,
duplicates, tier-2 fit, unit cost × count against the money, parts against totals, leftovers).

Layouts: project heads (one-year and three-/two-year with 中期 and 年度 money and columns), a
department head with key tasks and 金额合计, flat department lists (指标名称 · 权重 · 计量单位 ·
指标性质 · 指标值, and 指标名称 · 指标值 · 计量单位 · 权重), a budget-system export with codes in
the first columns and the table on a second sheet under its third row, stacked projects, numbered
tier labels with points and a score column, a tier-1 score column beside indicator scores, an
operator column (symbols or words) with a unit column, header 绩效目标值, a two-row header on a
second sheet, a header repeated after a page break, 注 / 填表说明 / signature / stamp lines.

Planted mistakes (return: code, highest accepted severity, place):

* fi02-torreya-new-base: D104 warning, row of 新建香榧基地面积 (≥530亩 against the goal's 350亩);
  Y102 error at 整地定植完成时间 (2026年3月31日前 in a one-year 2025 project); B107 warning, row
  of 每亩建园成本 (0.25 × 350 = 87.5 > 80万元).
* fi04-torreya-pest-control: D201 error at the 年度 cell of 诱虫灯布设数量 (360 > period 300;
  D104 accepted); D202 warning at the 年度 cell of 防控技术培训场次 (≥18场 copied; D104 accepted).
* fi06-torreya-points-duplicate: W103 error at 一、产出指标（50分） (indicator scores 45; W101
  accepted, and a W101 on the whole return tolerated); D101 warning, row of 古树挂牌保护株数 (the
  same count as 古香榧树挂牌保护株数; D103 accepted); F201 warning, row of 古树保护宣传满意度 (a
  satisfaction rate under 社会效益指标).
* fi08-hickory-department-money: B101 error at 资金总额 (360 + 40 = 400 ≠ 410); B102 error at
  金额合计 (120 + 90 + 70 = 280 ≠ 270); D104 warning, row of 干腐病防治面积 (≥2400亩 against the
  tasks' and goal's 4000亩).
* fi10-hickory-flat-defects: Y103 warning, row of 2024年采收季安全巡查次数 (last season's year in
  a 2025 return; Y101 accepted); D102 error, row of the second 山核桃林地测土配方施肥面积 (≥2000
  against ≥3000; D101, D103 accepted).
* fi12-hickory-harvest-safety: T108 warning, row of 采收期坠落事故发生率 (大于等于 on a 反向
  rate); Y102 error at 装备发放完成时间 (2026-08-15 in a one-year 2025 project); B107 warning,
  row of 采收机械单台补助 (1.5 × 40 = 60 > 48万元).
* fi14-roasting-brand-leftover: Y101 error at 计划开始日期 (2024-03-01 in a 2025 one-year
  project; Y102 accepted); D104 warning, row of 参加展销会场次 (≥4场 against the goal's 6场);
  X101 error, row of the template's example row 示例：开展培训人次 ≥**人次.
* fi16-roasting-purchase: T105 error at 社员鲜果交售率 (≥300户); D102 error, row of the second
  烘炒损耗率 (≤8% under 成本指标 against ≤6% under 质量指标; D101, D103 accepted).
* fi18-roasting-stacked-sorting (second project): B101 error at its 年度资金总额 (50 + 10 = 60
  ≠ 65); D104 warning, row of 年分拣能力 (≥1000吨 against the goal's 1500吨); Y102 error at
  分拣线投产时间 (2024年12月31日前 in a 2025 project).

Legitimate look-alikes in the correct returns:

* fi01: the goal's 1200株 is the total of the indicators' 800 + 400 (said in brackets and in a
  注); 为2027年推广 is a later year the work prepares for; typed percents (pct) in an operator
  column with % in the unit column; a 下降率 with ≥; 0.05 × 1200 = 60 ≤ 86万元; a date cell.
* fi03: 中期 counts (1500亩, 2400株) beside smaller year's counts; rates, unit costs and a 定性
  value equal in both columns; 提高≥5百分点; a 下降率 with ≥; costs within money both columns.
* fi05: the same 参与农户满意度 with ≥90% and ≥85% in two stacked projects; =100% on a 合格率;
  second project's 其他资金 0; 12 × 4 = 48 ≤ 60 and 7 × 6 = 42 ≤ 45.
* fi07: budget and tasks add up; 0起 on an accident count; a 下降率 with ≥; 0.02 × 4000 = 80
  within the task's 90万元.
* fi09: weights add to 100 (with a 合计 row); pct cells with % units; 80元/亩 × 5000亩 = 40万元.
* fi11: 为2026年申报地理标志 in the goal (a later year prepared for); operators in words; a rise
  in 百分点; 400元/亩 × 1500亩 = 60 ≤ 75万元.
* fi13: goal 各1条（共2条） against ≥2条; a 注 row inside the table explaining the 80 + 15 = 95
  total; =100%; a fill date in 2024 and a stamp line.
* fi15: tier-1 points 50 + 10 + 30 + 10 = 100 and indicator points also 100 (not 200); 百分点
  changes; 0起; a header repeated after the page break; a 合计 row.
* fi17: goal's 5个 with its parts (香榧3个、山核桃2个); 中期 8个 beside 年度 5个; rates and unit
  costs equal in both columns; 2026 dates within the two-year period.

Judgements where a reviewer could hesitate:

* D104 is kept at warning: the goal text may be older than the indicator, but one of them must
  be fixed. D201 (fi04) is an error: a year cannot exceed the period's total.
* fi10's 2024 indicator is Y103 (a leftover) rather than an error: it may be a mislabelled name.
* fi06's duplicate also makes the 产出 scores short; W103 is placed at the tier label that states
  the points, which is the tier score cell of this layout.
* fi14's start date is marked Y101 (the title's year against the plan), Y102 accepted.
* fi16's first 烘炒损耗率 under 质量 is accepted as a quality measure; only the second copy
  is marked.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout623 import cooperative, hickory, torreya
from tests.variants.holdout623.registry import HOLDOUT623
from tests.variants.kit import Variant

MODULES = (torreya, hickory, cooperative)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT623, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 623rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
