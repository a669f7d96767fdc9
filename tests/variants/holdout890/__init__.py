"""The 890th held-out set: 18 invented returns on high-standard farmland construction
(高标准农田建设) with irrigation and land levelling, with a careful reviewer's marks, to measure
``goalbook check`` out of sample. Its aim is checks across the table: most planted mistakes are
found only by comparing one part of a return with another. All places (禾丰县, 北垣县, 梓陂县,
潮堰市, 沙垅镇, 柳渠乡, 鹭溪灌区 …), people, phone numbers and figures are invented.

Layouts. ``levelling`` (khp01–06, field works): project heads with one-year and multi-year money
blocks, operator and unit columns with typed percent cells, numbered tier labels with points,
中期 and 年度 columns, two projects stacked in one sheet, a table on a second sheet under
指标内容 / 绩效标准. ``irrigation`` (khp07–12, canals, pumps, water-saving irrigation):
operators in words in 指标方向, one value column, a three-year project, a note row between
tiers and a money detail block, two multi-year projects stacked, header 预期目标 with template
rows. ``departments`` (khp13–18): department heads with budget and task blocks, labels with ★,
* and abbreviations, two flat lists, a budget-system export (sheets 05-1 and 05-2, codes in the
first four columns, header on the third row), headers 考核指标 · 目标值（年度） · 分值 · 评价标准.

Planted mistakes (code, highest accepted severity, place):

* khp02-levelling-numbered-tiers: D104 ≤warning at the 土地平整面积 row (goal 8000亩,
  indicator ≥6000亩; the goal cell tolerates it); Y102 ≤error alt Y101 at 竣工验收完成时间
  ``2027年3月31日前`` in a one-year 2026 project.
* khp03-levelling-three-years: D204 ≤warning alt D104 at the 年度目标 cell (the 中期目标
  verbatim); D201 ≤error at the annual 土地平整面积 (≥1.5万亩 above the period's 1.2万亩);
  D202 ≤warning at the annual 新修田间道路 (the period's 36公里 copied).
* khp05-levelling-stacked: D102 ≤error alt D101, D103 at the 完成土地平整面积 row (土地平整面积
  again, ≥3500亩 against ≥4000亩); B101 ≤error at the second project's 年度资金总额
  (380 ≠ 300 + 60).
* khp08-irrigation-wrong-tier: F201 ≤warning at the row of 防渗层抗冻检测达标率 under 时效指标;
  B107 ≤warning at the row of 每公里渠道衬砌成本 (35 × 60公里 = 2100 > 1800万元); T108 ≤warning
  at the row of 渠系输水渗漏损失率 ≥8%.
* khp10-irrigation-year-leftover: Y103 ≤warning alt Y101, Y102 at the goal cell (2025年汛前 in a
  2026 project); D104 ≤warning at the 更新改造泵站数量 row (goal 6座, indicator ≥8座); B102
  ≤error on the book (details 380 + 150 + 90 + 40 = 660 against 合计 640).
* khp12-irrigation-template-rows: D104 ≤warning at the 修复泵站 row (goal 4座, ≥6座); F110 ≤error
  at the empty name cell of ``≥1.5万亩``; X101 ≤error at the row of the template example
  ``（示例）XX工程合格率 ≥XX%``.
* khp14-bureau-tasks-wrong: B102 ≤error at the 金额合计 amount (2600 + 900 + 400 = 3900 ≠ 4000);
  D104 ≤warning at the 高标准农田建设面积 row (goal 1.5万亩, ≥1.8万亩).
* khp16-flat-duplicates: D103 ≤warning alt D101, D102 at the 渠道清淤长度 row (灌排渠道清淤长度
  ≥45 and 渠道清淤长度 ≥40); Y102 ≤error alt Y101 at 汛前清淤完成时间 ``2027年4月30日前``;
  W101 ≤error on the book (weights 95).
* khp17-export-codes: X103 ≤warning at the 05-1 合计 ``1,000.00`` typed as text; F201 ≤warning
  at the row of 新建田间道路桥涵 ≥24座 under 质量指标; D101 ≤warning alt D103, D102 at the row
  of 高标准农田建设面积 repeated under 社会效益指标.

Cells where a finding is tolerated (ok): the goal cells of khp02, khp10, khp12 and khp14, where
a D104 on the goal-against-indicator conflict may land instead of at the indicator row.

Legitimate look-alikes in the correct returns (khp01, 04, 06, 07, 09, 11, 13, 15, 18): a goal
naming a total with its parts (1.2万亩 其中土地平整0.45万亩; 2万亩（含高效节水灌溉0.6万亩）;
管道0.7 + 喷灌0.2 = 0.9万亩), a period goal naming the year's part (3万亩（其中2026年1万亩）), the
period's count beside a smaller year's count, rates and unit costs equal in both columns, a later
year the work prepares for (为2028年全市推广积累经验, khp04), unit cost × count exactly equal to
the money (khp01, 04, 06, 07, 09, 11, 17, 18), typed percent cells (pct(1), pct(0.95), pct(0) for a
zero-growth water use in khp15), 下降率 with ≥ (khp06, khp07), 0起 on an accident count (khp06),
``≥15百分点`` / ``≥2百分点`` on rate changes, tier points and indicator points both adding to
100 (khp04, khp18, and khp02 where the mistakes lie elsewhere), a 合计 row in a flat list and in
a points column, the same indicator names with other values in two stacked projects (khp11),
note, 说明, 填表说明 and signature lines, fill dates in the year before the budget year, a
coefficient (0.85) with no unit.

Judgements where a reviewer could hesitate: a goal count that differs from its indicator is a
warning (D104), not an error, since either may be the one to correct; the two 清淤长度 rows of
khp16 are a near-duplicate (warning) rather than a certain conflict; a deadline in the next year
of a one-year return is an error (Y102) because the year's money cannot pay for it; the same
indicator under two tier-2s with the same value (khp17) is a warning; khp10's goal year 2025 is
a leftover (Y103 warning) and not re-marked at the indicator, which says 2026; a tier-3 count
under 质量 (khp17) and a 达标率 under 时效 (khp08) are F201 warnings; the copied 年度目标 of khp03
also contradicts the annual indicators, so D104 is accepted there as the same problem.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout890 import departments, irrigation, levelling
from tests.variants.holdout890.registry import HOLDOUT890
from tests.variants.kit import Variant

MODULES = (levelling, irrigation, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT890, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 890th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
