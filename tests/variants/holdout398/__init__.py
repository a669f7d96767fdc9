"""Held-out set 398: lighthouses and coastal navigation aids maintenance (灯塔/航标维护).

Eighteen invented returns of an invented maritime aids bureau (澄礁市海事航标局, its 鹭屿, 砾岬 and
崖角 lighthouse stations, its 东汐 / 西汐 / 南汐 / 北汐 航标所), budget year 2025, money in 万元
(mostly only in the number format). ``towers`` holds the lighthouse half (wr01–wr06), ``buoys``
the buoy / beacon / AIS half (wr07–wr12), ``offices`` the bureau's department returns, flat
lists, a budget-system export and a half-filled template (wr13–wr18). Nine returns are correct.

Layouts: project heads (``heads.project_head``) with one-year, multi-year (中期 + 年度) and
transfer (中央补助 + 地方资金) money blocks; department heads with budget, a share row and tasks;
operator and unit columns (wr01, wr02); tier-1 score and indicator score columns (wr03, wr04);
中期 / 年度 value columns (wr05, wr06); two projects stacked in one sheet (wr07, wr08); numbered,
pointed, marked (*, ★) and abbreviated tier labels (wr09, wr10); a detail block under the table
(wr11); a table on a second sheet under a two-row header 预期实现值 / 考核指标 / 目标值（年度） /
评价标准 (wr12); flat lists in two column orders (wr13, wr14); a budget-system export with codes
in the first columns, the header on the third row, an instruction row, a header repeated after a
page break, 说明 and signature lines (wr17); header 预期目标 (wr18).

Planted mistakes (return: code, highest accepted severity, place):

* wr02: T106 ≤error at Sheet1!E10 (typed 105% on 雾号设备验收合格率); T113 ≤warning at
  Sheet1!E12, alt T116 (改造完工时间 given as 100%); T108 ≤warning at Sheet1!D14, row (灯塔停光率,
  反向, with ≥ in the operator column).
* wr04: W103 ≤error at 绩效目标!B10 (产出指标 40, indicators 45) and 绩效目标!B13 (效益指标 30,
  indicators 25; both levels still add to 100, so no W101); T105 ≤error at 绩效目标!E11
  (电气设备完好率 36台).
* wr06: D204 ≤warning at Sheet1!D9 (年度目标 = 中期目标 in a three-year project); D202 ≤warning
  at Sheet1!E11 and Sheet1!E12 (cumulative counts copied into the 年度 column).
* wr08: B101 ≤error at Sheet1!C18 (second project: 96 ≠ 80 + 12); T105 ≤error at Sheet1!D23
  (AIS航标信号覆盖率 12座).
* wr10: T108 ≤warning at Sheet1!D12, row (灯桩失常率 ≥3%); F105 ≤error at Sheet1!B14 (（二）时效指标
  under 三、效益指标).
* wr11: X105 ≤warning at Sheet1!C5, alt X103 (资金总额 ``146.250 0``); X104 ≤warning at Sheet1!F4
  (计划完成日期 ``46022`` as text); X106 ≤error at Sheet1!D18, alt B108 (``38.5万38.5万(…)``).
* wr14: W101 ≤error, book level (weights add to 95); T112 ≤error at Sheet1!B11 (``≥12万元`` with
  unit column 座); T108 ≤warning at Sheet1!B13, row (航标失常率 反向 with ≥).
* wr16: B101 ≤error at Sheet1!B4, row (财政拨款 1900 + 其他资金 60 ≠ 资金总额 1980); B111 ≤error at
  Sheet1!F5 (项目支出 share 40%, 720 / 1980 = 36.4%); B102 ≤error at Sheet1!D10 (tasks
  300 + 260 + 150 = 710 against 金额合计 720).
* wr18: F109 ≤warning at Sheet1!B10 and Sheet1!B15, row (社会成本指标, 生态效益指标 left empty);
  F110 ≤error at Sheet1!C12 (≥98% under 质量指标 without a name).

Legitimate look-alikes in the correct returns: typed percent cells with a duplicating ``%`` unit
column (wr01, wr13), ≤ on 故障率 (wr01); ``=100%`` on 废旧蓄电池规范回收率 and ``≥2百分点`` /
``≥0.5百分点`` on rate changes (wr03, wr15); tier points and indicator points both adding to
100, with a note saying so (wr03); rates, unit costs and lifetimes equal in 中期 and 年度 while
counts are split (wr05); the same 航标正常率 with different values in two stacked projects and
``≤0起`` on an incident count (wr07, also 灯塔责任性安全事故 ≤ 0 起 in wr13); points in tier
labels adding to 100 and ★ core indicators with their note (wr09); a 下降率 with ≥ and a 合计 row
of weights (wr13); a share row and a footnote explaining that 金额合计 is 项目支出 only (wr15);
评价标准 text speaking of 百分点 (wr12); a unit cost × count equal to the money (wr17: 2 × 20 =
40); fill and signature dates in 2024 for the 2025 budget.

Judgements: wr02's 完工时间 100% is T113 (a deadline as a percent), not a rate problem, its
operator cell left empty. In wr04 the two W103 tiers compensate, so the totals hold and only the
tier subtotals are wrong. wr06's annual counts copied from 中期 make any cost check on the annual
column moot, so the table has no unit-cost row. wr08's B101 is marked at the total, not at a
part, as the reviewer cannot tell which cell is wrong. wr11's 46022 is 2025-12-31, so it is an
artefact, not a year conflict. In wr14 the values are bare numbers with the unit column; the
``≥12万元`` row is a unit conflict and nothing else. wr16's B101 is a row mark: the reviewer
cannot say whether 资金总额 or a part is wrong; the shares then no longer sum to 100% and only
the 项目支出 share is marked. Flat lists (wr13, wr14) carry no tier findings.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout398 import buoys, offices, towers
from tests.variants.holdout398.registry import HOLDOUT398
from tests.variants.kit import Variant

MODULES = (towers, buoys, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT398, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 398th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
