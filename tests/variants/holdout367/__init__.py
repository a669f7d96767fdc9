"""The 367th held-out set: lantern festivals and kite festivals (灯会 / 风筝节) as local cultural
and tourism events. Eighteen invented returns (雁汀县 for the lanterns, 苍浦市鸢川区 for the
kites), nine correct and nine with 23 required marks, judged per ``shared/domain.md`` before
goalbook ever saw them.

Layouts
-------
``lantern.py`` (vm01–vm06): project heads with operator and unit columns, three and two stacked
projects, a table split by a repeated header with a 注 row and 填表说明, tier-1 and indicator
points. ``kite.py`` (vm07–vm12): three- and two-year projects with 中期 and 年度 columns, two
complete column sets under a two-row header, a table on a second sheet under 考核指标 /
预期实现值 / 评价标准, 指标性质 as direction with 指标方向 as operator in words.
``departments.py`` (vm13–vm18): department heads with shares and tasks, two flat lists, template
rows left empty, a budget-system export (sheets 05-1 and 05-2, codes in the first columns).

Planted mistakes (code, highest accepted severity, place)
---------------------------------------------------------
* vm02: B105 ≤error at the 其他资金 cell (160,000.00元 in a 万元 block; B101 file-level
  tolerated); T108 ≤warning row (夜游安全事故发生率 with ≥); T106 ≤error (游客满意度 105%).
* vm04: B101 ≤error at the second project's 资金总额 (48 ≠ 40 + 10); T105 ≤error
  (巡游计划完成率 8支).
* vm06: W103 ≤error at the 产出 tier score 50 (indicators 45; W101 accepted, a file-level W101
  tolerated); T113 ≤warning (展馆重新开放时间 100%).
* vm08: D204 ≤warning at the 年度目标 cell; D202 ≤warning at each of two annual cumulative
  counts copied from 中期 (a B107 warning at the annual unit cost is tolerated).
* vm10: D201 ≤error (参赛学校数量 annual ≥60所 over period ≥40所); T108 ≤warning row
  (风筝放飞表演场次 ≤).
* vm12: T108 ≤warning row (风筝线缠绕伤人事件发生率 大于等于); T108 ≤warning row (单日安保成本
  等于).
* vm14: B101 ≤error at 资金总额 (420 + 260 ≠ 700); B111 ≤error at the 其他资金 share (9.57 %
  for 8.57 %); B102 ≤error at 金额合计 (150 + 60 + 40 = 250 ≠ 260).
* vm16: T112 ≤error (≥800元 against unit 人次); F110 ≤error at the empty name cell; W101
  ≤error file level (weights 95).
* vm17: X105 ≤warning alt X103 (其他资金 ``12.5 0``); F110 ≤error at the empty name cell;
  F109 ≤warning row (生态效益指标 left without indicator).

Legitimate look-alikes in the correct returns
---------------------------------------------
``=100%`` on 合格率 / 持证上岗率 (vm01, vm03, vm07, vm18); ``=0起`` / ``= 0 起`` on incident
counts (vm01, vm03, vm13, vm15); rates raised in 百分点 (vm01, vm07); 会员投诉量下降率 ≥15 %
(vm15); the same 服务对象满意度 with different values in stacked projects (vm03); rates equal
in 中期 and 年度 while counts differ (vm07); unit cost × count equal to the money (vm03:
60 × 3000元 = 18万元); fill and signature dates in the year before the budget year; a 注 row,
a repeated header, 填表说明 and 合计 rows (vm05, vm15); codes in the first columns and ★ marks
(vm18); typed percent cells (vm01, vm15).

Judgements
----------
* ``=0起`` on an accident count is the floor, not a zero target (T115 is for costs and output
  quantities) nor an ``=`` on a cost cap.
* vm06: only the indicator level must add up to 100; the tier scores (50/10/30/10) are checked
  against their indicators, the missing 5 points surface at the 产出 tier score.
* vm10: ``≤`` on a 正向 表演场次 is doubtful, so a warning; the annual 60所 above 40所 is an
  impossibility, so an error.
* vm17: ``12.5 0`` reads as 12.50, so the money then adds up; no B101 is asked for.
* vm16: F110 in a flat list is the same defect as in a tiered table.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout367 import departments, kite, lantern
from tests.variants.holdout367.registry import HOLDOUT367
from tests.variants.kit import Variant

MODULES = (lantern, kite, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT367, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 367th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
