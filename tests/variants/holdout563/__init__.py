"""The 563rd held-out set: 18 invented returns on blueberry (蓝莓) and red-jujube (红枣) orchards
and fruit drying, with a careful reviewer's marks, to measure ``goalbook check`` out of sample.

Layouts: project heads (``heads.project_head``) and department heads (``heads.department_head``)
with their money blocks; tier-1 and tier-2 merged down; operator and unit columns; typed percent
cells and 万元 in the number format; three stacked projects; flat department lists in two
column orders; numbered, pointed, starred and abbreviated tier labels; a transfer-payment table
(中央补助 + 地方资金); 中期 and 年度 columns; tier-1 and indicator score columns; a 填表说明 row
inside the table, 注/说明 lines, signature and date lines; subtotal rows and a header repeated
after a page break; a table on a second sheet; a budget-system export (sheets 05-1 and 05-2,
header on the third row, codes in the first columns, operators in words).

Planted mistakes (return, code, highest accepted severity, place):

* da02-blueberry-percent-wrong: T106 ≤error at the 检测合格率 value ``105%`` (typed percent);
  T108 ≤warning (row) at the ``≥`` of 农药残留超标率.
* da04-blueberry-stacked-wrong: B101 ≤error (row) at the second project's 年度资金总额 95
  (80 + 20 = 100); T105 ≤error at 分选设备完好率 ``12台``.
* da06-blueberry-tier-points-wrong: W103 ≤error at the 产出指标 score 50 (indicators 45);
  T113 ≤warning at 采收季预冷完成时间 ``100%``. W101 file-level tolerated (indicators total 95).
* da08-jujube-flat-defects: T112 ≤error at ``12万元`` with unit column 台; T108 ≤warning (row)
  at 烘干枣果霉变率 ``≥3`` with direction 反向; W101 ≤error file level (weights 95).
* da10-jujube-wrong-parent: F105 ≤error at the tier-2 cell ``3.经济效益指标`` under 产出指标;
  F109 ≤warning (row) at the empty template tier-2 ``2.社会成本指标``.
* da12-jujube-copied-period: D204 ≤warning at the 年度目标 cell (copied 中期目标); D202 ≤warning at
  the annual cells of 密植园建设面积 and 作业道路 (two-year project, cumulative counts copied).
* da15-drying-second-sheet (绩效指标 sheet): T105 ≤error at 冻干设备利用率 ``180天``; T113
  ≤warning at 冻干线投产时间 ``100%``.
* da17-drying-department-money: B101 ≤error (row) at 资金总额 520 (基本 300 + 项目 240 = 540);
  B111 ≤error at the 其他资金 share 15.0% (60 ÷ 520 = 11.5%); B102 ≤error at 金额合计 240
  (tasks 250).
* da18-drying-artefacts: X105 ≤warning (alt X103) at 年度资金总额 ``312.4 5``; X106 ≤error (alt
  B108) at the detail line ``96万96万(含安装调试)``; F110 ≤error at the empty name cell of the
  ``≥2400吨`` row. B102 file-level tolerated.

Legitimate look-alikes in the correct returns: typed percents ``95%``/``100%``/``5%`` (da01,
da16), ``=`` 100% typed and as text ``=100%`` on 合格率 (da01, da13); 病虫害发生率 ≤ (反向 with
≤, da01, da11); a 下降率 with ≥ (da07 裂果损失下降率, da13 霉变损失下降率); ``0起`` on an
incident count (da13); ``≥5百分点`` and ``提高≥5百分点`` rate changes (da03, da05); points 100
both at tier-1 and at indicator level (da05); 90 points with 预算执行率 scored separately and said
so in a 注 (da09); the same 满意度 name with different values in stacked projects (da03) and in
two projects of an export (da16); unit cost × count equal to the money (da03 training 200 × 1200
= 24, da16 500 × 900 = 45); rates and unit costs equal in 中期 and 年度 (da11); fill and signature
dates in the year before the budget year (da01, da13); subtotal, 合计, unit and repeated header
rows (da14); 填表说明, 注 and 说明 rows (da13); a 中央补助 label in place of 财政拨款 (da09).

Judgements where a reviewer could hesitate:

* da09 totals 90, not 100: the note says 预算执行率 (10分) is scored apart, which domain.md §5
  allows; tier-label points (50/30/10) match the indicator points.
* da06: W103 is the finding; the indicator total of 95 it causes is tolerated as W101, not asked.
* da17: the shares of 基本支出 (57.7%) and 项目支出 (46.2%) match their amounts; their sum over
  100% comes from the B101 defect, so only the 其他资金 share is marked B111.
* da02 ``蓝莓果品质量安全事件 = 0起`` and da13 ``0起`` are zero-incident targets, not T115.
* da12: the tier-2 ``成本指标`` cost cap 0.15万元/亩 × the copied 1200亩 = 180 still fits the
  annual 200, so no B107 follows from the copy.
* da16 repeats tier labels on every row (exports do not merge) and da14 closes each tier block
  with a 小计 row: neither is an indicator.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout563 import blueberry, drying, jujube
from tests.variants.holdout563.registry import HOLDOUT563
from tests.variants.kit import Variant

MODULES = (blueberry, jujube, drying)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT563, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 563rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
