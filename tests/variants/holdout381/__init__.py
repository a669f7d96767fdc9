"""The 381st held-out set: 18 invented returns on urban sculpture and public art (城市雕塑 /
公共艺术): commissioning new sculptures and installations, and the upkeep of existing works.
Invented places: 澄鹭市, 砚湾区, 枫埠县, 翠屏区, 岚汀市, 鹭屿区.

Layouts: project heads with 万元 money blocks (one in 元), OLD-NAT and NAT-2021 tiers merged
down; operator and unit columns (wa01, wa02); two stacked projects (wa03, wa04); flat department
lists in two column orders (wa05, wa06); instruction, 注, 填表说明, 说明 and signature rows (wa07,
wa09); subtotals and a header repeated after a page break (wa08); numbered tier labels with tier
and indicator points (wa10, wa11); a budget-system export with the table on sheet 05-2 under
绩效目标值 and codes in the first column (wa12); 中期 and 年度 columns (wa13-wa15); department
budgets with typed percent shares and tasks (wa16, wa17); headers 考核指标 / 目标值（年度） /
评价标准 (wa18).

Planted mistakes (code, highest accepted severity, place):

* wa02: T106 error at the typed 105% on 雕塑构件验收合格率; T108 warning (row) at the ≥ of
  高空坠落事故发生率.
* wa04: B101 error at the second project's 年度资金总额 (50 ≠ 40 + 5); T105 error at
  雕塑修复完成率 `12座`.
* wa06: T112 error at `≥8场` with unit column 座; T108 warning (row) at 公众投诉率 `≥2%` marked
  反向; W101 error at book level (weights add to 95).
* wa09: F109 warning (row) at the empty template tier-2 时效指标; F110 error at the empty name
  of a row valued `≥90%`; T107 warning at 市民满意度 `=95%`.
* wa11: W103 error at the 产出 tier score 40 (indicators 45) and at the 效益 score 30
  (indicators 25); F105 error at （二）时效指标 under 成本指标.
* wa14: D204 warning at the 年度目标 copied from 中期目标; D202 warning at the two annual
  cumulative counts copied from the 中期 column.
* wa15: D201 error at the annual `≥36场` above the period `≥30场`; T108 warning (row) at
  报修响应时间 `≥24小时`.
* wa17: B101 error at 资金总额 480 (基本 200 + 项目 270 = 470); B111 error at the 90% share of
  财政拨款 (450 ÷ 480 = 93.75%); B102 error at 金额合计 270 (tasks add to 260).
* wa18: X103 warning at 其他资金 typed as text `250,000.00`; T105 error at 巡查覆盖率
  `≥36处`; T113 warning at 完工时间 `100%`.

Look-alikes in the correct returns: `≤0起` on a 施工安全事故 count (wa01); `=100%` typed as a
percent cell (wa01, wa05) and as text; unit cost × count equal to the money (wa01, wa03, wa04's
first project, wa07, wa12, wa13); the same 群众满意度 name with different values in two stacked
projects (wa03); a flat list without tiers (wa05); instruction, 注, 填表说明, signature, stamp,
subtotal, 合计 and repeated header rows and a fill date in the year before the budget year
(wa07, wa08); rates raised in 百分点 (wa08, wa10); points at two levels both adding to 100
(wa10); bare numbers with the unit in its own column and `%` there (wa12); rates and unit costs
equal in 中期 and 年度 (wa13); typed percent shares summing to 100 % (wa16).

Judgements: in wa11 the tier scores are compared block by block as written, so the misplaced
时效 row counts towards 成本 (whose score then matches); in wa17 only the 财政拨款 share is marked,
the 基本 / 项目 shares are left empty so that B101 is the only finding about them; in wa18 the
text amount is read as 250000 and the money then adds up, so no B101 is expected; wa15's ≥ on
the response time is marked once per row although it stands in both value columns.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout381 import commission, programme, upkeep
from tests.variants.holdout381.registry import HOLDOUT381
from tests.variants.kit import Variant

MODULES = (commission, upkeep, programme)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT381, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 381st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
