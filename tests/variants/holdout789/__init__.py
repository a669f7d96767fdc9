"""The 789th held-out set: 18 invented returns on urban flood drainage in the invented city of
汶澜市 (鹭汀区, 榆溪新区): pump stations, storm-drain dredging and waterlogging warning points.
Nine returns are correct, nine carry 2–3 planted mistakes (25 required marks), most of them
found only by comparing one part of a return with another.

Layouts: project heads with 万元 money blocks (one-year and 中期/年度), department heads with
key tasks, 金额合计 and shares; OLD-NAT and NAT-2021 tiers merged down, numbered (一、/（一）/1.),
with points (产出指标（50分）) or abbreviated (产出, 数量); header words 目标值, 指标内容/绩效标准,
预期目标, 预期实现值; operator column (比较符, 指标性质) or operator in words (指标方向) with a
direction column (指标性质 正向/反向) and a unit column; two stacked projects; a flat list; a
weight column with subtotal rows and a header repeated after a page break; a budget-system export
(sheets 05-1 and 05-2, codes in the first columns); a table on a second sheet.

Planted mistakes (return: code, highest accepted severity, place):

* kds02-pump-maintenance-goal: D104 ≤warning at the value of 泵站运行维护数量 (goal: 12 stations,
  indicator ≥10座); F201 ≤warning (row) 汛期泵站开机及时率 under 数量指标; Y102 ≤error alt Y103
  at 汛前检修完成时间 `2025年5月31日前` in a 2026 return.
* kds04-pump-new-multiyear: D201 ≤error alt D104 at the 年度 value 8座 (中期 6座); D202 ≤warning
  alt D104 at the 年度 pipeline length copied from 中期 (goal says 3公里); Y102 ≤error alt Y103
  at the 年度 deadline `2025年12月31日前`, before the project starts.
* kds06-pump-budget-export: B101 ≤error at 资金总额 200 on sheet 05-1 (150 + 30 = 180); B107
  ≤warning (row) at the unit cost 30万元/台 × 8台 = 240 on sheet 05-2.
* kds08-drain-duplicate-lengths: D102 ≤error (row) alt D103/D101/D104 at 雨水管渠清淤总长度
  ≥100公里 beside 雨水管渠清淤长度 ≥120公里; D104 ≤warning at 检查井清掏数量 ≥2500座 (goal
  3000座); F201 ≤warning (row) 外运淤泥含水率达标率 under 时效.
* kds10-drain-tier-points: W103 ≤error at `一、产出指标（50分）` (indicators 45); W103 ≤error at
  `三、效益指标（30分）` (indicators 35; the grand total is 100, so no W101); F201 ≤warning (row)
  alt F105 小区居民满意度 under 社会效益指标.
* kds12-drain-budget-lines: D104 ≤warning at 清淤完成时间 `2026年8月31日前` (goal: 6月30日前);
  B107 ≤warning (row) at 清淤单价 0.9万元/公里 × 100 = 90 > 80; B102 ≤error at the budget lines'
  合计 80 (52 + 18 + 12 = 82); B101 on the file tolerated, not required.
* kds14-warn-direction-words: D104 ≤warning at 新建内涝预警监测点 40 (goal 45个); X101 ≤error at
  the template's `**` left in 预警信息发布渠道; T108 ≤warning (row) 预警误报率 反向 with 大于等于.
* kds15-warn-template-rows: F109 ≤warning (row) at the empty 社会成本指标 row; F110 ≤error at the
  empty name of a row valued ≥120次; Y103 ≤warning alt Y101 at the name
  `2025年汛期积水点巡查覆盖率`.
* kds17-warn-system-two-year: D204 ≤warning at the 年度目标 cell, a copy of the 中期目标; D201
  ≤error at the 年度 value ≥75个 (中期 ≥60个); B107 on the cost row tolerated (it follows from 75).

Legitimate look-alikes in the correct returns: kds01 `泵站故障停机率 ≤2%` (反向 with ≤),
`积水点数量下降率 ≥30%`, `=` with `100%` on 验收合格率, 50万元/台 × 9 = 450 ≤ 480, a typed percent;
kds03 the same name 机组完好率 at ≥95% and ≥98% in two stacked projects, 24万元/台 × 4 = 96 =
its money and 其他资金 0; kds05 tier points and indicator points both adding to
100, `提高≥35百分点`;
kds07 a flat list with a 合计 row of weights (100), `=` 100% on 淤泥无害化处置率; kds09 a goal of
86公里 with its parts (52 + 34) as two indicators, `为2027年推广…积累经验`, 0.8 × 86 = 68.8 = its
money, subtotal rows, a repeated header, a 2025 signature date; kds11 中期 48公里 beside 年度
22公里, equal unit costs and rates, a 2027 deadline in the 中期 column of a 2026–2027 project;
kds13 `易涝点积水致人伤亡事件 ≤0起`, `下降率 ≥50%`, a goal of 30 points with its parts (12 + 18)
as indicators; kds16 `=100%` kept as text, a date cell, amounts carried by the number format;
kds18 shares summing to 100 %, 金额合计 = 项目支出 with a footnote saying so.

Judgements: a deadline in the year before the budget year (kds02, kds04) is Y102 up to error
(it cannot be met with this year's money), Y103 accepted; a conflicting duplicate of one
quantity (kds08) is accepted as an error; a leftover year inside an indicator name (kds15) is
only a warning; satisfaction under 社会效益 (kds10) is a wrong tier-3 placement (F201), F105
accepted; in kds12 the budget lines are marked at their 合计, the B101 the same gap may raise is
tolerated; in kds17 the cost overrun computed from the wrong annual count is tolerated only.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout789 import dredging, pumps, warning
from tests.variants.holdout789.registry import HOLDOUT789
from tests.variants.kit import Variant

MODULES = (pumps, dredging, warning)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT789, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 789th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
