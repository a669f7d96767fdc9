"""The 360th held-out set: 18 invented returns on urban rail transit (城市轨道交通) in the
invented city 汀湄市, nine on operation and safety (operation.py, safety.py) and nine on passenger
service (service.py); budget year 2025, money in 万元 (unit in the number format).

Layouts: one-year project heads (§3.1) with 年度资金总额 = 财政拨款 + 其他资金; three-year projects
with 中期 and 年度 columns (vf05, vf06); two projects stacked in one sheet (vf03, vf04); an operator
column 指标性质 with a unit column (vf01, vf02); a 指标方向 column (vf07); decorated tier labels
(vf09); an instruction row inside the table, the header repeated after a page break, footnotes,
填表说明 and signature lines (vf11); header 预期目标 (vf12); department heads with flat lists
(vf13, vf14); tier-1 and indicator score columns (vf15, vf16); a table on a second sheet under
考核指标 / 预期实现值 / 评价标准 (vf17); headers 指标内容 / 绩效标准 (vf18).

Planted mistakes (return: code, highest accepted severity, place):

* vf02: B105 error at Sheet1!C6 (其他资金 600,000.00元 in a 万元 block); T106 error at Sheet1!E10
  (兑现率 typed as 102%); B101 error at book level tolerated, not required.
* vf04: B101 error at 项目绩效目标!C19 (second project 260 ≠ 200 + 40); T105 error at
  项目绩效目标!D24 (修复及时率 `15次`).
* vf06: D202 warning at Sheet1!E10 and Sheet1!E11 (cumulative counts copied into 年度); D201 error
  at Sheet1!E12 (annual 360台 above the period's 300台).
* vf08: T108 warning, row marks, at Sheet1!D10 (正向 巡检次数 `≤365次`), Sheet1!D13 (cost
  `=0.8万元/公里`) and Sheet1!D14 (反向 发生率 `≥0.02%`).
* vf10: T106 error at Sheet1!D10 (完好率 `≥105%`); F105 error at Sheet1!B13 (时效指标 under
  效益指标).
* vf12: F110 error at Sheet1!C10 (value `≥95%` with an empty name); F109 warning, row mark, at
  Sheet1!B14 (生态效益指标 left from the template).
* vf14: B101 error at Sheet1!B4 (基本 2000 + 项目 1500 ≠ 资金总额 3600); T112 error, row mark, at
  Sheet1!B9 (`≤3个工作日` against unit column 小时); W101 error at book level (weights total 95).
* vf16: W103 error at Sheet1!B9 (产出 declared 50, indicator scores 45); T107 warning at Sheet1!E16
  (满意度 `=95%`); W101 error at book level tolerated, not required (indicator scores total 95).
* vf18: X104 warning at Sheet1!D4 (start date `45658` as text); X105 warning (alt X103) at
  Sheet1!E5 (`224.037 5`); X101 error at Sheet1!D10 (`≥XX人次`).

Legitimate look-alikes in the correct returns: `=100%` on 首班车准点发车率, 验收合格率, 持证上岗率,
档案完整率 (vf01, vf03, vf09, vf11); typed percents `99.5%`, `90%` (vf01, vf13, vf17); 下降率 with
≥ (vf07); `0起` on accident counts (vf07, vf09, vf11: a warning tolerated, no error);
`不高于15个工作日` in words (vf07); the same 验收合格率 with different values in two stacked
projects (vf03); cost standards × counts equal to or within the money (vf01 360, vf11 40 × 72 =
2880, vf17 600 × 0.7 = 420, vf05 120 × 18 ≤ 2400 and 40 × 18 ≤ 800); equal 中期 and 年度 rates and
unit costs in a three-year project (vf05); tier points 50/10/30/10 and indicator points both adding
to 100 and a rise `≥5百分点` (vf15); tier points in the labels only (vf09); a fill date in 2024
(vf11); footnote explaining how the unit cost was reckoned, instruction row and repeated header
(vf11); department tasks adding to 项目支出 2100 (vf13).

Judgements: `0起` without an operator on a liability accident count is the usual target, so a
T117-like warning is tolerated but nothing is required; vf10's `≥105%` is an error, whereas a
`≥100%` would have been doubtful; in vf16 the T107 `=95%` is a warning only; vf06's copied annual
counts are warnings (D202), the count above its period an error (D201); vf18's split number is
read as 224.0375 so the money block adds up (236.5 = 224.0375 + 12.4625); vf14 marks B101 at the
资金总额 cell although the fault may lie in 基本支出 or 项目支出; the time limit in vf10
(监测预警信息推送时限) is marked only for its parent, not as a C6 misfit.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout360 import operation, safety, service
from tests.variants.holdout360.registry import HOLDOUT360
from tests.variants.kit import Variant

MODULES = (operation, safety, service)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT360, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 360th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
