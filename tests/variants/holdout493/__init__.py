"""The 493rd held-out set: 18 invented returns on freshwater pearl (淡水珍珠) farming moved out of
翠渚湖 (澹溪县, invented) and the lake's water quality afterwards, with a careful reviewer's marks.

Layouts: project heads (one-year and three-year, 中期 and 年度 columns), department heads with
budget and task blocks, two projects stacked in one sheet, flat lists (指标名称 · 权重 · 计量单位 ·
指标性质 · 指标值), an operator column with percent cells, 指标性质 as direction with 指标方向 as
operator in words, tier-1 and indicator score columns, headers 指标内容 / 绩效标准 / 预期实现值, a
header repeated after a page break, 注 / 说明 / 填表说明 rows, signature and stamp lines, a table
on a second sheet, a budget-system export (sheets 05-1 and 05-2, codes first, header on row 3,
numbered tier labels with points).

Planted mistakes (return: code, highest accepted severity, place):

* ai02-exit-percent-wrong: T106 error at 拆除区域验收合格率 ``105%`` (Sheet1!E11); T108 warning
  (row) at the ``≥`` of 蚌壳及废弃网具乱堆放发生率; T107 warning (row) at the ``=`` of 退养户满意度
  ``95%``.
* ai04-stacked-wrong: B101 error at the second project's 年度资金总额 240 (170 + 60 = 230); T105
  error at 补偿资金兑付完成率 ``126户``.
* ai06-multi-year-copied: D204 warning at the 年度目标 cell (copied from 中期目标); D202 warning at
  the 年度 cells of 拆除网箱面积 and 签订退养协议户数 (cumulative counts copied).
* ai08-flat-defects: W101 error on the whole return (weights add to 95); T108 warning (row) at the
  ``≥`` of 水质超标断面比例; T112 error at 巡湖执法检查 ``≥48人`` (unit column 次).
* ai10-points-mismatch: W103 error at the 产出指标 score 45 (indicators add to 40; W101 accepted);
  T105 error at 监测数据传输及时率 ``≥12次``; a file-level W101 tolerated (tier scores add to 105).
* ai12-direction-wrong: T108 warning (row) at 大于等于 on 化学需氧量浓度 (反向) and at 小于等于 on
  水质采样点位数 (正向).
* ai14-department-money-wrong: B101 error at 资金总额 1300 (420 + 840 = 1180 + 80 = 1260); B102
  error at the 金额合计 840 (tasks 300 + 410 + 110 = 820).
* ai16-notes-and-artefacts: X104 warning at 计划完成日期 ``46387`` stored as text; X105 warning
  (X103 accepted) at 其他资金 ``56.3 2``.
* ai17-template-second-sheet: F109 warning (row) at the empty 时效指标 row; F110 error at the empty
  name cell of the ``≤0.05mg/L`` row (messages must not quote an empty name).

Legitimate look-alikes in the correct returns: ``=100%`` on 验收合格率 (ai01, ai03, ai05, ai15);
a 下降率 with ≥ (ai07, ai11, ai16); ``≤0起`` / 小于等于 0 起 on incident counts (ai07, ai11, ai13);
100 both ways with tier and indicator scores (ai09); ``提高≥5百分点`` / ``提高≥3百分点`` on shares
(ai09, ai13); a footnote explaining the 金额合计 (ai13); equal unit costs and rates in 中期 and 年度
with smaller annual counts (ai05); the same indicator names with other values in stacked projects
(ai03); 水面漂浮网具残留率 (反向) with ≤ and percent cells (ai01); fill and stamp dates in 2025
(ai15, ai16); bare percent cells without operator in the export, explained by a 说明 row (ai18).

Judgements: in ai02 the ``=95%`` satisfaction target is a warning only (domain §4.2 rule 6); in
ai06 the unit cost and the satisfaction rate equal in both columns are not copies; ai10's
W103 is the required mark while the tier total of 105 it causes is only tolerated; in ai04 only
the total cell is marked, not the parts; ai16's split number makes the money add up once read
as 56.32; a 项目支出 task list adding to 金额合计 = 项目支出 (not 资金总额) is correct (§3.2).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout493 import forms, removal, waterbody
from tests.variants.holdout493.registry import HOLDOUT493
from tests.variants.kit import Variant

MODULES = (removal, waterbody, forms)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT493, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 493rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
