"""The 815th held-out set: a county sports programme of the invented 枫屿县 (school football,
public fitness equipment, a marathon), 18 returns, 9 correct, 25 required marks; the aim is
checks across the table (goal text against indicators, years and dates, 中期 against 年度,
duplicates, wrong tier-2, cost × count against money, parts against totals).

Layouts: project heads with 万元 in the number format (kes01-04, 07-11, 13, 14, 17), department
heads with budgets and tasks (kes05, 06, 15, 16, 18), flat lists (kes05, kes18), 中期/年度
columns (kes03, 04, 17), an operator column in symbols or words with a unit column (kes07,
08), stacked projects (kes09, 10), a table on a second sheet under 预期实现值 (kes11), a
budget-system export with codes in the first column (kes12), tier points with an indicator
score column (kes13, 14), abbreviated and numbered tier labels (kes01, 02).

Planted mistakes (return: code, highest accepted severity, place):

* kes02: D104 warning at the 教练员培训人数 value (row; the goal says 60, the indicator 40);
  Y102 error (alt Y101, Y103) at the 2024 deadline of a 2025 project; F201 warning (row) at a
  满意度 under 社会效益.
* kes03: D202 warning at the annual 足球场改造数量 (the period's 12 copied; the goal says 4);
  D201 error at the annual 特色学校 count 36 above the period's 30. The annual cost cell is
  tolerated (B107 the copied 12 causes).
* kes06: B102 error at 金额合计 (40 + 30 + 70 ≠ 150); D102 error (row, alt D103, D101) at
  联赛参赛学校数量 beside 联赛参赛学校数 with another value.
* kes08: B101 error at 年度资金总额 (50 + 15 ≠ 70); F201 warning (row) at 器材完好率 under 时效;
  B107 warning (row) at 单套更新成本 (1.5 × 60 = 90 > 70).
* kes10: B102 error at the second project's 明细合计 (9 + 8 ≠ 20); D102 error (row, alt D103,
  D101) at 器材巡检频次 beside 器材巡检次数; Y102 error (alt Y101) at a 2026 deadline.
* kes12: Y103 warning (alt Y101) at the goal naming 2024年度; F201 warning (row, alt D103,
  D101) at a count under 质量 that repeats the row above; T105 error at 村民健身参与率 ≥800人.
* kes14: Y104 error (alt Y101, Y102) at 计划完成日期 2024-12-31 before the 2025-03-01 start;
  W103 error at 产出指标（50分） whose indicators add to 45; D104 warning (row) at the race date
  in October against the goal's November; W101 from the missing 5 points tolerated (file).
* kes16: B101 error at 资金总额 (40 + 250 ≠ 300); D104 warning (row) at 志愿者招募人数 ≥1000人
  against the goal's 1200; D101 warning (row, alt D103, D102) at 赛事安全事故发生率 given
  under 质量 and again under 社会效益.
* kes17: D204 warning at the 年度目标 copied from 中期目标; D202 warning at the annual 举办届数
  ≥2届; Y102 error (alt Y101, D202) at an annual deadline in 2026.

Look-alikes in the correct returns: goal totals with parts in brackets (kes01, kes13, kes15);
cost × count equal to the money (kes07: 1.2 × 50 = 60); ≤0起 / 0起 on incident counts (kes07,
kes13, kes18); ≤ on 发生率 and 故障率; a 下降率 with ≥ and 提高≥2百分点 (kes11, kes15); tier and
indicator points both adding to 100 (kes13); the period's count above the year's and 为2028年
推广积累 in a 2025–2027 project (kes04); the same names with other values in stacked projects
(kes09); a 金额合计 equal to 项目支出 with a footnote (kes15); fill dates in 2024; typed percent
cells (kes01, 05, 07, 11, 13, 18).

Judgements: a deadline in the year before the budget year (kes02) and an annual deadline in
the project's second year (kes17) are marked as errors, the year being impossible for the
annual target; the copied annual count (kes03, 17) is a warning; duplicates with two values
(kes06, 10) are errors, one with the same value (kes16) a warning; the goal's count against
the indicator's (D104) only a warning, a reviewer asks rather than rejects.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout815 import fitness, football, marathon
from tests.variants.holdout815.registry import HOLDOUT815
from tests.variants.kit import Variant

MODULES = (football, fitness, marathon)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT815, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 815th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
