"""The 701st held-out set: 18 invented returns of 渌岗县 (an invented county) on a rural road
maintenance contract (农村公路养护: kai01-kai06), bus-shelter building (候车亭: kai07-kai12) and a
village bus service subsidy (镇村公交运营补贴: kai13-kai18), with a careful reviewer's marks.
9 returns are correct, 9 carry 2-3 planted mistakes (25 required marks, 21 of them found only
by comparing one part of the return with another).

Layouts: project heads (§3.1) with one value column, operator and unit columns, a direction
column, 中期 and 年度 columns (kai03, kai04, kai15), tier-1 and indicator score columns (kai07);
department heads (§3.2) with tasks and 金额合计 (kai11, kai17) or a flat list (kai13, kai14);
two stacked projects (kai09, kai10); a budget-system export with the money on sheet 05-1 and the
indicators on sheet 05-2 under a third-row header with codes in the first columns (kai05);
headers 指标内容 / 绩效标准 (kai06), 预期目标 (kai12), a two-row header (kai17); numbered tier
labels (kai03, kai07, kai11); 注 / 说明 rows inside and under tables; signature and date lines.

Planted mistakes (return: code, highest accepted severity, place):

* kai02: D104 warning at the 日常养护里程 row (goal 146公里, indicator 136公里; the goal cell is
  tolerated); Y102 error at the 汛后修复完成时间 row (2024年11月30日前 in a 2025 return; alt
  Y103, Y101, D104); B107 warning at the 每公里养护单价 row (0.45 × 136 = 61.2 > 54; alt D104).
* kai04: D201 error at the 年度 cell of 危桥加固数量 (10 > 8); D202 warning at the 年度 cell of
  涵洞清淤数量 (120 copied; alt D104); F201 warning at the 桥梁荷载试验合格率 row (under 时效).
* kai06: D102 error at the second 波形护栏维修长度 row (≥2.6公里 against ≥3.2公里; alt D101,
  D103, D104); D103 warning at 临水临崖路段防护覆盖率 under 可持续影响 (alt D101, D102).
* kai08: B101 error at 年度资金总额 (80 + 12 ≠ 96); D104 warning at the 候车亭改造数量 row (goal
  36座, indicator 32座); B107 warning at the 单座候车亭改造费用 row (3.5 × 32 = 112 > 96).
* kai10 (second stacked project): B101 error at its 年度资金总额 (24 + 4 ≠ 30); Y103 warning at
  its 年度目标 (完成2024年度…; alt Y101, Y102); F201 warning at the 站牌信息乘客满意度 row (a
  satisfaction rate under 社会效益).
* kai12: F110 error at the empty name cell under 质量指标; D104 warning at the 完工时间 row
  (goal 9月30日前, indicator 12月31日前); F109 warning at the empty 生态效益指标 row.
* kai14: D104 warning at the 通客车建制村数量 row (goal 86, indicator 78); D102 error at the
  second 补贴镇村公交线路 row (alt D101, D103); W101 error on the book (weights add to 90).
* kai16: Y101 error on the book (title 2025, plan dates 2024; alt Y102); Y103 warning at the
  年度目标 (完成2023年度…; alt Y101, Y102); B107 warning at the 每站点年补贴标准 row (1.5 × 42 =
  63 > 56).
* kai18: T108 warning at the 车辆故障停运率 row (a 反向 rate with ≥; alt D104); D101 warning at
  the second 班车准点率 row, under 社会效益 (alt D103, D102, F201).

Legitimate look-alikes in the correct returns: ≤0起 on incident counts (kai01, kai03, kai15,
kai17); a 下降率 with ≥ and a direction column saying 正向 (kai15); 提高≥N百分点 on coverage
rates (kai07, kai15); tier-1 points and indicator points both adding to 100 (kai07); a goal's
count with its parts in brackets (kai01: 96 + 138 + 178 = 412) or a part given as its own
indicator (kai07, kai11: 港湾式 12 of 40); a later year the work prepares for (kai03: 2028);
the period's count beside a smaller year's count (kai03, kai15); a cost standard × count equal
to its money (kai15: 60元 × 30000班 = 180万元, kai17: 5.5 × 40 = 220);
the same name with different values in two stacked projects (kai09: 验收合格率 100% / 98%);
`=100` text on rates with % in the unit column (kai05); a footnote explaining the 金额合计
(kai11); fill dates in the year before the budget year; a 合计 row under a flat list (kai13).

Judgements: a goal/indicator mismatch (D104) is marked at the indicator row, with the goal cell
tolerated up to a warning (kai02, kai08, kai12, kai14); a deadline from last year (kai02) is
accepted as an error, a year left over in goal text (kai10, kai16) only as a warning; unit cost
× count over the money stays a warning (B107's catalogue severity); in kai04 the 年度 count 10
also contradicts the goal's 5, but one mark (D201) covers it; in kai16 the plan dates and the
title disagree as a whole, so Y101 is a mark on the book. 每公里年养护费用 equal in 中期 and
年度 (kai03) is a yearly standard, not a copied count.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout701 import bus, road, shelter
from tests.variants.holdout701.registry import HOLDOUT701
from tests.variants.kit import Variant

MODULES = (road, shelter, bus)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT701, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 701st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
