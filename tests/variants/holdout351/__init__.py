"""The 351st held-out set: community parcel lockers and last-mile delivery.

Theme: smart parcel lockers (智能快递柜) placed in residential compounds, pickup times and
overdue parcels (超期件), complaints, and subsidies for community and rural courier stations
(快递驿站); all in the invented 澄岭区 (枫渡街道, 望禾里片区), budget year 2025.

Layouts: project heads (``heads.project_head``) with 万元 in the number format; NAT-2021 and
OLD-NAT tiers merged down; an operator column with a unit column (uw01); operators inside the
values (uw02); 中期 and 年度 columns for three- and two-year projects (uw03, uw04); headers 指标内容
/ 绩效标准 with a 注 row, 填表说明, signature and stamp lines (uw05); numbered labels (uw06); two
projects stacked in one sheet (uw07, uw08); tier-1 and indicator score columns (uw09, uw10);
labels with * and ★ and abbreviated tier-2s, 中央补助 + 地方资金 (uw11); a money detail block under
the table (uw12); department heads with flat lists (uw13, uw14), with tasks, a page break and
a 合计 row (uw15, uw16); a budget-system export with codes, the indicators on a second sheet
(uw17); header 预期目标 with template rows (uw18).

Planted mistakes (return: code, highest accepted severity, place):

* uw02: T108 ≤warning, row of 单格口改造成本 (`=450元/格` on a cost cap); T108 ≤warning, row of
  超期件投诉率 (`≥1.5%` on a 反向 rate); T106 ≤error at 居民满意度 `≥110%`.
* uw04: D202 ≤warning at each of two annual cells copied from 中期 (快递柜 200组, 驿站 30个);
  D201 ≤error at 快递员培训 annual `≥600人次` above the period `≥400人次`.
* uw06: T105 ≤error at 智能柜覆盖率 `36个小区`; Y102 ≤error at 改造完成时间 `2026年3月31日前`
  in a one-year 2025 project.
* uw08: B101 ≤error at the second project's 资金总额 46 (36 + 8 = 44); B107 ≤warning, row of
  每站建站补助 `≤1.5万元/站` × 40 = 60 > the project's money.
* uw10: W103 ≤error at the 产出指标 score 40 (indicators 15 + 5 + 10 + 5 = 35; W101 accepted);
  T113 ≤warning at 房租补助拨付时限 `100%`.
* uw12: X104 ≤warning at 补贴发放完成时间 `45991` (text); X105 ≤warning (X103 accepted) at the
  detail line `42.7 5`; X106 ≤error (B108 accepted) at `15万15万(含设备)`; a B102 at the 合计
  line is tolerated (≤error), not required.
* uw14: T108 ≤warning, row of 超期件投诉率 (`≥0.8` with 反向); W101 ≤error, book level
  (weights 95).
* uw16: B101 ≤error, row of the budget line (基本 450 + 项目 180 = 630 ≠ 640); B102 ≤error at
  金额合计 180 (tasks 80 + 60 + 30 = 170).
* uw18: X101 ≤error at `≥**组`; F110 ≤error at the empty name cell of a `≥95%` row; F109
  ≤warning, row of the empty 生态效益指标.

Legitimate look-alikes in the correct returns: `=100%` on 验收合格率 (uw01, uw03, uw05, uw07,
uw09, uw11, uw15); typed percent cells `pct(...)` with a % unit column (uw01, uw13); ≤ on
超期滞留件占比 and 故障率, `=0起` on parcel losses and safety incidents (uw01, uw13); a 下降率 with
≥ (uw09, uw13); `≥5百分点` on a rate change (uw09); tier points and indicator points both adding
to 100 (uw09); 每站运营补贴 1.2万元 × 50站 = 60 = the project's money (uw07); rates, unit costs
and grades equal in 中期 and 年度 (uw03); `驿站规范化达标率` with different values in two stacked
projects (uw07); signature and fill dates in December 2024 (uw01, uw05, uw12, uw13 head); a 注
row, 填表说明, stamp line (uw05), a repeated header and 合计 row (uw15), codes in the first columns
and a title row on each export sheet (uw17) are not indicators; 增长率 `≥15%` (uw11).

Judgements: `=450元/格` on a cost cap is a direction problem (T108 warning, as in the main
corpus), not an error. `≥110%` on a satisfaction is an impossibility (error). In uw04 the copied
annual counts are marked D202 at each cell even though the project's annual money is below
the period's. In uw08 the B107 holds whichever total (46 or 44) is used. In uw10 the indicator
sum 95 and the tier mismatch are one problem, so W101 is an alternative to W103, not a second
mark. In uw14 the values are bare numbers with the unit in its own column. uw12's date serial
is marked X104 only; a Y-code on it would be a false finding. A 快递服务有效投诉 `≤40件` (uw15)
is a count, not a rate.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout351 import departments, lockers, stations
from tests.variants.holdout351.registry import HOLDOUT351
from tests.variants.kit import Variant

MODULES = (lockers, stations, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT351, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 351st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
