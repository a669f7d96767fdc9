"""The 852nd held-out set: 18 invented returns on food safety supervision (market sampling
tests, canteen inspections, food safety training for vendors), 9 correct and 9 with 2–3 planted
mistakes (24 required marks), most of them found only by comparing one part of a return with
another. Invented places: 栖梧县, 鹿鸣区, 云岫区, 望潮市; budget year 2025 throughout.

Layouts. Project heads (one-year and multi-year with 中期/年度 money and goals), department
heads with budget and key-task blocks; NAT-2021 and OLD-NAT tiers merged down, numbered
(一、/ （一） / 1.), with points (`产出指标（50分）`), marks (`*`, `★`) or abbreviated (数量);
headers 指标值, 绩效目标值, 预期实现值, 中期指标值 / 年度指标值; operators in their own column as
symbols or words; unit columns; a tier-1 score column beside an indicator score column; flat
lists; stacked projects; a budget-system export (codes in the first columns, header on the third
row, sheets 05-1 / 05-2); a table on a second sheet with a header repeated after a page break;
注 / 说明 / 填表说明 rows, signature and date lines. Module ``sampling``: kgd01–kgd06,
``canteens``: kgd07–kgd12, ``training``: kgd13–kgd18.

Planted mistakes (code, highest accepted severity, place):

* kgd02: D104 ≤warning at the 重点品种专项抽检批次 row (goal 2400批次, indicator ≥2000批次);
  Y102 ≤error at the 完成时限 cell `2024年12月31日前` (alt Y101, Y103); B107 ≤warning at the
  单批次检测费用 row (1000元 × 2000 = 200万 > 180万).
* kgd04: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201 ≤error at the annual
  抽检批次 cell (5000 > 4500, alt D104); D202 ≤warning at the annual 快检室建设数 cell.
* kgd06: D102 ≤error at the second 抽检批次 row (集贸市场(食品)抽检批次 1500 / 1200; alt D103,
  D101, D104); F201 ≤warning at 抽检样品复检合格率 under 时效 (row).
* kgd08: B102 ≤error at the 金额合计 cell (90+50+40+50 = 230 ≠ 240); D104 ≤warning at the
  学校食堂检查家数 row (goal 420家, indicator ≥380家); Y103 ≤warning at the 年度总体目标 cell
  (完成2024年度…任务 in a 2025 return, alt Y101).
* kgd10: W101 ≤error, book level (weights 95); D101 ≤warning at the repeated 养老机构食堂检查覆盖率
  row.
* kgd12: X101 ≤error at `≥**人次` (template example row); Y102 ≤error at the 公示时间 row
  (2026-03-31 in a one-year 2025 project, alt Y101, Y103); B107 ≤warning at the 检查评定费用 row
  (0.5万 × 300 = 150万 > 120万).
* kgd14: W103 ≤error at `产出指标（50分）` (indicators 45, alt W101; the book-level W101 it
  causes is tolerated); D104 ≤warning at the 摊贩培训人次 row (goal 1500, indicator 1200); F201
  ≤warning at 参训摊贩满意度 under 社会效益指标 (row).
* kgd16: Y101 ≤error at the 项目期 row (plan dates 2024 under a 2025 title, alt Y102); T108
  ≤warning at the 经营户被投诉率 row (大于等于 on a 反向 rate).
* kgd18: B101 ≤error at the second project's 年度资金总额 (60 ≠ 50 + 5); B107 ≤warning at its
  人均培训成本 row (400元 × 2000 = 80万 > 60万); D103 ≤warning at its second 培训人次 row
  (alt D101).

Legitimate look-alikes in the correct returns: goal counts with their parts in brackets (kgd01,
kgd07); a later year the work prepares for (为2026年…, kgd01; 2026 inside the period, kgd03);
period counts above the year's and rates equal in both columns (kgd03, kgd17); the same
indicator name with different values in stacked projects (kgd05); costs equal to the money
(kgd05 1200元 × 500, kgd08's 2.5万 × 20 in the defect return, kgd15 400元 × 900, kgd17); a
下降率 with ≥ (kgd01, kgd09); `≤0起` and `小于等于 0 起` on incident counts (kgd07, kgd09,
kgd11); `=100%` / typed 100% at the ceiling (kgd01, kgd09, kgd11); points at two levels both
adding to 100 (kgd07, kgd13); `≥3百分点` / `≥5百分点` on rate rises; fill and signature dates in
the year before (kgd01, kgd07, kgd12, kgd15); a 说明 row inside a table and a 续表 header
repeated after a page break (kgd12, kgd15); typed percent cells (kgd01, kgd07, kgd09, kgd11,
kgd15).

Judgements. A conflicting near-duplicate (kgd06) is accepted as an error (two values for one
measure cannot both hold); the same text twice (kgd18) only as a warning. A deadline or plan
dates outside the budget year (kgd02, kgd12, kgd16) are errors, a stray year inside goal text
(kgd08) only a warning since a carried-over task is conceivable. Goal/indicator count gaps and
cost × count beyond the money are warnings: the reviewer asks rather than rejects. In kgd04 the
copied goal text states the 4500 the annual 5000 exceeds, so D104 is accepted for D201's cell.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout852 import canteens, sampling, training
from tests.variants.holdout852.registry import HOLDOUT852
from tests.variants.kit import Variant

MODULES = (sampling, canteens, training)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT852, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 852nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
