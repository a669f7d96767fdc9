"""The 614th held-out set: 18 invented returns with a careful reviewer's marks, written blind
(from shared/domain.md, tests/variants/README.md, kit.py, heads.py and the rule catalogue
only) to measure ``goalbook check`` out of sample. Its aim is checks across the table: most
planted mistakes show only when one part of a return is compared with another.

Theme: 蝴蝶兰 (moth orchid) and 多肉 (succulent) greenhouses in the invented 苇汀县 (岚渚镇,
溪禾镇), with the county's flower auction (苇汀花卉拍卖中心) and its flower logistics hub.
Budget year 2025 throughout; money in 万元, the unit only in the number format.

Modules: ``greenhouse`` (ez01–ez06), ``auction`` (ez07–ez12), ``logistics`` (ez13–ez18).

Layouts: project heads with one-year and multi-year money blocks; a department head with key
tasks and 金额合计 (ez05, ez13, ez14, ez17); operator column and unit column (ez01); operators
in words in their own column beside a direction column 指标性质 (ez15); a direction column
指标方向 with operators inside the values (ez16); numbered tier labels (ez02); tier-1 labels
with points and numbered tier-2s (ez06); a tier-1 score column beside indicator scores, headers
考核指标 · 绩效目标值 · 评价标准 (ez09, ez10); 中期 and 年度 columns (ez03, ez18) and a
two-row header (ez04); two projects stacked in one sheet (ez07, ez08); a flat department list
(ez05); a 注 row inside the table, footnotes, 填表说明, signature and date lines (ez13); a
unit-code row, 小计 rows, a header repeated after a page break and a 合计 row (ez17); a
budget-system export with codes in the first columns and the table on a second sheet whose
header is on the third row (ez11); header 预期目标 with template rows (ez12).

Planted mistakes (return: code, highest accepted severity, place; alt = also accepted):

* ez02: D104 ≤warning Sheet1!D10 (goal 3.6万平方米, indicator ≥2.6万平方米); Y102 ≤error
  Sheet1!D14 alt D104 (deadline 2026年3月31日前 in a one-year 2025 project); B107 ≤warning
  Sheet1!D15 (≤45万元/栋 × 12栋 = 540 > 400万元).
* ez03: D201 ≤error Sheet1!E12 alt D104 (年度 ≥8个 above 中期 ≥6个); D104 ≤warning
  Sheet1!E13 (annual goal 40万株, indicator ≥35万株); D202 ≤warning Sheet1!E14 alt D104
  (≥30场 copied from 中期; the annual goal says 10场). Tolerated: * ≤warning Sheet1!E19
  (运行年限 ≥10年 both columns is not a cumulative count).
* ez06: W103 ≤error Sheet1!A9 alt W101 (产出指标（50分） over indicator scores adding to 45);
  D102 ≤error Sheet1!D10 (row) alt D103, D101 (花期调控蝴蝶兰数量 ≥6万盆 beside 盆数
  ≥8万盆); F201 ≤warning Sheet1!C12 (row) (开花整齐率 under 时效指标).
* ez08: F201 ≤warning Sheet1!C15 (row) (交易商户满意度 under 社会效益指标); B101 ≤error
  Sheet1!C21 (second project: 240 + 80 = 320 ≠ 300); Y103 ≤error Sheet1!B23 alt Y102, Y101,
  D104 (the second goal keeps last season's 2024年12月底前; its indicator says 2025年10月31日前).
* ez10: W103 ≤error Sheet1!B9 alt W101 (产出 50 over 40); D104 ≤warning Sheet1!E9 (goal
  240场, indicator ≥200场).
* ez12: Y103 ≤warning Sheet1!C11 alt Y101 (承接2024年迎春花市展位 in a 2025 return); F109
  ≤warning Sheet1!B13 (row) (时效指标 left empty); F110 ≤error Sheet1!C16 (empty name, value
  ≥5000人次).
* ez14: B101 ≤error Sheet1!B4 (基本支出 300 + 项目支出 620 = 920 ≠ 960); B102 ≤error
  Sheet1!D9 (tasks 260 + 200 + 180 = 640 ≠ 金额合计 620); D104 ≤warning Sheet1!D13 (goal and
  task: 冷藏车20辆, indicator ≥15辆).
* ez16: T108 ≤warning Sheet1!E12 (row) (反向 断链率 with ≥); Y102 ≤error Sheet1!E14 alt D104
  (2026年2月28日前 in a one-year 2025 project; the goal says 11月底前).
* ez18: D204 ≤warning Sheet1!D9 (年度目标 identical to 中期目标); D201 ≤error Sheet1!E12
  (年度 ≥8条 above 中期 ≥6条); D103 ≤warning Sheet1!C17 (row) alt D101, D102, F201
  (冷链分拨花卉数量 under 经济效益 repeats 花卉冷链分拨量 under 数量, same values).

25 required marks; 22 of them compare parts of the return (goal/indicator, years and dates,
中期/年度, duplicates, tier placement, cost × count, money parts and totals, scores).

Look-alikes in the correct returns (ez01, ez04, ez05, ez07, ez09, ez11, ez13, ez15, ez17):
typed percent cells (ez01, ez05, ez15); 化学农药使用量下降率 ≥10% and 花损金额下降率 大于等于
15% (a 下降率 with ≥); 病毒检出率 ≤2% and 损耗率 ≤3% (反向 with ≤); 0起 on accidents (ez05,
ez15); a goal count with its part in brackets (组培架40组（其中移动式16组）, ez01); unit cost ×
count within the money (ez01 196 ≤ 260, ez04 540 ≤ 600 and 300 ≤ 320, ez05 180 ≤ 220, ez07
240 ≤ 350 and 240 ≤ 280, ez13 360 ≤ 380, ez15 180 ≤ 200, ez17 1200 ≤ 1400) and a cost cap equal
to the budget (ez09 ≤160万元); period counts above the year's and equal rates in both columns
(ez04); a later year the work prepares for (为2027年在全县推广积累技术数据, ez04); the same
satisfaction indicator with different values in two stacked projects (ez07); 100 points both at
tier-1 and at indicator level (ez09); rates raised in 百分点 (ez09, and beside the mistakes in
ez10); =100% typed as text on an acceptance rate (ez11, ez14, ez17); a footnote explaining
金额合计 and one citing 2024 statistics as the benchmark (ez13); 小计 / 合计 rows and a
repeated header (ez17); fill and signature dates in November 2024 (ez01, ez05, ez12, ez13,
ez17).

Judgements where a reviewer could hesitate:

* A next-year deadline in a one-year project (ez02, ez16) is marked at error (Y102 is an error
  in the catalogue: the date cannot lie in the project period); the goal's own deadline makes
  it a conflict too, so D104 is accepted.
* ez08's goal naming 2024年12月底前 in a 2025 project is an impossible deadline, so an error is
  accepted although Y103 is a warning.
* ez06: two values for one indicator cannot both hold, so D102 at error; a near-duplicate
  finding (D103) is enough. ez18's twin rows carry the same values, hence at most a warning.
* A tier score not matched by the indicator scores (ez06, ez10) is arithmetic: error; the
  overall total then misses 100 too, so W101 is accepted instead.
* ez03's 种质资源圃运行年限 ≥10年 in both columns is a duration, not a cumulative count: only
  tolerated. ez04's 2027 is the year the work prepares for, inside the goal's reasoning, and is
  not marked; nor is ez13's 2024 benchmark year.
* ez05: a flat list has no tiers, so none of the tier findings; ez17's subtotals are not
  indicators and their weights are not added to the indicators' 100.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout614 import auction, greenhouse, logistics
from tests.variants.holdout614.registry import HOLDOUT614
from tests.variants.kit import Variant

MODULES = (greenhouse, auction, logistics)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT614, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 614th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
