"""The 686th held-out set: 18 invented returns, 柚子 and 柠檬 orchards (ht01–ht06), a fruit-sorting
line (ht07–ht12) and a citrus-peel (陈皮) workshop (ht13–ht18), budget year 2026, all in the
invented county 榆坪县 (沙澳镇, 蕉垄乡). Aim: checks across the table (goal text against
indicators, years, 中期 against 年度, duplicates, wrong tier-2, cost × count against money).

Layouts: one-year project heads with one value column (ht02, ht06, ht07, ht08, ht13, ht14,
ht16), operator column with unit column and typed percent cells (ht01), operators in words
(ht12), three-year projects with 中期 and 年度 columns (ht03, ht04, ht18, the last with a tier
score column), numbered and pointed tier labels (ht05), abbreviated labels (ht06), stacked
projects (ht07, ht08), department heads with tasks (ht09 flat list, ht10 tiered), headers
考核指标 · 绩效标准 · 评价标准 with a repeated header and notes (ht11), a second sheet under a
two-row 预期实现值 header (ht15), a budget-system export on sheets 05-1 / 05-2 (ht17), money
detail lines under the table (ht13, ht14).

Planted mistakes (25 required marks; highest accepted severity):

* ht02: B101 Sheet1!C5 ≤error (150 ≠ 120 + 20); B107 Sheet1!D14 ≤warning row (0.4万元/亩 × the
  goal's 500亩 = 200 > 150); D104 Sheet1!D15 ≤warning row (goal 120户, indicator ≥80户).
* ht04: Y103 Sheet1!D9 ≤warning alt Y101/Y102 (2025 in the 年度目标 of a 2026–2028 project);
  D201 Sheet1!E13 ≤error row (annual 3500人次 > period 3000人次); D202 Sheet1!E14 ≤warning
  (period 90万株 copied to the annual column).
* ht06: F201 Sheet1!D13 ≤warning row (培训人次 under 质量); F201 Sheet1!D15 ≤warning row (优果率
  under 时效); D102 Sheet1!D18 ≤error row alt D103/D101 (病虫为害损失率 ≤5% and 果园病虫为害
  损失率 ≤3%).
* ht08: D101 绩效目标表!D15 ≤warning row alt D103 (分选设备完好率 under 质量 and again under
  可持续影响); B101 绩效目标表!C21 ≤error (second project 70 ≠ 55 + 10); Y102 绩效目标表!D28
  ≤error row alt Y103/Y101 (a 2025 deadline left in a 2026 return).
* ht10: B102 Sheet1!D9 ≤error (tasks 90 + 50 + 30 = 170 ≠ 金额合计 180); D104 Sheet1!D13
  ≤warning row (goal and task 2条, indicator ≥3条); Y102 Sheet1!D17 ≤error row alt Y103 (2027
  deadline in a one-year department budget).
* ht12: D104 Sheet1!E11 ≤warning row (goal 30吨/日, indicator 25); T108 Sheet1!D13 ≤warning
  row (大于等于 on 分选果品破损率).
* ht14: X104 Sheet1!D4 ≤warning (start date typed as text "46113"); B107 Sheet1!D14 ≤warning row
  (1.5万元 × 80吨 = 120 > 90); B102 Sheet1!D24 ≤error (detail 40 + 25 + 12 + 8 = 85 ≠ 合计 90).
* ht16: F109 Sheet1!B11 ≤warning row (生态环境成本指标 left from the template); F110
  Sheet1!C14 ≤error (≥95% with an empty name cell).
* ht18: Y101 Sheet1!A1 ≤error alt Y102/Y103 (title 2025年度, project 2026–2028); D204
  Sheet1!D9 ≤warning (年度目标 = 中期目标 word for word); W103 Sheet1!B12 ≤error alt W101 (产出
  50分, its indicators 40分). D104 on the whole return is tolerated (the copied 年度目标 says
  90吨 against the annual ≥30吨), not required.

Legitimate look-alikes in the correct returns (ht01, ht03, ht05, ht07, ht09, ht11, ht13, ht15,
ht17): typed percent cells (ht01, ht09); 病虫害发生率 and 分选差错率 with ≤, 化学农药使用量下降率
≥10% with ≥ (ht01), 果品采后损耗率下降 ≥2百分点 (ht09); a goal's area given as a total with
its parts in brackets (ht01, ht09); unit cost × count exactly equal to the money (ht01 0.05 ×
1200 = 60, ht03 0.12 × 3000 = 360 and × 1000 = 120, ht07 2 × 100 = 200, ht13 rack 100 × 0.2 =
20); the period's counts beside smaller annual counts, rates equal in both columns, ≥5百分点, and
为2029年全县推广积累… in the 中期目标 (ht03); tier points and indicator points both adding to 100
(ht05); the same 设备安装验收合格率 with 100% and ≥98% in two stacked projects (ht07); 0起 / ≤0起
on an accident count (ht09, ht11); a header row repeated after a page break, 注 / 说明 / 填表说明
rows, signature lines dated 2025 (ht11 and others); a footnote explaining the detail total
(ht13); an operator cell holding "=" as text and 100 % as the ceiling (ht17); codes stored as
text in an export (ht17).

Judgements: B107 and D104 are warnings (doubtful, not impossible); a deadline outside the budget
year (ht08, ht10) and a title year outside the project period (ht18) are accepted as errors
(dates that cannot hold for the year), D102 likewise (one indicator cannot have two targets),
with the milder codes as alternatives. ht04's 2025 in the text is only a warning. ht14's cost is
a cap per ton of capacity, marked B107 because the cap × the goal's capacity exceeds the money.
In ht18 the 产出 tier points are the wrong figure, so W101 (indicators add to 90) is accepted at
the same cell. ht15's two-row header (预期实现值 over 数值 · 单位) is still one value column.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout686 import orchards, peel, sorting
from tests.variants.holdout686.registry import HOLDOUT686
from tests.variants.kit import Variant

MODULES = (orchards, sorting, peel)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT686, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 686th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
