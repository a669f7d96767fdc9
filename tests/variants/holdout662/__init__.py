"""The 662nd held-out set: 18 invented returns on 酸枣仁与山楂干果加工、林果采摘 (budget year 2026,
榆岭市林业和果业发展局 and its units in 北崮镇, 苇塘乡, 棠坡镇, 石岗林场), with a careful
reviewer's marks; its aim is checks across the table.

Layouts: project heads with 万元 number formats (gv01, gv02, gv07–gv10, gv18), an operator and
unit column (gv01), operators in words in 指标方向 (gv10), numbered tier labels with points and an
indicator score column (gv07), a tier-1 score column (gv08), notes between tiers, a footnote
explaining a total, 填表说明 and signature lines (gv09), two stacked projects (gv03, gv04), a
department head with a flat list (gv05) or a tiered table (gv06, gv17), a budget-system export
with the table on sheet 05-2 under its header on the third row (gv11, gv12), multi-year projects
with 中期 and 年度 columns (gv13, gv14) or two complete column sets (gv15, gv16).

Planted mistakes (code, highest accepted severity, place):

* gv02: B101 error at the 年度资金总额 cell (100 + 40 ≠ 150); D104 warning (row) at 山楂鲜果收购量
  ≥2000吨 against the goal's 3000吨; F201 warning (row) at 烘干批次合格率 under 时效指标.
* gv04 (second stacked project): Y102 error at 2025年10月31日前 in a 2026 project; B107 warning
  (row) at ≤0.8万元/户 × 200户 = 160 > 120; D102 error (row, alt D101/D103) at the second
  山楂干出品率 (≥28% against ≥30%).
* gv06: B102 error at 金额合计 320 (tasks 300); D104 warning (row) at 果农技术培训 ≥300人次
  against the goal's 500人次; Y103 warning (row) at 2025年度山楂干果抽检合格率.
* gv08: W103 error at the 产出指标 score 40 (indicators 35); D103 warning (row, alt D101) at
  采摘步道修缮总长度 beside 采摘步道修缮长度; F201 warning (row) at 采摘游客满意度 under
  社会效益指标; W101 at book level tolerated (not required).
* gv10: T108 warning (row) at 大于等于 on 采收期鲜果损耗率; D104 warning (row) at the finish date
  11月30日 against the goal's 9月30日前; B107 warning (row) at 150元/人·天 × 6000人·天 = 90 > 80.
* gv12: Y101 error (alt Y103) at the 05-2 title 2025年 against 2026; X101 error (row) at the
  template example row 示例：XX指标 ≥XX; T105 error at 林果采摘机械化率 12台.
* gv14: D204 warning at the 年度目标 copied from 中期目标; D202 warning at the annual ≥1800亩;
  D201 error at the annual ≥12公里 above the period's ≥10公里; B107 (row) tolerated at the annual
  cost, a consequence of the copied area.
* gv16: B103 error at 年度资金总额 450 above 中期 400; Y102 error (alt D202) at the annual
  column's 2027年6月30日前.
* gv17: F110 error at the empty name of the row valued ≥95%; F109 warning (row) at the empty
  时效指标 row.

Legitimate look-alikes in the correct returns: a goal count with its parts in brackets (gv01,
gv03, gv05, gv09), unit cost × count equal to the money (gv01, gv03, gv07, gv09, gv13, gv15,
gv18), the same indicator name with different values in two stacked projects (gv03), ≥3百分点 /
≥5百分点 / ≥10百分点 rate raises (gv07, gv13, gv15), 0起 on incident counts (gv07, gv09, gv18),
tier points and indicator points both given, 90 in all with 预算执行率 scored apart (gv07), a
下降率 with ≥ and a 投诉率 with ≤ (gv18), 下降率 ≥ in a flat list (gv05), a footnote explaining a
total (gv09), signature dates in 2025 (gv01, gv09, gv18), fill dates in 2025 (gv05), a later year
the work prepares for (gv11), period counts above the year's in 中期 (gv13, gv15), a period
deadline in 2027 in the 中期 column of a two-year project (gv15), typed percent cells (gv01,
gv05, gv07, gv11, gv13, gv18).

Judgements: the duplicate in gv04 is within one project, not across the stacked ones; the 40-point
tier in gv08 is marked, the 85 total it causes is only tolerated; in gv14 the B107 the copied
area causes is tolerated; gv16's 2027 deadline in the annual column is an error because the
annual targets must fall in the budget year even in a two-year project; 用工纠纷调处率 100%
(gv09) is the ceiling, not above it.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout662 import multiyear, picking, processing
from tests.variants.holdout662.registry import HOLDOUT662
from tests.variants.kit import Variant

MODULES = (processing, picking, multiyear)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT662, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 662nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
