"""The 835th held-out set: 18 invented aquaculture returns (pond renovation, fry release into
rivers, water quality monitoring) with a careful reviewer's marks; 9 correct, 9 with 2–3 planted
mistakes (24 required marks), most of them found only by comparing parts of a return.

Layouts: project heads (one-year and three-year with 中期/年度 columns, NAT-2021 and OLD-NAT),
department heads with budget and task blocks, a flat list, two projects stacked in one sheet, a
table on a second sheet, a budget-system export (codes in the first columns, header repeated
after a 注 row), operator columns (symbols or words), direction and operator columns, unit
columns, tier labels numbered, marked (*, ★), abbreviated, with points, score columns.

Planted mistakes (return: code, highest severity, place):

* kfm02: D104 warning, 改造池塘面积 ≥850亩 row (goal 800亩); Y102 error alt Y103/D104, 完工时间
  2024年10月31日前 (budget year 2025); B107 warning, 亩均改造成本 row (3000 × 800 = 240 > 200万).
* kfm04: Y103 warning alt Y101, 年度目标 naming 2024 (project 2025–2027); D201 error, 新建尾水池
  年度 15 > 中期 12; D202 warning, 进排水渠道 年度 copied from 中期.
* kfm06: D102 error alt D103/D104, 改造池塘面积 ≥450亩 row (= 标准化改造池塘面积 ≥500亩);
  F201 warning, 养殖户满意度 under 社会效益 (row).
* kfm08: B107 warning, 苗种采购单价 row (0.12 × 300万尾 = 36 > 30万); D104 warning, 放流苗种数量
  ≥350万尾 row (goal 300万尾); Y102 error alt Y103/D104, 放流完成时间 2024年6月6日前.
* kfm10: D204 warning at the 年度目标 cell (copied from 中期目标); D202 warning, 放流苗种数量 年度;
  T106 error, 检疫合格率 中期 ≥105%.
* kfm12: B101 error, 资金总额 row (520 + 350 ≠ 850); B102 error, 金额合计 350 (tasks add to 340);
  D101 warning alt D103, 放流苗种数量 repeated under 数量指标 (row).
* kfm14: D104 warning, 尾水监测点位 30 row (goal 36); T108 warning,
  监测数据差错率 反向 with ≥ (row).
* kfm16: F109 warning, 时效指标 left without indicator (row); F110 error, empty name with ≥90%.
* kfm18: W103 error at 产出 score 50 (indicators 55) and at 效益 score 30 (indicators 25); F201
  warning, 单点次监测费用 under 数量 (row).

Look-alikes in the correct returns: kfm01 ≤0起 on an incident count, a 超标排放率 with ≤, typed
percent cells, 为2026年全县推广积累经验 (a later year the work prepares for), goal areas with parts
in brackets, a footnote explaining the cost (2000 × 1200 = 240 ≤ 300万); kfm03 period counts above
the year's, rates and unit costs equal in both columns; kfm05 the same name with different values
in two stacked projects; kfm07 a part count (珍稀 30万尾 of 400万尾), =100% on 检疫合格率, a 合计
row in the flat list, a 死亡率 with ≤; kfm09 the part 20万尾 of 500万尾 with a 说明 row; kfm11 tier
points and indicator points both 100, ≥2百分点, ≤0起; kfm13 a 下降率 with 大于等于; kfm15 a 注 row
and a repeated header in an export; kfm17 points at two levels with a 合计 row, ≥3百分点.

Judgements: a last-year deadline is Y102 (error, an impossibility for this budget year) but Y103 or
D104 are accepted; a goal count differing from the indicator is a warning (D104), not an error;
kfm12's duplicate has the same value, so D101 (warning); kfm10's 中期 column time limit
每年6月30日前 is a legitimate recurring deadline; kfm17/18 give tier scores in their own
column, so only one level adds to 100; kfm18's tier totals still reach 100, so no W101.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout835 import fry, ponds, water
from tests.variants.holdout835.registry import HOLDOUT835
from tests.variants.kit import Variant

MODULES = (ponds, fry, water)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT835, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 835th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
