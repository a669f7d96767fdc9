"""The 385th held-out set: intercity bus stations and rural passenger transport (汽车站/农村客运).

Eighteen invented returns (places such as 柘岭县, 榆渡市, 磐江市, 苇塘市, 东栎镇 are invented),
budget year 2025, nine correct and nine with planted mistakes; ``stations.py`` (we01–we06, bus
stations), ``rural.py`` (we07–we12, rural transport), ``offices.py`` (we13–we18, department returns,
budget-system exports, a transfer form and a template return).

Layouts: project heads with one-year and 中期/年度 money blocks; an operator column (指标性质 as
operator) with a unit column (we01, we02); tier-1 and indicator score columns with a 合计 row
(we03, we04); a head on one sheet and the table on a second sheet under a two-row header
考核指标 / 预期实现值 with a 备注 column (we05); headers 指标内容 / 绩效标准 with a 填表说明 row
inside the table, 注 rows and signatures (we06); three and two projects stacked in one sheet
(we07, we08); a department flat list 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值 with a 合计 row
(we09); three-year projects with 中期 and 年度 columns (we10, we11); 指标性质 as direction and
指标方向 as operator (we12); department heads with a shares row and tasks (we13, we14); a
预算管理一体化 export with sheets 部门项目支出预算05-1 / 部门项目支出绩效目标05-2, header on the
third row, codes first, unmerged rows (we15, we16); a transfer-payment 区域绩效目标表 with
numbered, scored and marked tier labels, 中央补助 + 地方资金 (we17); header 预期目标 with
numbered tier-2 labels (we18).

Planted mistakes (code, highest accepted severity, place); 24 required marks:

* we02: T106 error at the typed ``102%`` of 售票系统正常运行率 (E); T105 error at 实名制核验率
  ``3200 人次`` (E); T108 warning, row, at the ``≥`` of 旅客购票投诉率 (D).
* we04: W103 error at the 产出指标 score 50 (indicators 40) and at the 效益指标 score 20
  (indicators 30), column B; T105 error at 候车区空调覆盖率 ``16台`` (E).
* we06: T113 warning at 站前广场改造完成时间 ``100%`` (D); Y102 error, row, at 竣工验收时间
  2026-03-31 in a project ending 2025-12-31 (D).
* we08: B101 error at the second project's 资金总额 50 (40 + 15 = 55); T105 error at
  监控设备安装比例 ``120辆``.
* we11: D204 warning at the 年度目标 cell (copy of the 中期目标); D202 warning at the annual
  ``≥90个`` of 改造农村客运招呼站; D201 error at the annual ``≥15条`` above the period ``≥12条``.
* we12: T108 warning, row, at the ``≤`` of a 正向 count and at the ``≥`` of a 反向 rate
  (指标方向 column E).
* we14: B101 error at 资金总额 980 (650 + 310 = 960); B102 error (alt B101) at the 金额合计 310
  (tasks 320); F110 error at the empty name cell of the 满意度 row.
* we16 (sheet 部门项目支出预算05-1): X105 warning (alt X103) at ``60.2 5``; X106 error (alt B108)
  at ``20万20万``; X104 warning at the text ``45961``.
* we18: F110 error at the empty name under 3.时效指标; F109 warning, row, at the tier-2 cells
  经济效益指标 and 生态效益指标 left empty.

Legitimate look-alikes in the correct returns: ``=100%`` / ``100%`` on 合格率 and 通客车率 (we01,
we03, we07, we13, we17); 投诉率 with ≤ and a 同比下降率 with ≥ (we01, we13); ``0起`` on incident
counts and ``= 0 起`` with a unit column (we05, we09, we13); ``提高≥5百分点`` on rate changes (we03,
we10); both levels of points given, each adding to 100 (we03); tier points 50 + 30 + 10 = 90
with a note that 预算执行率 is scored apart (we17); the same satisfaction indicator with different
values in different stacked projects (we07); rates and unit costs equal in 中期 and 年度, counts
strictly below (we10); unit cost × count equal to the money (we07 招呼站 1.5 × 30 = 45, we15
0.5 × 60 = 30); typed percents (pct) in we01, we03, we07, we09, we10, we13; a bare 100
with % in the unit column (we09); fill dates in December 2024 (the year before the budget year);
a 合计 row in the flat list and in the score table; 备注 notes 行业标准 / 历史标准 (we05); a
``定性`` operator with the grade 明显改善 (we15); 其他资金 0 (we05, we07, we15).

Judgements where a reviewer could hesitate:

* we04: tier scores 50 + 20 + 20 + 10 = 100 and indicator scores add to 100 as well, so the
  mismatch is per tier (W103), not a total (W101).
* we06: the 2026 date is an error (Y102) because the project is one year; the ``100%`` on a
  completion time is doubtful rather than impossible (warning).
* we08: the wrong figure could be any of the three money cells; the mark sits at the total.
* we14: the 金额合计 310 equals 项目支出, so the tasks are what is off; B101 is accepted there.
* we16: once ``60.2 5`` and ``20万20万`` are read as 60.25 and 20, the money adds up; the serial
  is a warning, its date lying inside the year.
* we17: 成本指标 under 产出 is OLD-NAT; ``（二）*质量`` and ``（三）时效`` are abbreviations.
* we11: ``≥95%`` period vs ``≥85%`` annual for a 通达率 is not a count rule breach.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout385 import offices, rural, stations
from tests.variants.holdout385.registry import HOLDOUT385
from tests.variants.kit import Variant

MODULES = (stations, rural, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT385, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 385th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
