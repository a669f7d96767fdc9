"""The 502nd held-out set: tung oil (桐油) pressing mills and wooden boat caulking (捻缝) in the
invented river county of 槐渡县 (town 油坊滩镇, villages 上渡, 鹭洲, 石门坳, 沙湾, 柳溪).

18 returns, budget year 2025, money in 万元: 9 correct, 9 with 22 required marks. ``mills``
(ar01–ar06) holds the pressing mills, ``caulking`` (ar07–ar12) the ferries and fishing boats,
``town`` (ar13–ar18) the offices of both: department returns, flat lists, a table under other
header words and a budget-system export.

Layouts: project heads with operator and unit columns and typed percentages (ar01, ar02);
three and two mill projects stacked in one sheet (ar03, ar04); three-year projects with 中期 and
年度 columns (ar05, ar06); tier-1 score and indicator score columns (ar07, ar08); numbered
labels with points and ★ (ar09); abbreviated labels 产出 / 数量 (ar10); header 预期目标 with
template rows (ar11); money detail lines under the table (ar12); department heads with tasks
(ar13, ar14); flat lists in two column orders (ar15, ar16); headers 指标内容 / 绩效标准 with a
注 row and a header repeated after a page break (ar17); a budget-system export with sheets
部门项目支出预算05-1 and 部门项目支出绩效目标05-2, header on row 3, project codes in the first
columns (ar18).

Planted mistakes (code, highest accepted severity, place):

* ar02: T106 error at 桐油酸值检测合格率's typed 105% (Sheet1!E); T108 warning, row, at the
  ≥ of 压榨设备故障停机率 (a 反向 rate).
* ar04: B101 error at the second project's 年度资金总额 45 (30 + 10 = 40); T105 error at
  榨油设备完好率 `12台`.
* ar06: D204 warning at the 年度目标 cell (copied from 中期目标); D202 warning at the 年度
  cells of 新建晾籽场 `≥6个` and 培训压榨工 `≥180人次` (copied from 中期).
* ar08: W103 error at the 产出指标 score 50 (indicators 55) and at the 效益指标 score 30
  (indicators 25); both levels still add to 100, so no W101.
* ar10: F105 error at the tier-2 `时效` under `效益`; T108 warning, row, at 渡船捻缝返修率 `≥2%`.
* ar11: F110 error at the empty name cell of the row valued `≥120平方米`; T113 warning at
  检修完工时间 typed 100%; F109 warning, row, at the template tier-2 社会成本指标.
* ar12: X105 warning (alt X103) at 年度资金总额 `36.487 5`; X104 warning at 计划完成日期 text
  `46022`; X106 error (alt B108) at the detail line `12万12万(含麻丝桐油灰)`.
* ar14: B101 error at 资金总额 300 (基本 120 + 项目 170 = 290, while 260 + 40 = 300); B102
  error at 金额合计 170 (tasks 90 + 70 = 160).
* ar16: T108 warning, row, at 渡船捻缝返修率 `≥3` (direction column 反向); T112 error at
  单船修缮费用 `≤1.2万元` over unit column 艘; W101 error at book level (weights 95).

Legitimate look-alikes in the correct returns: typed percentages with % repeated in the unit
column (ar01, ar15, ar18 without operator); `≤` on 榨饼残油率 and 储存损耗率; `≤0起` / `0 起`
on accidents and `≤0家` on mills discharging waste water (ar01, ar09, ar15, ar18); 渗漏报修率降幅
`≥3百分点`, 年检通过率 `提高≥2百分点` (ar07) and 掺假投诉下降率 大于等于 20 % (ar15); 100 both
ways with tier and indicator scores (ar07); `100%` and `=100%` on 合格率 (ar07, ar12, ar17);
equal 中期 and 年度 values for rates and unit costs, cumulative counts split (ar05); the same
indicator names with different values in stacked projects (ar03); unit standard × count equal
to the money (ar13: 0.04 × 3000 = 120; ar17: 2.5 × 8 = 20) and footnotes explaining them; a
subtotal (合计) row and an explanatory 说明 under a flat list (ar15); a 注 row, a repeated
header, 填表说明 and signature lines (ar17); fill dates in 2024.

Judgements: ar02's 停机率 and the 返修率 (ar10, ar16) are 反向, so ≥ is a direction conflict
and only a warning. ar04's 完好率 in 台 is a rate given as a count: an error. ar08 is marked at
the two tier scores, not as W101, since the indicator scores alone add to 100. ar11's 100% on
a completion time is a warning (T113), not T105. ar12's detail lines add up once the pasted
amount is read as 12 and the split total as 36.4875. ar16's weights are marked at book level.
ar17's second block repeats 产出指标 after the page break: one tier-1 split by the repeated
header, not a duplicate. ar18's `≤0家` is a zero-discharge target, not a cost rounded to 0.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout502 import caulking, mills, town
from tests.variants.holdout502.registry import HOLDOUT502
from tests.variants.kit import Variant

MODULES = (mills, caulking, town)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT502, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 502nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
