"""The 327th held-out set: 18 invented returns on groundwater and water-intake management
(地下水超采综合治理, 取水许可监管, 取用水计量设施, 地下水监测站点, 水资源费征收), 9 correct and
9 with 2–3 planted mistakes (23 required marks), to measure ``goalbook check`` out of sample.

Layouts: project heads (one-year and three-year with 中期/年度 money), department heads with
shares and key tasks, OLD-NAT and NAT-2021 tiers merged down, numbered / pointed / starred /
abbreviated tier labels, operator and unit columns, a tier score column beside an indicator
score column, two projects stacked in one sheet, flat lists, a budget-system export with codes
in the first columns on two sheets, a two-row header repeated after a page break, an indicator
table on a second sheet, notes, 填表说明, stamp and signature lines.

Planted mistakes (return: code, highest accepted severity, place):

* ty02-meter-wrong: T108 warning (row, 计量设施更新安装数 ≤); T106 error (row, 计量设施在线率
  105 %); T108 warning (row, 计量数据误差超限率 ≥).
* ty04-stacked-wrong: B101 error (second project's 年度资金总额 95 ≠ 70 + 20); T105 error
  (重点取水户计量覆盖率 ``860户``).
* ty06-fee-department-wrong: B101 error (资金总额 980 ≠ 基本 620 + 项目 340); B102 error (金额合计
  340, tasks add to 320).
* ty08-overdraft-copied: D204 warning (年度目标 cell, text copied from 中期目标); D202 warning at
  each of the two copied annual cumulative counts (机井 210眼, 节水改造 3万亩).
* ty10-monitor-points-wrong: W103 error at the 产出 score (40, indicators 45) and at the 效益
  score (40, indicators 35); T105 error (超采区监测站点覆盖率 ``≥36个``).
* ty12-well-closure-wrong: T108 warning (row, 正向 count with ≤); T106 error (row, 合格率 > 100
  with unit %); T108 warning (row, cost cap with =).
* ty14-flat-wrong: T112 error (value ``≥1200万元`` against unit column 户); W101 error (book
  level, weights add to 95).
* ty16-template-empty: F110 error (empty name cell of a row with ``≥95%``); F109 warning (row,
  社会成本指标 left empty; row, 经济效益指标 left empty).
* ty18-second-sheet-artefacts: X105 warning, X103 accepted (年度资金总额 ``152.6 8``); X104
  warning (``46387`` text as the 核定结果报送时间).

Legitimate look-alikes in the correct returns: ``超许可水量取水发生率 ≤ 2%`` and ``=100%`` on a
整改率 with percentages typed in Excel (ty01); the same satisfaction name with different values
in two stacked projects and a unit cost × count equal to the budget (ty03); ``水资源费欠缴率较上年
降低 ≥2百分点`` and rounded shares adding to 100 % (ty05); a deadline in 2028 in the 中期 column of
a 2026–2028 project, rates equal in both columns, 地下水位下降幅度 ≤ (ty07); tier scores and
indicator scores both adding to 100 and ``≥5百分点`` (ty09); ``0起`` on 违规复采事件, a footnote
explaining the total, a fill date in 2025 (ty11); ``超采区面积下降率 ≥ 5 %`` and ``未经许可取水
事件 ≤ 0起`` in a flat list (ty13); a project code in text cells and a header on the third row
of a second sheet (ty15); abbreviated and starred labels (``★产出``, ``*质量``, ``数量``) and a
repeated two-row header (ty17).

Judgements: ``0起`` (ty11) is tolerated up to a warning with ``ok`` but not asked for; the
``>`` operator with 100 and unit % (ty12) is marked T106 on the row since the rate cannot exceed
its ceiling; in ty10 both tier scores are marked, the indicator totals still reaching 100, so no
W101; in ty06 the B101 is marked at 资金总额, although 基本支出 or 项目支出 could be the wrong
one; in ty14 the weight total is a book-level mark as for f02; ``关停任务完成时限 ≤ 9 个月``
(ty12) and ``清淤维护完成时间 ≤ 10 个月`` (ty15) are read as time limits, not dates.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout327 import department, groundwater, permits
from tests.variants.holdout327.registry import HOLDOUT327
from tests.variants.kit import Variant

MODULES = (permits, groundwater, department)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT327, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 327th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
