"""The 793rd held-out set: county hospital upgrades (CT purchase, chest-pain centre, telemedicine
links to township clinics), 18 invented returns of 芦渡县, 9 correct and 9 with planted mistakes,
most of them found only by comparing one part of a return with another. Budget year 2025.

Layouts: project heads (one-year, two-year and three-year with 中期/实施期 and 年度 columns),
department heads with task blocks, a detail block above the table, operator and unit columns,
tier points with an indicator score column, numbered and abbreviated tier labels, two stacked
projects in one sheet, a flat list, a budget-system export (code columns, table on sheet
05-2), a department table on a second sheet under a two-row header, 注/说明/填表说明 rows and
signature lines.

Planted mistakes (return: code, highest accepted severity, place):

* kdw02: B102 ≤error at the 合计 cell (alt B101; 560 + 70 + 30 + 15 = 675 ≠ 680); D104 ≤warning
  row of 进修影像技师人数 (goal 6, indicator ≥4); Y102 ≤error row of 设备投入使用时间 (2026 deadline
  in a one-year 2025 project).
* kdw04: Y103 ≤warning at the 年度目标 cell (a 2023 tender left in); D201 ≤error at the annual
  CT检查人次 (30000 > 25000); D202 ≤warning at the annual 培训人数 (copied ≥20人).
* kdw06: F201 ≤warning row of CT影像诊断符合率 under 时效; D102 ≤error row of 全年CT检查人次 under
  社会效益 (alt D103, D101, F201; the same count as 年CT检查人次 with 4000 against 5000).
* kdw08: W103 ≤error at the 产出指标（50分） cell (45 under it); D104 ≤warning row of 培训人次
  (goal 150, indicator 100); T108 ≤warning row of 胸痛患者院内死亡率 ≥3%. W101 ≤error on the file
  is tolerated, not required (the indicator scores add to 95).
* kdw10: B101 ≤error at the second project's 年度资金总额 (120 + 20 ≠ 150); D104 ≤warning row of
  胸痛救治单元建设数量 (annual goal 8, indicator 6).
* kdw12: W101 ≤error on the file (flat-list weights add to 95); D104 ≤warning row of 乡村医生培训
  人数 (goal 200, value 150); Y102 ≤error row of 胸痛中心通过认证时间 (2024-12-31).
* kdw15: X101 ≤error at the template's example value ≥XX%; F201 ≤warning row of 远程心电诊断
  符合率 under 时效; B107 ≤warning row of 终端单价 (22 × 14 = 308 > 280).
* kdw16: Y101 ≤error row of the plan dates (2024 in a 2025 return; alt Y102); D104 ≤warning row
  of 终端升级乡镇卫生院数 (goal 16, indicator 14).
* kdw18: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201 ≤error at the annual
  远程影像诊断例数 (9000 > 8000); T106 ≤error at the annual 覆盖率 ≥105%.

Legitimate look-alikes in the correct returns: a 下降率 with ≥ (kdw01, kdw03, kdw14), =100% at
the ceiling and typed percent cells (kdw01, kdw13), a later year prepared for (为2026年…,
为2027年…: kdw01, kdw03, kdw13), period counts above the year's with rates and unit costs equal
in both columns (kdw03, kdw14), 100 both ways with tier points and indicator scores and a 合计
row (kdw07), 提高≥5百分点 (kdw07), a goal count with its part in brackets (kdw07) or a total with
its parts (kdw11: 3000 = 2000 + 1000), =0起 on an incident count (kdw11, kdw13), the same
indicator name with different values in two stacked projects (kdw09), unit cost × count equal
to the money (kdw09: 15 × 8 = 120), a cost line beside a noted remainder (kdw05: 78 + 18 = 96),
fill dates in 2024 under 2025 returns, task amounts adding to 项目支出 (kdw11, kdw17).

Judgements: the D104 marks sit at the indicator's row, not the goal cell (the goal text is the
reference, the indicator the one to fix). In kdw10 the single value column of a two-year project
is read as the year's, so 6 is compared with the 年度目标's 8, not the period's 16. kdw06's
duplicate is marked D102 (two targets for one count) with D103/D101 accepted, and F201 accepted
too, as a count under 社会效益 is also misplaced. kdw16's 2024 plan dates may be reported as
Y101 (title against dates) or Y102 (dates outside the year). B107 is a warning (a cap, not a
spend). kdw08's W101 follows from W103 and is only tolerated.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout793 import chestpain, imaging, telemed
from tests.variants.holdout793.registry import HOLDOUT793
from tests.variants.kit import Variant

MODULES = (imaging, chestpain, telemed)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT793, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 793rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
