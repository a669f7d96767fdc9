"""The 749th held-out set: 18 invented returns of an invented county agriculture bureau
(澄岭县农业农村局, budget year 2025) with a careful reviewer's marks, to measure ``goalbook check``
out of sample. This set's aim: checks across the table (goal text against indicators, years and
dates, 中期 against 年度, duplicates, wrong tier-2, unit cost × count against money, totals).

Theme: 高标准农田 follow-up maintenance (farmland.py, kce01–kce06), the 测土配方施肥 service
(fertiliser.py, kce07–kce12) and straw-burning prevention patrols (straw.py, kce13–kce18).

Layouts: project heads (§3.1) with one value column, numbered tier labels (kce01), 中期 and 年度
columns (kce03, kce04, kce16), two stacked projects (kce05, kce06), tier-1 points and an indicator
score column (kce09), operator and unit columns under 指标内容 / 绩效标准 (kce13), abbreviated
labels under 预期目标 with a 填表说明 row and a repeated header (kce15); department heads (§3.2)
with flat lists (kce07, kce08) or a tiered table with ★ labels (kce17); a budget-system export
with the money on sheet 05-1 and the indicators on sheet 05-2 (kce11, kce12).

Planted mistakes (return: code, highest accepted severity, place):

* kce02: D104 ≤warning (row of 管护高标准农田面积 ≥4.2万亩; goal says 4.6万亩); Y102 ≤error alt
  Y101/Y103 (设施修复完成时间 2026年3月31日前 in a one-year 2025 project); B107 ≤warning (row of
  ≤30元/亩: × 4.6万亩 = 138万元 > 120万元).
* kce04: D204 ≤warning (年度目标 cell, copied from 中期目标); D202 ≤warning (annual ≥9万亩 copied);
  D201 ≤error (annual ≥36公里 above the period's ≥30公里).
* kce06: B101 ≤error (second project's 资金总额 60 ≠ 45 + 10); D103 ≤warning alt D101 (row of
  沟渠清淤总长度, the previous indicator with one word more).
* kce08: B102 ≤error (金额合计 110, tasks 65 + 40 = 105); D104 ≤warning (row of 土样 2600, goal
  3000个); D101 ≤warning alt D102/D103 (row of the second 施肥配方发布数量).
* kce10: Y103 ≤warning alt Y101 (年度目标 cell: 2024年 in a 2025 return); B107 ≤warning (row of
  配方肥补贴标准 ≤60元/亩 × 2万亩 = 120万元 > 100万元); F201 ≤warning (row of 补贴农户满意度
  under 社会效益指标).
* kce12: B102 ≤error alt B101 (sheet 05-1 合计 125, lines 85 + 35 = 120); Y102 ≤error alt
  Y101/Y103 (sheet 05-2 施肥配方发布时间 2026年6月30日前).
* kce14: D104 ≤warning (row of 巡查天数 ≥150天, goal 180天); T108 ≤warning alt D104 (row of
  秸秆焚烧火点发生数 ≥3个, a 反向 count; the goal says 3个以内).
* kce16: D201 ≤error (annual ≥640村次 above the period's ≥600村次); D104 ≤warning (row of annual
  巡查员 ≥100名, 年度目标 120名); Y102 ≤error alt Y101/Y103 (annual deadline 2024年9月30日前).
* kce18: F110 ≤error (the empty name cell of a row valued ≥126个); F109 ≤warning (row of the
  empty 生态效益指标); D101 ≤warning alt D103/D102/F201 (row of 禁烧宣传覆盖率 repeated under
  社会效益指标).

Legitimate look-alikes in the correct returns: a goal's area with its parts in brackets (kce01),
a goal count with a part in brackets (kce07, kce17); unit cost × count equal to or within the
money (kce01, kce03, kce05, kce09, kce11, kce13, kce15, kce17); =100% and typed 100% on rates
(kce01, kce05, kce11, kce13); typed percent cells (kce01, kce03, kce07, kce11, kce13); 下降率 with
≥ (kce07, kce13); 0 fire points with ≤ (kce13, kce17); rates raised in 百分点 (kce07, kce09, kce13);
the period's area beside the year's third and equal rates, time limits and unit costs in both
columns (kce03); a later year inside the period named in the 年度目标 (kce03: 为2026年接入…);
the same satisfaction name with different values in two stacked projects (kce05); tier points
and indicator points both adding to 100 (kce09); fill dates in December 2024 (kce01, kce05,
kce07, kce13, kce15); notes, 填表说明, repeated header and signature rows (kce05, kce07, kce15).

Judgements: B107 is held to a warning (other funds could cover the gap; the catalogue's own
severity); a near-duplicate with the same value (kce06) is a warning, not D102; a next-year or
last-season deadline in a one-year or two-year project is an impossibility, hence Y102 up to
error; kce10's 2024年 goal is a leftover (Y103, warning), not a budget-year conflict; kce14's
≥3个 also contradicts the goal's 3个以内, so D104 is accepted there.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout749 import farmland, fertiliser, straw
from tests.variants.holdout749.registry import HOLDOUT749
from tests.variants.kit import Variant

MODULES = (farmland, fertiliser, straw)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT749, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 749th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
