"""The 690th held-out set: seedless watermelon (无籽西瓜) in greenhouses, a grafted-seedling
nursery, and a roadside fruit market with cold storage, in 茗川县 (鹭汀镇, 苇港乡, 芦湾镇).
All places, units, people, phone numbers and figures are invented. Budget year 2026 throughout.

Modules: ``greenhouse`` (hx01–hx06), ``nursery`` (hx07–hx12), ``market`` (hx13–hx18). 18
returns, 9 correct (hx01, hx03, hx05, hx07, hx09, hx11, hx13, hx15, hx17), 9 with planted
mistakes, 24 required marks, 22 of them found only by comparing one part of the return with
another (goal against indicator, dates against the year, 中期 against 年度, duplicates, tiers,
unit cost against money, parts against totals, leftovers).

Layouts: project heads (one-year, two-year and three-year with 中期 / 年度 money and goals),
department heads with budget and task blocks, numbered tier labels with points, operator
columns (symbols and words) with unit columns, one value column, 中期 and 年度 columns, a flat
list with weights, headers 指标内容 / 绩效标准, 考核指标 / 绩效目标值 (on a second sheet),
年度指标值, 预期目标 (budget-system export with codes, header on the third row), tier and
indicator score columns, stacked projects, note rows, a header repeated after a page break,
signature and date lines.

Planted mistakes (return, code, highest accepted severity, place):

* hx02: D104 ≤warning (row) at 新建钢架大棚数量 ``≥15栋`` (goal says 20栋; B107 accepted);
  Y102 ≤error at 定植完成时间 ``2025年6月30日前`` (alt Y101, Y103); B107 ≤warning (row) at
  每栋钢架大棚建设成本 ``≤8万元/栋`` (8 × 15 = 120 > 年度资金 100).
* hx04: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201 ≤error at the 年度
  ``≥360亩`` above the period's 300亩; D202 ≤warning at the 年度 ``≥40套`` copied.
* hx06: D103 ≤warning (row, alt D101, D102) at 无籽西瓜单果重达标率 (same as 单果重达标率,
  same value); F201 ≤warning (row) at 商品果率 under 时效指标.
* hx08: B101 ≤error at 资金总额 300 (基本 110 + 项目 180 = 290); B102 ≤error at 金额合计 180
  (80 + 70 + 20 = 170); D104 ≤warning (row) at 嫁接苗出圃数量 ``≥250万株`` (goal 300万株).
* hx10: Y101 ≤error (alt Y102) at 计划开始日期 2025-01-01 under a 2026 title (the same at
  计划完成日期 tolerated, not required); X101 ≤error (row) at the template example row
  ``例：培训人次 ≥**人次``.
* hx12: W103 ≤error at the 产出指标 score 50 (indicators 15 + 10 + 5 + 10 = 40; W101 on the
  file tolerated); F201 ≤warning (row) at 砧木种子采购数量 under 质量指标.
* hx14: B101 ≤error at 年度资金总额 150 (100 + 40 = 140); B102 ≤error at the detail 合计 150
  (90 + 30 + 15 = 135); D104 ≤warning (row) at 冷库库容 ``≥500吨`` (goal and detail 600吨).
* hx16 (second stacked project): B101 ≤error at 年度资金总额 70 (50 + 15); D102 ≤error (row,
  alt D101, D103) at 冷链运输车辆数量 ``≥4辆`` against 冷链运输车辆 ``≥3辆``; F201 ≤warning
  (row, alt F105) at 顾客满意度 under 社会效益指标.
* hx18: Y103 ≤warning at the 年度目标 naming 2024; T105 ≤error at 果品损耗率 ``≤5吨``; Y102
  ≤error (alt Y101, Y103) at 冷库扩容完成时间 ``2027年3月31日前`` in a one-year project.

Legitimate look-alikes in the correct returns: a goal's total with its parts in brackets
(hx01 12栋 = 8 + 4; hx09 240万株 = 200 + 40, both given as indicators); a later year the work
prepares for (hx03 为2029年全县推广积累); the period's count in 中期 beside a smaller year's
count and rates equal in both columns (hx03, hx17); a unit cost × count equal to the money
(hx09 0.4元/株 × 240万株 = 96万元; hx13 0.5万元 × 60个 = 30万元, 运维费 ≤45万元 = 45万元);
下降率 with ≥ (hx01 化学农药使用量下降率, hx17 果品损耗率下降（百分点）); 畸形果率 and 死亡率
with ≤ (hx01, hx07); 0起 on an incident count (hx07, hx15); =100% on 农残抽检合格率 (hx05);
typed percent cells (hx01, hx05, hx07, hx17); the same indicator name with different values in
two stacked projects (hx11 嫁接苗出圃数量; hx13 and hx16 repeat a name across projects);
fill and signature dates in November / December 2025 (hx01, hx05, hx07, hx15, hx17);
a footnote explaining the money (hx15); a note row and a repeated header after a page break (hx15).

Judgements where a reviewer could hesitate:

* A goal's count that differs from the indicator's (hx02, hx08, hx14) is marked as a warning
  (D104), not an error: the text may count differently, but the reviewer asks.
* hx02's deadline in 2025 for a 2026 project is an impossibility (the date has passed): error.
* hx06's duplicate carries the same value, so a near-duplicate warning; hx16's carries another
  value for the same count of vehicles, a contradiction, so an error is accepted.
* hx12: the indicator points add to 90; the reviewer marks the tier score (W103) and tolerates
  a W101 on the file.
* hx10: the end date 2025-12-31 is the same leftover as the start date; a finding there is
  accepted but only one is asked for.
* hx05 puts % in its unit column beside percent cells; read as 95% etc., not 0.95%.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout690 import greenhouse, market, nursery
from tests.variants.holdout690.registry import HOLDOUT690
from tests.variants.kit import Variant

MODULES = (greenhouse, nursery, market)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT690, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 690th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
