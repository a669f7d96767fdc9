"""The 872nd held-out set: invented returns on waste sorting, with a careful reviewer's marks.

Theme: sorting bins and kiosks in residential areas (``bins``: kgx01–kgx06), kitchen-waste
collection vehicles (``trucks``: kgx07–kgx12) and waste-sorting supervisors (``supervisors``:
kgx13–kgx18). All units, places (苇岸区, 石栎县, 鹭汀市 with its 澄湖 and 北垣 streets), people,
phone numbers and figures are invented. Budget year 2026 throughout.

Layouts: project heads with one-year and multi-year money blocks (中期 and 年度), department heads
with key tasks and a 金额合计, tier labels numbered with points (kgx01), operator in words in a
指标性质 column with a unit column (kgx02), operator and unit columns (kgx07), two stacked projects
(kgx03), flat lists (kgx04, kgx13), a budget-system export on two sheets with codes in the first
columns (kgx09), headers 指标内容 / 绩效标准 with a note row, a repeated header and footnotes
(kgx14), a tier-1 score column (kgx16), a second-sheet table under a two-row header 绩效目标 /
预期实现值 · 评价标准 (kgx18), signature and date lines.

Planted mistakes (code, highest accepted severity, place):

* kgx02-bin-stations: D104 ≤warning, row of 分类桶站建设数量 (54座 against the goal's 45座; the
  goal cell tolerates it); Y102 ≤error, 桶站完工时间 cell (2025-11-30 in a 2026 project); B107
  ≤warning, row of 单只分类垃圾桶采购成本 (0.15 × 3600 = 540 > 480).
* kgx05-department-estates: B102 ≤error, 金额合计 cell (420+310+150 = 880 ≠ 900); D104 ≤warning,
  row of 分类覆盖住宅小区数 (1180 against the goal's 1260; goal cell tolerated); F201 ≤warning,
  row of 分类设施完好率 under 时效指标.
* kgx06-recycling-boxes-three-years: D201 ≤error, 年度 cell of 智能回收箱布设数量 (180 > 150);
  D204 ≤warning, the 年度目标 cell (copied from the 中期目标).
* kgx08-truck-capacity: B101 ≤error, 年度资金总额 cell (260 + 30 ≠ 300); F201 ≤warning, row of
  收运桶单只采购成本 under 数量指标; B107 ≤warning, row of 单车购置成本 (45 × 8 = 360 > 300).
* kgx10-route-leftovers: Y103 ≤warning (alt Y101), 年度目标 cell (“2025年完成”); D102 ≤error (alt
  D103, D101), row of the second 厨余垃圾日均收运量 (≥120吨 against ≥150吨 under 数量指标; the
  first row tolerated); X101 ≤error, row of the template example “示例：XX满意度 ≥XX%”.
* kgx12-market-trucks: Y102 ≤error, 车辆交付时间 cell (2025-08-31); D103 ≤warning (alt D101), row
  of 厨余垃圾收运车辆数量, a near-duplicate of 厨余垃圾收运车辆数 under another tier-2.
* kgx15-supervisor-allowance: D104 ≤warning, row of 督导员配备人数 (380 against the goal's 420;
  goal cell tolerated); B107 ≤warning, row of 督导员年人均补助 (2.4 × 420 = 1008 > 900); T108
  ≤warning, row of 居民垃圾分类投诉次数 (≥ on a 反向 count).
* kgx16-supervisor-points: W103 ≤error, the 产出指标 score cell (50 declared, 45 below); F201
  ≤warning, row of 督导服务对象满意度 under 社会效益指标; F110 ≤error, the empty name cell of the
  ≥85% row under 生态效益指标. W101 at book level is tolerated (same shortfall), not required.
* kgx17-training-three-years: Y103 ≤warning (alt Y101), the 中期目标 cell (2023—2025年 in a
  2026–2028 project); D202 ≤warning, the 年度 cell of 累计培训督导员 (the period's 1500 copied);
  T106 ≤error, the 年度 cell of 培训考核合格率 (≥105%).

Across the table (goal/indicator, years, 中期/年度, duplicates, tiers, cost × count, totals,
leftovers): all but T108, T106 and F110, i.e. 22 of the 25 required marks.

Legitimate look-alikes in the correct returns: tier points and indicator points both adding to
100 (kgx01), ≥5百分点 / ≥3百分点 / ≥2百分点 rate changes (kgx01, kgx07, kgx09), 0起 / ≤0起 on
incident counts (kgx01, kgx04, kgx07, kgx09), typed percent cells including =100% (kgx04,
kgx07, kgx13) and a bare 100% (kgx01), 下降率 with ≥ (kgx04, kgx18), goal counts with their parts
in brackets (kgx01, kgx07, kgx14, with a footnote explaining the total), unit cost × count equal
to the money (kgx01: 2.2 × 120 = 264; kgx03; kgx09: 180元/吨 × 30000吨 = 540万元), the same
indicator with different values in two stacked projects (kgx03), the period's count beside a
smaller year's count and equal rates in 中期 and 年度 (kgx11), a later year the work prepares for
(kgx11: 为2028年全市推广积累运行数据), fill and signature dates in 2025 (the year before),
note, 填表说明, repeated header and signature rows (kgx14), codes in the first columns (kgx09).

Judgements where a reviewer could hesitate:

* D104 findings may land at the goal cell or at the indicator row: both are accepted (the goal
  cell carries an ``ok`` up to warning); the goal/indicator conflict is only doubtful (warning).
* Y102 is accepted as an error: a 2026 project cannot be due in 2025; the goal states 2026.
* B107 stays a warning (standard × count exceeds the money, but other sources could exist).
* kgx10's duplicate has different values, so D102 (error) is accepted; D103/D101 also match.
* kgx12's near-duplicate has equal values, so a warning (D103 or D101).
* kgx17's Y103: the 2023—2025 text is the previous plan's; Y101 is accepted too.
* kgx16's W103: the indicator scores add to 95, so a W101 on the whole return is tolerated.
* kgx06's 年度目标 text is the 中期目标 text (D204) while the annual count exceeds the period's
  (D201, an impossibility, error).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout872 import bins, supervisors, trucks
from tests.variants.holdout872.registry import HOLDOUT872
from tests.variants.kit import Variant

MODULES = (bins, trucks, supervisors)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT872, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 872nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
