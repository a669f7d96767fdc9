"""The 462nd held-out set: 18 invented returns on **cave dwellings (窑洞) renovation for rural
housing safety**, in two halves: reinforcement and repair of 窑洞 (加固改造, 修缮, 排水防渗) and
safety inspection and monitoring (排查鉴定, 隐患整改, 险情防控). All places (柳峪县, 枣塬镇, 涧头乡,
圪台乡, 峁梁乡, 沟岔镇, 坬底村, 石窑坪村, 硷畔村, 峪口村), people, phones and figures are invented;
the budget year is 2025.

Layouts: project heads (``heads.project_head``) with one-year and multi-year money blocks and
department heads (``heads.department_head``) with budget and task blocks; tier-1 and tier-2
merged down; an operator column (指标性质) with a unit column and typed percent cells (zd01,
zd02); operators inline (zd03, zd04, zd06–zd08, zd11–zd13, zd18); a budget detail block with a
合计 (zd03, zd06); tier-1 points with an indicator score column (zd05); stacked projects (zd07,
zd08); flat department lists in two column orders (zd09, zd10); a note row and a header repeated
after a page break, a total row, 填表说明 (zd11); numbered labels (zd12); 指标内容 / 绩效标准 with
marked and abbreviated labels (zd13); a two-row 预期实现值 header on a second sheet (zd14); 中期
and 年度 columns (zd15, zd16); 指标性质 as direction with 指标方向 as operator (zd17).

Planted mistakes (code, highest accepted severity, place), 22 required marks:

* zd02: T106 error at the typed 105% of 鉴定结论复核合格率; T108 warning (row) at the ≥ of
  窑洞险情发生率.
* zd04: B101 error at 年度资金总额 450 (380 + 60 = 440); B107 warning (row) at 户均改造补助标准
  ≤1.8万元/户 (× 300户 = 540万元 above the money).
* zd06: X103 warning at the text total ``1,260.00``; X104 warning (alt Y106) at the plan end date
  left as the text serial ``46022``; X106 error (alt B108) at the detail line ``85万85万``.
* zd08: B101 error at the second project's 年度资金总额 130 (110 + 15 = 125); T105 error at
  危窑隐患整改完成率 ``≥85处``.
* zd10: W101 error on the book (weights add to 95); T112 error at ``≤1.3万元`` with unit 户.
* zd12: F105 error at （四）可持续影响指标 under 二、产出指标; F109 warning (row) at the empty
  （二）生态效益指标; F110 error at the empty name of the row valued ``≥90%``.
* zd14: T105 error at 鉴定报告出具及时率 ``≥30`` 份; T113 warning at 鉴定服务完成时限 100%.
* zd16: D201 error at the annual ``≥7500米`` above the period ``≥6000米``; D202 warning at each of
  the two annual counts copied from 中期 (窑脸修缮孔数, 工匠技术培训人次).
* zd18: T107 warning at 除险工程验收合格率 ``=95%``; T108 warning (row) at ``=1.4万元/户`` on a cost
  cap and at ``≥3%`` on a 发生率.

Legitimate look-alikes in the correct returns: typed percent cells with ``%`` also in the unit
column (zd01, zd09); a footnote explaining the detail total (zd03); ``≤0起`` / ``≤0`` 起 on
accident counts (zd03, zd09, zd17); points at tier-1 and indicator level both adding to 100 and a
rate raised by ``提高≥3百分点`` (zd05); a unit standard × count exactly equal to the money (zd07
first project, zd14's 400元 × 1500份 = 60万元 is in a return with marks); the same satisfaction
indicator with different values in two stacked projects (zd07); ``=100%`` on a 转移率 and on a
消除率 (zd07, zd15); a 下降率 with ≥ (zd11, zd13, zd17); a note row, a repeated header and a
合计 row inside the table, 填报日期 in the year before the budget year (zd11 and every
signature line); rates and unit costs equal in 中期 and 年度 (zd15).

Judgements where a reviewer could hesitate: the B101 of zd04 is marked at the total, whichever
part is wrong; its B107 compares with either 450 or 440 (both below 540). zd08's 完成率 copies
the count of the row above, so only T105 is asked for. In zd16 ``≤0起`` in both columns is an
incident cap, not a cumulative count, so it is not a D202. A ``合计`` row in the tier-1 column
(zd05, zd11) is a total, not an unknown tier-1. ``11月30日前`` / ``10月31日前`` without a year
are deadlines within the budget year.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout462 import money_values, period_headers, structure
from tests.variants.holdout462.registry import HOLDOUT462
from tests.variants.kit import Variant

MODULES = (money_values, structure, period_headers)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT462, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 462nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
