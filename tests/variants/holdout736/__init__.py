"""The 736th held-out set: 18 invented returns of a provincial highway bureau (朔川省公路事务中心,
its branch centres and two county road-maintenance centres): rural-road safety barriers, a bridge
inspection and reinforcement programme, and winter snow-clearing equipment. Budget year 2025;
all places, units, people, phone numbers and figures are invented.

Layouts: project heads with one-year or 中期/年度 money blocks in 万元 number formats; department
heads with budget rows and 年度主要任务; tier labels numbered with points, marked (★, *) or
abbreviated (产出 · 数量); headers 指标内容/绩效标准, 绩效目标值, 目标值, 预期实现值 over a two-row
header (数值 · 单位); operator columns with symbols or words (指标性质 as operator); unit columns;
a flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值); two county projects stacked in one
sheet; 中期 and 年度 value columns; 注/说明/填表说明 rows inside and under the table; signature and
date lines; a budget-system export (sheets 05-1 and 05-2, header on the third row, codes in the
first columns); a table on a second sheet.

Planted mistakes (code, highest accepted severity, place):

* kbr02-barrier-goal-cost: B101 ≤error at the 年度资金总额 cell (4000 + 500 ≠ 4600, alt B102);
  D104 ≤warning row of 村道安全护栏安装里程 (goal 240公里, indicator 210); B107 ≤warning row of
  护栏综合单价 (24 × 210 = 5040 > 4600).
* kbr04-barrier-years: Y103 ≤warning at the 年度目标 cell (a 2023 goal left in a 2025 return,
  alt Y101, D104); D103 ≤warning row of 县道安全护栏安装里程 (the same indicator with a word more,
  alt D101, D102); Y102 ≤error at the 完工时间 2024年10月31日前 (alt Y101, Y103).
* kbr06-barrier-wrong-tier: F201 ≤warning row of 护栏安装验收合格率 under 时效; F201 ≤warning row
  of 过往驾乘人员满意度 under 社会效益 (alt F105).
* kbr08-bridge-period-copied: D204 ≤warning at the 年度目标 cell (identical to 中期目标); D201
  ≤error at the 年度 cell of 中小桥梁加固数量 (38 > 30, alt D104); D202 ≤warning at the 年度 cell
  of 桥梁定期检测数量 (260 = 260 in a two-year project).
* kbr10-bridge-lines: D104 ≤warning row of 桥梁定期检测数量 (goal 320, indicator 300); B107
  ≤warning row of 单座危桥加固费用 (75 × 40 = 3000 > 2800); B102 ≤error at the 支出明细 合计 cell
  (420 + 2100 + 180 = 2700 ≠ 2800, alt B101).
* kbr12-bridge-template-left: Y101 ≤error at the title (2024年度 over 2025 dates, alt Y102, Y103);
  D103 ≤warning row of 中小桥梁定期检测数量 (alt D101, D102, D104); X101 ≤error at ≥XX公里 of a
  template example row from another project (alt T116).
* kbr14-snow-cost-direction: D104 ≤warning row of 多功能除雪车购置数量 (goal 12台, indicator 10);
  B107 ≤warning row of the unit price (82 × 10 = 820 > 780); T108 ≤warning row of 除雪作业响应时间
  with ≥.
* kbr16-snow-season-tier: F201 ≤warning row of 小型除雪设备购置数量 under 质量; Y102 ≤error at
  2026年1月15日前 in a one-year 2025 project (alt Y101, Y103).
* kbr17-snow-department-money: B101 ≤error at 资金总额 (1300 + 760 ≠ 2100); B102 ≤error at 金额合计
  (420 + 260 + 100 ≠ 760, alt B101); D104 ≤warning row of 融雪剂储备量 (goal 2000吨, indicator
  1600).

Of the 25 required marks all but T108 need one part of the return compared with another.

Legitimate look-alikes in the correct returns: a goal total with its parts in brackets and the
parts as indicators (kbr01 186 = 150 + 36); a 下降率 with ≥ / 大于等于 (kbr01, kbr03, kbr15,
kbr18); `=100%` at the ceiling (kbr01, kbr07); unit cost × count within the money (kbr01,
kbr03, kbr05, kbr07, kbr11, kbr13, kbr15, kbr18); the same indicator names with other values in
stacked projects (kbr05); the period count in 中期 beside a smaller annual count and equal
rates and unit costs in both columns (kbr07); 百分点 on a rate change (kbr07, kbr11); a later year
the work prepares for (为2028年…积累, kbr07); 0起 on an incident count (kbr09, kbr18); fill and
signature dates in 2024 (kbr01, kbr05, kbr06, kbr15, kbr18); points at two levels adding to 100
both ways (kbr13); typed percent cells (kbr01, kbr03, kbr09, kbr11, kbr13); a footnote explaining
a total (kbr18); repeated 注/说明 rows (kbr06, kbr09, kbr13, kbr18).

Judgements: kbr08's identical 年度目标 also quotes 30座 beside the annual 38座, so a D104 there
is tolerated (ok) and accepted for the D201 row. kbr04's 2023 goal could be taken for history,
but it states what the year will do, so it is a leftover (Y103, warning). kbr12's example row
(另一个项目的路面大中修) is marked X101 for its ≥XX; a relevance finding is not asked for. kbr16's
2026 deadline is an error: a next-year date needs a multi-year period, the winter notwithstanding.
B107 stays a warning: a unit cost is a cap, not a spend. kbr07's 2028 lies after the period on
purpose (the work prepares for it) and is not a year conflict.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout736 import barriers, bridges, snow
from tests.variants.holdout736.registry import HOLDOUT736
from tests.variants.kit import Variant

MODULES = (barriers, bridges, snow)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT736, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 736th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
