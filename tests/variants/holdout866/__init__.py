"""The 866th held-out set: 18 invented returns on urban greening (street tree planting, pocket
parks, green space maintenance contracts) for 澄埠区城市管理和园林绿化局, budget year 2026, with a
careful reviewer's marks. Its aim is checks across the table: 21 of the 25 required marks compare
one part of a return with another (goal against indicator, years and dates, 中期 against 年度,
duplicates, wrong tier-2, money against its parts and against unit cost × count, leftovers).

Layouts: project heads with one-year and multi-year money blocks (万元 only in the number
format); NAT-2021 and OLD-NAT tiers merged down; operator and unit columns; 指标性质 as direction
with 指标方向 as operator; numbered tier labels with points and a 分值 column; 中期 and 年度
columns, and two complete column sets under a two-row header; two projects stacked in one sheet;
department heads with key tasks and a flat list; a table on a second sheet under 预期实现值 with a
header repeated after a page break; a budget-system export (05-1 / 05-2 sheets, codes in the first
columns, header on the third row); headers 绩效目标值, 预期目标, 预期实现值; notes, 填表说明,
signature and stamp lines.

Planted mistakes (return: code, highest accepted severity, place):

* kgr02-tree-goal-date-cost: D104 ≤warning row (补植1500株 in the goal, ≥1200株 in the
  indicator); Y102 ≤error row alt Y103 (完工 2027年3月31日前 in a one-year 2026 project); B107
  ≤warning row (0.25万元/株 × 1200株 = 300 > 260万元).
* kgr04-lanes-three-year-copied: D202 ≤warning at each of two annual cells copied from 中期
  (42条, 4200株; alt D104, the 年度目标 says 14条, 1400株); D201 ≤error at the annual area
  1.8 > period 1.5万平方米 (alt D104).
* kgr06-stacked-tree-pits-defects: B101 ≤error row (second project 120 ≠ 100 + 30); D103
  ≤warning row alt D101, D102 (树池篦子安装套数 = 树池篦子安装数量); Y102 ≤error row alt Y103
  (完工时间 2025年10月31日前, left from last year's form).
* kgr08-pocket-park-points-defects: W103 ≤error at 一、产出指标（50分） (indicators 45) and at
  三、效益指标（30分） (indicators 35; the grand total still 100); F201 ≤warning row
  (竣工验收合格率 under 时效指标).
* kgr10-park-department-flat-defects: B102 ≤error alt B101 at 金额合计 (480 + 320 + 400 = 1200,
  written 1280); D104 ≤warning row (goal 8处, indicator 6); D103 ≤warning row alt D101, D102
  (街头绿地提升改造数量 = 街头绿地提升数量).
* kgr12-park-budget-export: Y103 ≤warning at the 年度绩效目标 cell (2025年 in a 2026 return);
  X104 ≤warning at the 完工时间 value "46326" (a date serial typed as text).
* kgr14-maintenance-directions-defects: D104 ≤warning row (goal 64万平方米, indicator 48);
  T108 ≤warning row (病虫害发生率 反向 with ≥); B107 ≤warning row (16元 × 48万平方米 = 768 > 720).
* kgr16-contract-copied-period: D204 ≤warning at the 年度目标 cell (copied from 中期目标); B103
  ≤error row (年度资金 1350 > 中期资金 1300); D201 ≤error at the annual 补植 ≥700株 > ≥600株.
* kgr17-maintenance-template-rows: F110 ≤error at the empty name cell (value ≥95%); F109
  ≤warning row (生态环境成本指标 left from the template).

Legitimate look-alikes in the correct returns: a goal total with its parts in brackets (kgr01,
1200株 = 480 + 720); later years the work prepares for (kgr03 2028, kgr11 2027); the period's
counts beside smaller annual counts and rates equal in both columns (kgr03, kgr15, kgr18); a
yearly area (年均养护面积) equal in 中期 and 年度 (kgr15, kgr18); unit cost × count equal to the
money (kgr03 6.2公里 × 100 = 620, kgr05 1600 × 0.04 within 130, kgr12 0.8万 × 350 = 280, kgr17
15万 × 12 = 180, kgr18 20万 × 14 = 280); typed percent cells (kgr01, kgr09, kgr13); a 下降率 with
≥ and 0起 on an incident count (kgr09, kgr13); 反向 rates with ≤ (kgr13); a coverage rate raised
in 百分点 and points at two levels both adding to 100 (kgr07); the same indicator name with
different values in two stacked projects (kgr05 苗木成活率); =100% kept as text (kgr05); fill
and signature dates in 2025, the year before the budget year; note, 说明, 填表说明, 合计,
signature and repeated header rows that are not indicators.

Judgements: the goal/indicator count conflicts (D104) are warnings, since the reviewer asks
rather than rejects; deadlines outside a one-year project (Y102) are errors; unit cost × count
above the money (B107) is a warning, the cost being a cap; an annual value above the period's
(D201, B103) is an error. In kgr04 the copied annual counts are D202 with D104 accepted, since the
年度目标 states the right annual figures. In kgr06 the later amounts are consistent with the
correct total (130), so only the total cell is marked. 年均 areas equal in both columns (kgr15,
kgr18) are stocks, not cumulative counts, so a reviewer does not mark them. In kgr12 the goal's
2025 is read as last season's text, not as a reference to past results.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout866 import parks, planting, upkeep
from tests.variants.holdout866.registry import HOLDOUT866
from tests.variants.kit import Variant

MODULES = (planting, parks, upkeep)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT866, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 866th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
