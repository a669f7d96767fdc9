"""The 784th held-out set: 18 invented returns of a provincial water conservancy department
(省水利厅): irrigation-district modernisation (灌区续建配套与节水改造, ``irrigation``: kdn01–kdn06),
groundwater over-extraction control (地下水超采综合治理, ``groundwater``: kdn07–kdn12) and flood
warning for small and medium rivers (中小河流洪水预警, ``floodwarn``: kdn13–kdn18). The set aims at
checks across the table: 21 of its 25 required marks are found only by comparing one part of a
return with another.

Layouts: project heads (one-year, and three- and two-year projects with 中期 and 年度 columns),
department heads with budget and key tasks, two stacked projects in one sheet, flat lists (in two
column orders), tier labels numbered, with points, ``*``/``★`` and abbreviated, operator and unit
columns, 指标性质 as direction with operators in words, an indicator score column, budget-system
exports on two sheets with codes in the first columns, header words 绩效目标值 / 预期实现值 /
预期目标, note rows, a repeated header after a page break, 填表说明 and signature lines.

Planted mistakes (return: code, highest accepted severity, place):

* kdn02: D104 ≤warning (row, 新增恢复灌溉面积 2.3 vs goal 3.2万亩); F201 ≤warning (row, a
  building count under 质量); Y102 ≤error (the one-year 2025 project's deadline in 2026).
* kdn04: D204 ≤warning (年度目标 cell, copied from 中期); D201 ≤error (annual 96 > period 90公里);
  B107 ≤warning (row, 12万元/套 × 150套 = 1800 > annual 1600).
* kdn06: B101 ≤error (second project's 年度资金总额 920 ≠ 800 + 100); D102 ≤error (row, alt D103,
  D101: 骨干渠道衬砌长度 18 and 骨干渠道衬砌改造长度 16).
* kdn08: B102 ≤error (金额合计 1600 vs tasks 1550); D104 ≤warning (row, 1500眼 vs goal 1200眼);
  Y103 ≤warning (row, alt Y101: an indicator named 2023年… in 2025).
* kdn10: D102 ≤error (row, alt D103: 机井计量设施 3000 vs 农业机井计量设施 3200套); W101 ≤error
  (book level, weights 95).
* kdn12: Y103 ≤warning (年度目标 cell, alt Y101: goal written for 2024); T108 ≤warning (row,
  违规取水率 ≥3%); F201 ≤warning (row, a satisfaction rate under 社会效益).
* kdn14: D104 ≤warning (row, 68 rain stations vs goal 86 on the budget sheet); F201 ≤warning (row,
  a station count under 时效); B107 ≤warning (row, 8万元 × 68 = 544 > 480).
* kdn16: D202 ≤warning at each of two annual cells (cumulative counts copied from 中期);
  Y102 ≤error (alt Y101: the annual deadline 2024年11月30日前 in a 2025–2026 project).
* kdn18: F110 ≤error (empty name cell); F109 ≤warning (row, 时效指标 left empty); X101 ≤error
  (``≥XX人次`` in the template's example row).

Look-alikes in the correct returns: goal counts with their parts in brackets (kdn01, kdn07); a
later year the work prepares for (kdn01: 为2027年…); period counts in 中期 above the year's, rates
and unit costs equal in both columns (kdn03); the same indicator with other values in two stacked
projects (kdn05); typed percent cells (kdn01, kdn03, kdn07, kdn13); a 压减率 and a 下降率 with ≥
(kdn07, kdn15, kdn17); 0起 on an incident count (kdn07, kdn15); points both on tier-1 labels and
indicators, 100 both ways, and 提高≥5百分点 (kdn11); ``=100%`` kept as text (kdn13); a note row
inside the table and a header repeated after it (kdn15); fill and signature dates in the autumn
before the budget year (kdn01, kdn09, kdn15); every unit cost × count within its money.

Judgements: a count not matching the goal is a warning (D104), not an error, since the reviewer
cannot tell which figure is right; two values for the same indicator in one project are an error
(D102), a contradiction. A 2026 deadline in a one-year 2025 project (kdn02) and a 2024 deadline
before a 2025–2026 project starts (kdn16) are errors (Y102). A past year in a goal or indicator
name (kdn08, kdn12) is a warning (Y103). Cost × count above the money is a warning (B107). The
0起 target on an incident count (kdn07, kdn15) is a legitimate 零 target, not a zero quantity.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout784 import floodwarn, groundwater, irrigation
from tests.variants.holdout784.registry import HOLDOUT784
from tests.variants.kit import Variant

MODULES = (irrigation, groundwater, floodwarn)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT784, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 784th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
