"""The 688th held-out set: 18 invented returns with a careful reviewer's marks.

Theme: 甲鱼 (中华鳖) and 牛蛙 ponds (``ponds``: hv01–hv06), a water-quality monitoring net over
them (``monitoring``: hv07–hv12), the upgrade of a live-aquatic market (``market``: hv13–hv18).
Budget year 2025 throughout; places, units, people, phones and figures are invented.

Layouts: project heads with one money block (hv01–03, 05, 07, 08, 11, 14, 15, 18) or 中期 and
年度 money columns (hv04, 13, 16); department heads with tasks (hv06, 17) or without (hv09, 10);
operator and unit columns (hv01, 07); numbered tier labels with points, ★ and * and a score
column (hv05); abbreviated labels (hv17); two stacked projects (hv03); flat lists (hv09, 10); a
two-row header (hv13); a second sheet under 考核指标 / 预期实现值 (hv11); a budget-system export
with codes and the header on the third row of sheet 05-2 (hv12); a note row inside the table,
a header repeated after a page break, 填表说明 and signature lines (hv08, 15); header 预期目标
(hv18).

Planted mistakes (return: code, highest accepted severity, place):

* hv02: D104 warning (row of 建设数量 ≥100口, goal says 120口); Y102 error at the 完工时间
  cell (2026-06-30 in a one-year 2025 project, goal says 2025年11月底; alt D104, Y103); B107
  warning (row of 单口成本 ≤1.1万元/口: ×100 = 110 > 100).
* hv04: B103 error at 年度资金总额 (480 > 中期 450); D201 error at the annual 稻鳖共作 cell
  (800 > 600; alt D104); D202 warning at the annual 培训 cell (450人次 copied, goal
  says 150; alt D104).
* hv06: B102 error at 金额合计 (80+50+70 = 200 ≠ 210; alt B101); F201 warning (row of a
  satisfaction rate under 社会效益指标).
* hv08: D103 warning (row of 浮标监测点布设数 ≥20个, the indicator above says ≥24个; alt D102,
  D101, D104); Y102 error at 投入运行时间 (2024年10月31日前 in 2025; alt Y103, D104); X101 error
  at the template's ``≥**户``.
* hv10: D104 warning (row of 浮标监测点 40, the goal says 45); W101 error (book level: weights
  add to 95).
* hv12: B101 error at 资金总额 on sheet 05-1 (160 ≠ 120+30); D101 warning (row of the second
  运维监测站点数量; alt D103); F201 warning (row of 监测数据合格率 under 时效指标).
* hv14: B101 error at 年度资金总额 (150 ≠ 100+40); B102 error at the detail 合计 (60+45+30 =
  135 ≠ 140); B107 warning (row of 摊位改造单价 ≤4万元/个: ×40 = 160 > money).
* hv16: Y101 error (book level: title 2024年度, project 2025—2026; alt Y102, Y103); D204
  warning at the 年度目标 cell (copy of the 中期目标); D202 warning at the annual 入驻商户 cell.
* hv18: F110 error at the empty name cell; F109 warning (row of the empty 时效指标).

24 required marks, 20 of them found only by comparing parts of the return (goal text against
indicators, years and dates, 中期 against 年度, duplicates, wrong tier-2, costs and parts
against their money, template leftovers).

Look-alikes in the correct returns (hv01, 03, 05, 07, 09, 11, 13, 15, 17): typed percent cells
(hv01, 07, 09) including ``=100%`` on 合格率; 鳖病发生率下降率, 投诉件数下降率 with ≥ (hv01,
03, 13, 16); ``≤0起`` on an incident count (hv07); tier points in the labels and indicator
points in a column, both adding to 100, with a 合计 row (hv05); ``≥5百分点`` and a flat-list
``百分点`` unit (hv05, 09); goal totals with their parts in brackets and a part indicator
(其中：稚鳖培育池 20亩 under 60亩, hv01; 18 stations with 10 in one area, hv07; 3000㎡ of
1800 + 1200, hv17); the same indicator name with other values in two stacked projects (hv03);
the period's counts beside smaller yearly ones and equal rates in both columns (hv13);
``为2026年全县推广积累运行数据`` in a one-year 2025 project (hv11); unit cost × count equal to
the money (hv15: 60 + 25 = 85; hv17: 500元 × 3000㎡ = 150万元, 2万元 × 35 = 70; hv18: 2 × 32 =
64), other costs within their money; fill and signature dates in late 2024 (hv01, 09, 15, 17);
a note row splitting the 产出 block and a second header row after a page break (hv08, 15).

Judgements: D104 on a count the goal states otherwise is a warning (the goal may be the one
out of date); B107 stays a warning; a deadline outside a one-year project's dates is an error
(Y102), so is a year's money or count above the period's (B103, D201). In hv08 the two buoy
rows are one indicator with two values: D103 warning with D102 accepted. In hv14 B102 is
marked at the detail 合计 row (row mark) although a checker may compare the lines with the
年度资金总额 instead. hv16's wrong title year is marked on the whole return. hv18's 时效指标
row is a template leftover, not a missing tier.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout688 import market, monitoring, ponds
from tests.variants.holdout688.registry import HOLDOUT688
from tests.variants.kit import Variant

MODULES = (ponds, monitoring, market)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT688, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 688th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
