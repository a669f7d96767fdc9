"""The 630th held-out set: 18 invented returns with a careful reviewer's marks.

Theme: 猴头菇 (lion's mane) and 冬笋 (winter bamboo shoot) forest farming, with a forest-road
fire lane project, all in the invented 雾松县 (budget year 2025). Aim: checks across the table
(goal text against indicators, years and dates, 中期 against 年度, duplicates, wrong tier-2,
unit cost × count against the money, parts against totals).

Modules: ``hericium`` (fp01–fp06), ``shoots`` (fp07–fp12), ``firelane`` (fp13–fp18).

Layouts: project heads (``heads.project_head``) with 中期/年度 money rows, one value column
(fp01, fp02, fp05, fp06, fp14, fp17), 中期 and 年度 columns (fp03, fp04, fp15, fp16), operator
and unit columns (fp12), a two-row header with word operators (fp13), numbered tier labels with
points and a score column (fp06, fp15), two stacked projects (fp05, fp17); department heads
with budget and tasks (fp07, fp08, fp18), flat lists (fp09, fp10); a budget-system export with
codes in the first columns and the table on sheet 05-2 (fp11).

Planted mistakes (return: code, highest accepted severity, place):

* fp02: D104 warning Sheet1!D10 (row): 年度目标 120000棒, indicator ≥80000棒; Y102 error
  Sheet1!D13 (row, alt Y103): 2026年6月30日前 in a one-year 2025 project; B107 warning
  Sheet1!D15 (row): ≤3000元/亩 × 300亩 = 90万 > 60万.
* fp04: Y103 warning Sheet1!B9: 中期目标 names 2023—2024 in a 2025—2026 project; D202 warning
  Sheet1!E11: area copied into 年度; D201 error Sheet1!E12: 年度 250000棒 above 中期 200000棒.
* fp06: W103 error Sheet1!A10: 产出指标（50分） over 45 points (W101 at book level tolerated);
  D102 error Sheet1!D11 (row, alt D103, D101): 鲜菇收购加工量 60吨 / 50吨; F201 warning
  Sheet1!C18 (row): 菇农满意度 under 社会效益指标.
* fp08: B101 error Sheet1!B4 (row): 300 + 200 ≠ 520; B102 error Sheet1!D9 (alt B101): tasks
  190 ≠ 金额合计 200; D104 warning Sheet1!D12 (row): goal and task 5000亩, indicator 3000亩.
* fp10: D102 error Sheet1!B8 (row, alt D103, D101): 冬笋收购量 800 / 冬笋收购数量 600; Y103
  warning Sheet1!A9 (row, alt Y101): 2024年 in an indicator name of a 2025 table.
* fp12: F201 warning Sheet1!C13 (row): a head count under 质量; F201 warning Sheet1!C15 (row):
  分级合格率 under 时效; F110 error Sheet1!C18: a value without a name.
* fp14: Y101 error Sheet1!D4 (row, alt Y102): title 2025, plan dates in 2024; D104 warning
  Sheet1!D10 (row): goal 15公里, indicator 12公里; B107 warning Sheet1!D14 (row): 20万元/公里
  × 12公里 = 240万 > 220万.
* fp16: B103 error Sheet1!E5: 年度资金 360 > 中期 300; D204 warning Sheet1!D9: 年度目标 the
  中期目标 word for word; D201 error Sheet1!E11: 年度 24公里 above 中期 20公里.
* fp17: D101 warning Sheet1!D11 (row, alt D103, F201): 防火隔离带清理长度 under 数量 and again
  under 质量; B101 error Sheet1!C22 (row): second project's 85 ≠ 60 + 20 in both columns.

Legitimate look-alikes in the correct returns: a goal area with its parts in brackets and a
cost × count within the money (fp01); 为2028年全县推广 in a 2025—2027 中期目标, the period's
counts beside smaller annual counts, equal rates in both columns (fp03, fp15); the same
indicator name with other values in two stacked projects, a 注 row, a cost standard × count
equal to its money (fp05, fp07, fp11, fp18); a 下降率 with ≥ and 0起 on a fire count (fp07,
fp13); a rise in 百分点 (fp09, fp15); tier points and indicator points both summing to 100
(fp15); typed percents (fp01, fp07, fp09, fp18); fill dates in 2024 (all); `=100%` (fp11);
a footnote explaining totals (fp13, fp18); a header row repeated (fp18); a 合计 row
under the flat list's weights (fp09).

Judgements: a conflicting duplicate (fp06, fp10) is accepted as an error (two targets for one
quantity cannot both hold); a cost × count over the money is a warning (B107), not an error;
in fp04 the annual 年度目标 carries no counts, so only the column checks apply; in fp14 the
deadline 10月31日前 has no year and is not marked; the faster 中期 response time (≤40分钟
against ≤50分钟 in 年度, fp15) is an end-of-period target, not an annual value above the
period's; fp16's 年度目标 has no counts, so nothing contradicts the indicators but the copy.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout630 import firelane, hericium, shoots
from tests.variants.holdout630.registry import HOLDOUT630
from tests.variants.kit import Variant

MODULES = (hericium, shoots, firelane)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT630, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 630th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
