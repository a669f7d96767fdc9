"""Held-out set 775: a provincial transport department (江屿省, invented): rural-road upkeep
(农村公路养护, kde01–kde06 in ``roads``), bus-stop shelters for village buses (kde07–kde12 in
``shelters``) and highway bridge safety checks (kde13–kde18 in ``bridges``). Budget year 2025,
money in 万元. Aim: checks across the table (goal text against indicators, years, 中期 against
年度, duplicates, wrong tier-2, cost × count against money, parts against totals).

Layouts: one-year project heads with an operator and unit column (kde01, kde16), one value
column (kde02, kde14, kde18), 中期 and 年度 columns (kde03, kde04, kde15), department heads with
tasks (kde05, kde06), a flat department list (kde07), two stacked projects (kde08, kde09),
numbered tier labels with points (kde10), a tier-1 score column (kde11), a second sheet with a
repeated header (kde12), a direction column with word operators (kde13), a budget-system export
with codes in the first columns and the header on the third row (kde17).

Planted mistakes (code, highest accepted severity, place):

* kde02-repair-goal: D104 warning (row of 乡道路面修复里程: goal 85公里, indicator ≥58公里);
  Y102 error (row of 交工验收完成时间 2026-03-31 in a one-year 2025 project); B107 warning (row
  of 每公里路面修复成本 ≤12万元: × 58 = 696 > 600).
* kde04-period-copied: D204 warning (年度目标 cell, copied from 中期目标); D201 error (annual
  养护站点 ≥8个 above the period's ≥6个); T108 warning (row, alt D203: 投诉率 ≥2%).
* kde06-department-money: B101 error (资金总额 1980 ≠ 760 + 1180); B102 error (金额合计 1180
  ≠ 420 + 510 + 290); D103 warning (row, alt D101, F201: 农村公路日常养护里程 repeats
  农村公路养护里程, under 质量).
* kde09-stacked-wrong: B101 error (second project's 年度资金总额 95 ≠ 80 + 10); D104 warning
  (row: goal 40座, indicator ≥36座); F201 warning (row: 候车亭验收合格率 under 时效).
* kde11-points-wrong: W103 error at the 产出 score 50 (indicators 45) and at the 效益 score 30
  (indicators 35); D101 warning (row, alt D103, F201: 每月候车亭保洁次数 again under 质量).
* kde14-year-left-over: Y103 warning (年度目标 naming 2023年); Y102 error (row: 特殊检查完成时间
  2024-10-31); X104 warning (row: 归档日期 "45991" as text).
* kde15-period-copied: D202 warning at the two annual cells copied from 中期 (24座, 9座); the
  annual cost cell tolerates a warning (24 × 120 above the annual money follows from the copy).
* kde16-cost-money: B107 warning (row of 荷载试验费用 12万元/座 × 30 = 360 > 300); B102 error at
  the 资金明细 合计 300 (180 + 60 + 40 = 280).
* kde18-wrong-tier: D102 error (row, alt D101, D103: 桥梁经常检查频次 ≥12 / ≥10次/年 under 数量
  and 时效); F110 error (empty name cell with a value); F201 warning (row: 满意度 under 社会效益).

Legitimate look-alikes in the correct returns: a total with its part in brackets and a part
indicator (kde01: 1260公里 with 县道320公里); typed percent cells and =100% (kde01, kde07,
kde13, kde16 are pct cells); a later year the work prepares for (kde03: 为2028年申报…); period
counts above smaller annual counts and equal rates/costs in both columns (kde03); a 下降率 with
≥ or 大于等于 (kde03, kde13); 0起 / 小于等于 0 起 on accident counts (kde12, kde13, kde17);
cost × count equal to the money (kde08: 6 × 30 = 180, 0.6 × 110 = 66); the same indicator name
with different values in two stacked projects (kde08); 100 both ways with tier points in labels
and indicator points (kde10); ≥5百分点 on a coverage rise (kde10); a footnote explaining the
金额合计 (kde05); fill dates in 2024 (kde01, kde05, kde07, kde13); a repeated header after a page
break and 填表说明 (kde12); =100% typed as text (kde17).

Judgements: D104 marks sit on the indicator row, not the goal cell. Y102 on a 2026 deadline in
a one-year project is an error (a date outside the project period cannot be). The date serial
45991 falls inside 2025, so only X104. In kde11 both tier totals still sum to 100, so no W101.
kde09's second project has its own money; its 合格率 under 时效 is marked F201, not duplicated
with the first project's same-named indicator. kde04's annual 投诉率 uses ≥ while 中期 has ≤:
one problem, T108 with D203 accepted.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout775 import bridges, roads, shelters
from tests.variants.holdout775.registry import HOLDOUT775
from tests.variants.kit import Variant

MODULES = (roads, shelters, bridges)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT775, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 775th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
