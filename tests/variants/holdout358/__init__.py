"""The 358th held-out set: geothermal energy (地热) heating and shallow ground-source heat pumps.

18 invented returns (vd01–vd18), 9 correct and 9 with 24 required marks, written with
``tests.variants.kit`` and ``heads`` and measured with ``bench/accuracy.py --set holdout358``.
Places (沣原县, 岫川区, 嵘川县, 霁阳市, 漳岩市, 泓岱区, 朔溪市), units, people, phone numbers and
figures are invented. Budget year 2025; fill dates in November–December 2024.

Modules: ``heating`` (medium-deep geothermal heating, vd01–vd06), ``heatpumps`` (shallow
ground-source heat pumps, vd07–vd12), ``departments`` (department returns of geothermal and
heat-pump offices, vd13–vd18).

Layouts: project heads with one-year and three-year money blocks (万元, once only in the number
format); operator and unit columns; one value column with inline operators; two projects stacked
in one sheet (vd03, vd04); 中期 and 年度 columns (vd05, vd06); labels numbered with points
(vd07), with ★ / * and abbreviated (vd08); headers 指标内容 / 绩效标准 (vd09), 预期实现值 on a
second sheet (vd10), 预期目标 (vd18); tier-1 and indicator score columns (vd11, vd12);
department heads with shares and key tasks (vd13, vd14); flat lists with the operator (vd15) or
the direction (vd16) under 指标性质; a budget-system export with sheets 部门项目支出预算05-1 and
部门项目支出绩效目标05-2, header on the third row and project codes in the first columns (vd17).

Planted mistakes (return: code, highest accepted severity, place):

* vd02: T106 error at the 供暖室温达标率 value (105%, a percent cell); T105 error (row) at the
  管网泄漏修复及时率 value 12 with unit 处; T108 warning (row) at the ≥ of 单位面积供暖能耗.
* vd04: B101 error at the second project's 年度资金总额 (350 ≠ 300 + 70); T105 error at its
  地热尾水回灌率 ``2眼``.
* vd06: D204 warning at the 年度目标 cell (copies the 中期目标); D202 warning at the annual cells
  of 地热井钻探数量 and 新增地热供暖面积 (three-year counts copied). The annual cost cell is
  tolerated (``ok``): 5眼 × 170 exceeds the annual 400 only because the count was copied.
* vd08: F105 error at the tier-2 经济效益 inside the 产出 block; T108 warning (row) at
  热泵机组年故障率 ≥2%.
* vd10: T105 error at 换热孔验收合格率 ``320孔``; T107 warning at 使用人员满意度 ``=95%``.
* vd12: W103 error at the 产出 score 50 (indicators 45) and at the 效益 score 30 (indicators 35);
  X104 warning at the 系统调试完成时间 text ``45961`` (2025-10-31 as a serial).
* vd14: B101 error (row) at 资金总额 720 (280 + 460 = 740); B102 error at the 金额合计 460
  (tasks 180 + 150 + 120 = 450); F110 error at the empty name of the 质量指标 row.
* vd16: T112 error (row) at ``6万元`` with unit column 个; T108 warning (row) at 热泵系统运行故障率
  ``≥3%`` declared 反向; W101 error on the book (weights add to 95).
* vd18: X101 error at ``≥**万平方米``; F109 warning (row) at the empty tier-2 社会成本指标; F110
  error at the empty name of the 社会效益指标 row.

Legitimate look-alikes in the correct returns: ``=`` with a typed ``100%`` on a 合格率 (vd01) and
``=100%`` at the ceiling (vd03, vd05, vd17); 下降率 with ≥ (vd01, vd11, vd15, vd10's rate); a
完工时间 as a date cell (vd01); the same indicator name with different values in two stacked
projects (vd03); equal 中期 and 年度 values for rates and unit costs (vd05); points in the tier
labels and in a column, both adding to 100 (vd07, vd11); ``0起`` on an accident count and
``≥3百分点`` on a share raised (vd11); a note row between tiers, 说明, 填表说明 and stamp lines
(vd09); a footnote explaining that 金额合计 is the 项目支出 (vd13); typed shares adding to 100 %
(vd13); a 合计 row of weights in a flat list (vd15); a unit cost × count equal to the project
money (vd17, 4 × 45 = 180); fill and export dates in 2024 for the 2025 budget.

Judgements: the 反向 energy use in vd02 sits under 生态效益指标, so only its operator is
marked; vd04's B101 is marked at the total, the financing lines being plausible; vd14's B101 is
a row mark, as either 资金总额 or one of 基本支出 / 项目支出 may be the wrong figure; vd16's
T112 is a row mark because the conflict involves the unit column; 地热水位年降幅 ≤1米 (vd04,
vd13) is a cap on a decline, not a direction conflict; vd12's serial and vd18's placeholder are
not double-marked with T101 / T104.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout358 import departments, heating, heatpumps
from tests.variants.holdout358.registry import HOLDOUT358
from tests.variants.kit import Variant

MODULES = (heating, heatpumps, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT358, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 358th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
