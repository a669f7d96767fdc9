"""The 718th held-out set: 18 invented returns of 澜屿县 (all places, units, people, phone
numbers and figures invented) on a marine fishing-boat safety upgrade (AIS beacons, life rafts;
``safety``, kaz01–kaz06) and on a fishing-port dredging project and a fishermen's insurance
subsidy (``dredging``, kaz07–kaz12; ``insurance``, kaz13–kaz18). Budget year 2025 throughout.

Layouts: project heads with one value column (kaz01, 04, 06, 09, 11, 12, 14), numbered tier
labels with an operator column in words, a unit column and header 绩效标准 (kaz02), 中期 and 年度
columns (kaz03, 07) and a two-row header with 实施期 and 年度 (kaz15), tier-1 points and an
indicator score column (kaz10), two projects stacked (kaz05, 11), a budget-system export in 元
with codes in the first column, the header on the third row of a second sheet (kaz08), a
budget detail block (kaz12), department heads with key tasks (kaz13, 16), a department flat
list with 实施周期 and 年度 columns (kaz17), a head on one sheet and the table under 考核指标 ·
目标值（年度） · 评价标准 on a second, the header repeated after a page break (kaz18).

Planted mistakes (25 required marks; ★ = found only by comparing parts of the return):

* kaz04: ★ D104 ≤warning at the 配发数量 value (row): goal says 86台, indicator ≥68台;
  ★ Y102 ≤error (alt Y103, Y101) at the deadline 2024年10月31日前 in a 2025 return;
  ★ B107 ≤warning (row) at the unit price: 2.5万元 × 86 = 215 > 160.
* kaz05: ★ B101 ≤error (row) at the second project's 年度资金总额 95 ≠ 70 + 20;
  ★ D103 ≤warning (row, alt D102, D101, F201): 补助更新救生筏数 under 社会效益 repeats
  救生筏更新补助数量 (≥140 / ≥150具).
* kaz06: ★ D104 ≤warning (row): goal 38艘, indicator ≥36艘; F110 ≤error at the empty name
  cell of a row valued ≥38台; F109 ≤warning (row) at a 时效指标 left without indicator.
* kaz07: ★ D204 ≤warning at the 年度目标 cell (identical to 中期目标 in a two-year project);
  ★ D201 ≤error at the 年度 疏浚土方量 ≥42万 above the period's ≥38万; ★ D202 ≤warning at the
  年度 航道疏浚长度 copied from the period (2.4公里).
* kaz09: ★ Y104 ≤error (alt Y102) at the 计划完成日期 2024-12-31 before the start 2025-03-01;
  ★ Y103 ≤warning (alt Y101) at the 年度目标 copied from 2023; ★ X101 ≤error (row) at a template
  example row left in (（示例）培训人次 ≥**人次).
* kaz12: ★ B102 ≤error (row) at the detail 合计 860 ≠ 620 + 180 + 40; ★ B107 ≤warning (row)
  at the unit cost: 32元 × 30万立方米 = 960万 > 860万; ★ F201 ≤warning (row): a volume under 质量.
* kaz14: ★ D104 ≤warning (row): goal 60% of the premium, indicator ≥50%; T105 ≤error (alt D104)
  at 渔民参保率 2800人; ★ D101 ≤warning (row, alt D103, F201): 渔民互助保险参保人数 repeated
  under 社会效益.
* kaz16: ★ B102 ≤error (row) at the 金额合计 840 ≠ 520 + 300; ★ Y103 ≤warning (row, alt Y101)
  at the indicator 2024年度渔船保险理赔案件办结率 left from last year's return.
* kaz17: ★ W101 ≤error on the book (weights 95); ★ D201 ≤error at the 年度 1800艘 above the
  实施周期 1500艘; T108 ≤warning (row) at ≥ on 理赔投诉率.

Legitimate look-alikes in the correct returns: typed percents (pct) in kaz01, 02, 08, 13; a
下降率 with ≥ (kaz01); ≤0起 incident counts (kaz01, 02, 08, 11); =100% at the ceiling (kaz02,
03, 10, 15, 18); a goal total with its part in brackets matched by two indicators (kaz02,
kaz13); a later year the work prepares for inside the period (kaz03, 为2026年…); period counts
three times the year's (kaz03, 15); rates and unit costs equal in both columns (kaz03, 15); a
覆盖率 ≥33% in the year beside =100% for the period (kaz03); unit cost × count equal to the
money (kaz02 96, kaz08 840万, kaz10 300, kaz18 96) or below it; points at two levels, both 100
(kaz10); ≥8百分点 on a rate raise (kaz10); the same 疏浚土方量 with different values in two
stacked projects (kaz11); 注 / 说明 / 填表说明 rows, signature lines dated in 2024 (kaz01, 11,
13, 18); a repeated header row (kaz18); 其他资金 0 (kaz02, 11, 18).

Judgements: kaz04's deadline is marked Y102 (a date outside the year), Y103/Y101 accepted.
kaz05's near-duplicate has another value, so D102 is accepted as well as D103. kaz08's
监理费 stored as the text ``360,000.00`` is tolerated up to a warning (X103) and read as
360 000, so the lines add up to 9 000 000元. kaz09's goal year 2023 is a leftover (warning), not
a contradiction of the budget year. kaz14's T105 may come as D104 (the goal says 90%).
kaz17 is a flat list: no tier findings of any kind.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout718 import dredging, insurance, safety
from tests.variants.holdout718.registry import HOLDOUT718
from tests.variants.kit import Variant

MODULES = (safety, dredging, insurance)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT718, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 718th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
