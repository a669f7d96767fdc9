"""The 851st held-out set: 18 invented returns of 桐岗县 on county sports (national fitness
events, school sports facilities opening to the public, sports instructors training), 9 correct
and 9 with planted mistakes (23 required marks), aimed at checks across the table.

Layouts: project heads (one-year and multi-year with 中期 and 年度 columns), department heads
with budget and key tasks, two stacked projects, a flat list, tier labels numbered, with points,
abbreviated, headers 指标内容 / 绩效标准 / 预期实现值 / 预期目标, operator and unit columns, a
tier-1 score column, a table on a second sheet, a budget-system export (05-1 / 05-2).

Planted mistakes (return: code, highest accepted severity, place):

* kgc02: D104 warning (row, goal 12场 vs ≥10场); Y102 error at the deadline 2024年10月31日前
  (alt Y103, Y101); B107 warning (row, 3.5万元 × 10场 > 30万元).
* kgc04: B101 error at the second project's 年度资金总额 (45 ≠ 40 + 8; the same 中期 cell
  tolerated); D103 warning (row, alt D101, D102) on 对外开放学校数 after 对外开放学校数量.
* kgc05: D104 warning (row, 中期 ≥36场 against the 中期目标's 30场); D201 error at the annual
  ≥30场 above the period's ≥24场; D202 warning at the copied annual ≥600人次.
* kgc08: B101 error at 资金总额 (300 + 200 ≠ 520); B102 error at 金额合计 (96 + 64 + 60 ≠ 200);
  D104 warning (row, goal 24所 vs ≥20所).
* kgc10: F201 warning (row) for a 合格率 under 时效 and a 满意度 under 社会效益; D103 warning
  (row, alt D101) for the school count given twice under 数量.
* kgc12: F110 error at the empty name cell; F109 warning (row) at the empty 生态效益指标.
* kgc14: D104 warning (row, goal 二级120人 vs ≥150人); T108 warning (row, 合格率 ≤85%); B107
  warning (row, 1500元 × 400人 > 50万元).
* kgc16: D204 warning at the 年度目标 cell; D202 warning at the copied annual ≥800人.
* kgc18: Y101 error (row, alt Y102) at plan dates of 2024 under a 2025 title; X104 warning at
  the text serial 45991.

Look-alikes in the correct returns: a goal count with its parts in brackets and indicators for
each part (kgc01, kgc07); typed percent cells including 100% (kgc01, kgc13); 提高≥1/2/3/5百分点
(kgc01, kgc06, kgc15); =0起 on incident counts, equal in both columns (kgc01, kgc05, kgc11,
kgc13); a 下降率 with ≥ (kgc13); tier and indicator points both adding to 100 (kgc06); the same
indicator names with other values in stacked projects (kgc03, kgc04); cost × count equal to the
money (kgc01, kgc07, kgc11, kgc17); a footnote explaining 金额合计 (kgc07); a later year the work
prepares for (为2027年…, kgc15); 中期 counts beside smaller annual ones (kgc15); fill and
signature dates in the year before the budget year; text =100% (kgc17).

Judgements: D104 is marked at the indicator row, not at the goal text. Duplicates with equal
values are warnings (D103, D101 or D102 accepted). A deadline in the year before the budget
year is an impossibility (error); kgc18's plan dates likewise (Y101, Y102 accepted). Cost ×
count beyond the money stays a warning (the count is a floor, the cost a cap). kgc05's
=0起 copied to the year is tolerated, not asked for. kgc16's 年度目标 names no count, so no D104.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout851 import events, facilities, instructors
from tests.variants.holdout851.registry import HOLDOUT851
from tests.variants.kit import Variant

MODULES = (events, facilities, instructors)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT851, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 851st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
