"""The 370th held-out set: assistive devices for people with disabilities (假肢/辅具) and
sign-language (手语) services, 18 invented returns with a careful reviewer's marks.

Layouts: project heads (one-year and multi-year, 中期/年度 money and value columns) and department
heads with their money blocks and task lists; tier-1 and tier-2 merged down; numbered tier labels
with points (vp07, vp08); a tier-1 score column beside an indicator score column (vp15); operator
columns in symbols (vp01, vp18) or words (vp02); unit columns; two projects stacked in one sheet
(vp03, vp04); flat department lists (vp05, vp17); header words 预期目标, 考核指标, 绩效目标值,
评价标准 (vp11, vp12); a table on a second sheet (vp11); a budget-system export with codes in the
first columns and the header on the third row (vp13); detail lines, 注/填表说明/说明 rows, signature
and date lines (vp06, vp14, vp15, vp17).

Planted mistakes (code, highest accepted severity, place):

* vp02: T106 error at the typed 105% of 矫形器适配验收合格率 (cell); T108 warning at the 大于等于 of
  矫形器返修率 (row).
* vp04: B107 warning at 轮椅采购单价 ≤0.5万元/台 (0.5 × 400 = 200 > 180) (row); B101 error at
  the second project's 年度资金总额 150 ≠ 100 + 40 (row); T105 error at 助听器验配回访率
  ≥300人次 (cell).
* vp08: W103 error at 产出指标（40分） (indicators 45) and at 效益指标（30分） (indicators 25)
  (cells); F105 error at 时效指标 under 效益指标 (cell).
* vp10: D204 warning at the 年度目标 cell identical to 中期目标; D201 error at the annual ≥30个
  against the period ≥20个 (cell); T108 warning at 手语翻译服务投诉率 ≥2% (row).
* vp12: F110 error at the empty name cell of a row with ≥400人次; F109 warning at 生态效益指标 left
  without indicator (row).
* vp14: X105 warning (alt X103) at the total `312.0 5`; X106 error (alt B108) at
  `120万120万(含拍摄设备)` in the detail lines (cells).
* vp16: B101 error at 资金总额 960 (基本 400 + 项目 580 = 980) (row); B102 error at 金额合计 580
  (tasks 570) (cell); Y102 error (alt Y103) at the date 2027-03-31 in a 2026 return (cell).
* vp17: W101 error (book level, weights 95); T112 error at `12万元` with unit column 场 (cell).
* vp18: B105 error at 其他资金 `300,000.00元` in a 万元 block (cell), B101 tolerated (book level,
  not required); T115 error at a unit cost shown as 0 with unit 万元/人 (cell); T107 warning at
  the `=` of 服务对象满意度 95% (row).

Legitimate look-alikes in the correct returns: a typed 100% with `=` on a 覆盖率 (vp01) and
`=100%` on 合格率 / 持证上岗率 (vp03, vp06, vp07); a 下降率 with ≥ (vp01); `≤0起` on an incident
count (vp05, vp15); `≥5百分点` on a rate raise (vp15); 100 points both at tier and indicator level
(vp07 labels, vp15 columns) with a note explaining the total (vp15); the same 服务对象满意度 name
with different values in two stacked projects (vp03); unit cost × count equal to the money (vp16's
0.1 × 3000 = 300, though vp16 is not correct for other reasons) and below it everywhere else;
rates equal in the 中期 and 年度 columns while counts differ (vp09); fill dates in 2025 for a 2026
budget (vp06, vp17); 其他资金 0 (vp11); a 注 row between tiers and a 说明 row explaining the total
(vp06); codes repeated in every row of an export (vp13).

Judgements: vp04's B107 is a warning (the count is a floor, the price a cap; doubtful, not
impossible). vp16's B101 is marked on the 资金总额 row: the reviewer cannot tell which of the five
cells is wrong. vp18's 0 in 万元/人 is taken as a rounded value (an error), not a 零增长 target.
vp17's unit column 场 with `12万元` is a unit conflict (T112), not a rate problem. vp08's misplaced
时效指标 is counted in the 效益 points (it sits in that block), which is why the 效益 sum is 25.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout370 import devices, mixed, signlang
from tests.variants.holdout370.registry import HOLDOUT370
from tests.variants.kit import Variant

MODULES = (devices, signlang, mixed)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT370, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 370th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
