"""The 610th held-out set: 18 invented returns with a careful reviewer's marks.

Theme: fig (无花果) orchards and a 醪糟 (fermented rice) workshop in the invented 蓼川县 (towns
岑湾镇, 柘坪乡; villages 枧头村, 榆塘村), with the county e-commerce service centre
(蓼川县电子商务公共服务中心) selling both. Budget year 2026. The set's aim is checks across the
table: goal text against indicators, years and dates, 中期 against 年度, duplicates, tier-2
placement, unit cost × count against money, parts against totals.

Layouts: ``orchard`` (ev01–ev06): project heads with an operator and a unit column, one value
column under 绩效目标值, 中期 and 年度 columns (two- and three-year projects), two projects
stacked in one sheet. ``workshop`` (ev07–ev12): department heads with task blocks and numbered
tier labels, flat lists in two column orders, 指标内容 / 绩效标准 headers, a budget-system
export (sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, header on the third row,
project codes in the first columns, the header repeated for the second project).
``ecommerce`` (ev13–ev18): tier-1 points with indicator scores, 中期/年度 columns, a department
table with a two-row header and a note row between tiers, 考核指标 / 目标值（年度）, operators
in words with 预期目标 and 度量单位.

Planted mistakes (code, highest accepted severity, place); 22 required marks:

* ev02-fig-low-yield: B107 ≤warning Sheet1!D9 (1800元/亩 × 350亩 = 63万 > 60万);
  D104 ≤warning Sheet1!D10 (≥350亩 against the goal's 400亩); F201 ≤warning Sheet1!C13
  (row; 验收合格率 under 时效指标).
* ev04-fig-grafting-two-years: D201 ≤error Sheet1!E11 alt D104 (年度 900亩 > 中期 800亩);
  D104 ≤warning Sheet1!D12 (中期 2座 against the 中期目标's 3座).
* ev06-fig-stacked-leftovers: B101 ≤error Sheet1!C20 (second project 35 ≠ 30 + 8);
  Y102 ≤error Sheet1!D27 (投产时间 2025年10月31日, last season's date).
* ev08-laozao-department-wrong: B102 ≤error Sheet1!D9 (tasks 95 ≠ 金额合计 100); D104
  ≤warning Sheet1!D12 (≥10家 against the goal's 12家); D103 ≤warning Sheet1!C16 (row) alt
  D101, D102 (醪糟抽检合格率 ≥95% beside 醪糟产品抽检合格率 ≥98%).
* ev10-laozao-flat-wrong: D102 ≤error Sheet1!A11 (row) alt D101, D103 (醪糟年销售额 300 and
  260 万元); W101 ≤error book level (weights 95).
* ev11-laozao-last-season: Y101 ≤error Sheet1!D4 (row) alt Y102 (plan 2025 under a 2026
  title); Y102 ≤error Sheet1!D12 (deadline 2025年12月31日前); B107 ≤warning Sheet1!D13
  (8个 × 3.5万元 = 28万 > 25万).
* ev14-ecom-live-points: W103 ≤error Sheet1!A9 (产出 40分 over scores of 45); D104 ≤warning
  Sheet1!D10 (≥150人次 against the goal's 200人次); W101 ≤error book level tolerated.
* ev15-ecom-warehouse-copied: D204 ≤warning Sheet1!D9 (年度目标 = 中期目标); D202
  ≤warning Sheet1!E11 alt D104 and Sheet1!E12 (cumulative counts copied into 年度).
* ev17-ecom-wrong-tier2: F201 ≤warning Sheet1!C11 (row; 场次 under 质量); F201 ≤warning
  Sheet1!C16 (row; a 满意度 under 社会效益).

All but W103 and W101 compare one part of the return with another (19 of 22).

Legitimate look-alikes in the correct returns: ev01 a goal area with its parts in brackets
(300亩 = 180 + 120), typed percent cells, a 病虫害发生率 with ≤, 1500元/亩 × 300亩 = 45万
within 60万; ev03 the period's counts beside smaller year counts, 2029 named as the year the
work prepares for, equal rates and unit costs in both columns, 1200元/亩 × 1500亩 = 180万 ≤ 240万
and × 500亩 = 60万 ≤ 80万; ev05 the same 技术培训人次 with different values in two stacked
projects, =100% kept as text, a 下降率 with ≥; ev07 新办作坊 3家 as part of the goal's 12家,
0起 on food-safety incidents, 10万元/家 × 12 = 120万 equal to the task money, a fill date in
2025; ev09 a typed percent, =100 on a coverage rate, a 合计 row and a note, weights 100; ev12
the header row repeated, code and title rows, 1500元 × 120批次 = 18万 ≤ 20万; ev13 points at
tier-1 and indicator level both adding to 100, 提高≥3百分点; ev16 实施周期 1800人次 beside
年度 600人次 (the goal says both), a note row between tiers, 填表说明 naming 2026—2028, a
signature dated 2025, 1.5万元 × 60 = 90万 equal to the task; ev18 operators in words, a
下降率 with 大于等于, 0.5元/件 × 60万件 = 30万 equal to the money, a typed percent.

Judgements: a near-duplicate with another value (ev08) is accepted as D101/D102/D103 up to a
warning, while two rows of exactly the same name and unit with two values (ev10) may be an
error. The copied 包裹处理量 (ev15) also contradicts the goal's 60万件, so D104 is accepted
there. Plan dates a year early (ev11) are one mark on the 项目期 row and the 2025 deadline
another. ev14's tier points add to 95 only because of the 产出 40分: W101 is tolerated, not
asked for. 覆盖率 under 数量指标 (ev17) and coverage of 100% are not marked. A multi-year
department table (ev16) with equal rates in both columns is not D202 (rates, not counts).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout610 import ecommerce, orchard, workshop
from tests.variants.holdout610.registry import HOLDOUT610
from tests.variants.kit import Variant

MODULES = (orchard, workshop, ecommerce)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT610, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 610th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
