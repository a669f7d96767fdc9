"""The 377th held-out set: 18 invented returns on river ferries (轮渡/渡运, ``routes``) and
ferry safety on rural waterways (渡运安全, ``safety``), with multi-year ferry works, department
money and conversion artefacts (``periods``). Budget year 2025, county 鹭汀县 (invented).

Layouts: project heads (§3.1) with 万元 in the number format; OLD-NAT and NAT-2021 tiers merged
down; an operator column and a unit column (vw01, vw02, vw08); one value column with operators
inside (vw03, vw04, vw07, vw10, vw18); two projects stacked in one sheet (vw03, vw04); department
flat lists in two column orders (vw05, vw06); numbered labels with points (vw09); a
budget-system export with codes first, money on sheet 05-1 and indicators on sheet 05-2 under
考核指标 / 目标值（年度） / 评价标准 with * and ★ and abbreviated tier-2s (vw11); tier-1 and
indicator score columns (vw12, vw17); 中期 and 年度 columns (vw13, vw14); department heads with
占比 and tasks, the header repeated after a page break (vw15, vw16); notes, 填表说明, stamp,
signature and date lines (vw01, vw07, vw08, vw15); detail lines below the table (vw18).

Planted mistakes (return: code, highest accepted severity, place):

* vw02: B105 ≤error at the 其他资金 cell (240,000 元 in a 万元 block); T106 ≤error at the
  救生设备配备率 value (typed 105%); B101 file-level tolerated (not required).
* vw04: B101 ≤error at the second project's 年度资金总额 (75 ≠ 60 + 10); T108 ≤warning (row)
  at 渡船班次晚点率 ≥3%.
* vw06: T105 ≤error at the 渡口标准化改造完成率 value (4 个); W101 ≤error file-level
  (weights add to 95).
* vw08: T112 ≤error at 安全宣传资料发放 value (5000份, unit column 万元); T108 ≤warning (row)
  at the ≥ of 渡运事故发生率.
* vw10: F110 ≤error at the empty name cell of a row valued ≥300个; F105 ≤error at 时效指标
  under 效益指标; F109 ≤warning (row) at the template 生态效益指标 left empty.
* vw12: W103 ≤error at the 产出指标 score (50, indicators 45) and at the 效益指标 score (20,
  indicators 25); T115 ≤error at 人均培训费用 ≤0万元/人.
* vw13: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D202 ≤warning at the annual
  cells of 新建标准化渡口 and 更新钢质渡船 (three-year counts copied).
* vw16: B101 ≤error at 资金总额 (150 + 260 = 410 ≠ 420); B102 ≤error at the 金额合计 amount
  (120 + 90 + 45 = 255 ≠ 260).
* vw18: X105 ≤warning (alt X103) at the detail amount "46.2 5"; X106 ≤error (alt B108) at
  "18万18万(含运输)"; Y102 ≤error (alt Y101) at 计划完成日期 2026-03-31 of a one-year project.

22 required marks in all.

Legitimate look-alikes in the correct returns: ≤0起 / 0起 / ≤0人 on incident counts (vw01,
vw05, vw07, vw09, vw15); a 下降率 with ≥ (vw01, vw07, vw09); `=100%` as text on a 持证上岗率 and
an 验收合格率 (vw03, vw07, vw14); typed percents including pct(1) on a 适航率 (vw01, vw03, vw05,
vw11, vw17); the same indicator name with different values in two stacked projects (vw03);
a 合计 row in a flat list (vw05); 中期 = 年度 in a one-year project (vw14); tier points and
indicator points both adding to 100, and ≥5百分点 on a rate raised (vw17); a fill or stamp date
in 2024 (vw01, vw07, vw08, vw15); a 注 explaining how the money splits (vw07); every unit cost
× count within its money.

Judgements: the operator column ≤ beside "10月31日前" (vw02) is read as one deadline, not a
defect. In vw08 the 5000份 under a 万元 unit is a unit conflict (T112), not a rate. In vw18 the
one-year period ending 2026-03-31 is an impossibility, hence error. In vw13 the rate rows with
equal 中期 and 年度 values are not copies (rates may be equal); the 达标率 =100% / ≥40% pair is
a period ceiling against an annual step. In vw02 the B101 that the 元 cell causes is tolerated.
In vw15 the 产出指标 label is repeated after the page break as offices do.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout377 import periods, routes, safety
from tests.variants.holdout377.registry import HOLDOUT377
from tests.variants.kit import Variant

MODULES = (routes, safety, periods)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT377, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 377th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
