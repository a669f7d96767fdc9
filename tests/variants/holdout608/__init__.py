"""The 608th held-out set: traditional paper-making (古法造纸), brick-and-tile kilns (砖瓦窑)
and a village craft fair, budget year 2026 in the invented 苎岭县. Written blind, to measure
``goalbook check`` out of sample; its aim is checks across the table.

Layouts: project heads with one value column (et01, et06, et10, et14), operator and unit
columns (et04, et07 with operators in words), 中期 and 年度 columns (et02, et08, et13), tier
points in the labels with an indicator points column (et05, et12), a table on a second sheet
under 预期实现值 (et05), department heads with flat lists (et03, et15) or a weight column with
subtotals and a header repeated after a page break (et09), stacked projects (et06: two, et14:
three), numbered tier labels (et10), a budget-system export with codes in the first columns
(et11), headers 指标内容 / 绩效标准 (et16) and 预期目标 (et17), a two-row header with * and ★ and
abbreviated tier-2s (et18).

Planted mistakes (code, highest accepted severity, place):

* et02: Y103 ≤warning at the 年度目标 cell (alt Y101: 2025 in the goal of a 2026–2028 project);
  D104 ≤warning, row of 楮皮原料基地种植面积 (goal 50亩, annual ≥30亩); D201 ≤error at the
  annual cell of 传承人培养人数 (≥80人 against the period's ≥60人).
* et04: F201 ≤warning, row of 竹纸成品合格率 under 时效; D103 ≤warning, row of
  古法造纸体验课场次 under 社会效益 (alt D102, D101, F201: the count of 体验课开课场次 again, 30
  against 40); T108 ≤warning, row of 每场体验课成本 (≥ on a cost cap).
* et06 (second stacked project): B101 ≤error, row of its 年度资金总额 (40 ≠ 30 + 6); D104
  ≤warning, row of 学徒培养人数 (goal 20, ≥15人); B107 ≤warning, row of 竹帘修制补助标准 (0.8 × 60
  = 48 > 40).
* et08: B103 ≤error at the annual 年度资金总额 (130 > 120); D202 ≤warning at the annual cell of
  烧制青砖小青瓦数量 (the period's ≥40万块 copied); Y102 ≤error at the annual 完工时间
  (alt Y103, Y101: 2025年12月31日前 in a project starting 2026).
* et10: D104 ≤warning, row of 青砖烧制数量 (goal 80万块, ≥60万块); F201 ≤warning, row of
  瓦坯晾晒场建设数量 (a count under 质量); F201 ≤warning, row of 周边村民满意度 (under 社会效益).
* et12: F110 ≤error at the empty name of the 时效 row; B107 ≤warning, row of 单座土窑改造成本
  (25 × 2 = 50 > 40).
* et14: D103 ≤warning, row of 古法造纸现场展演场次 in the second project (alt D102, D101, F201);
  Y104 ≤error at the third project's 计划完成日期 (alt Y102, Y101: 2025-10-31 before 2026-03-01).
* et15: B102 ≤error at the 金额合计 (40 + 25 + 20 = 85 ≠ 80); D104 ≤warning, row of
  手作市集举办场次 (goal 4场, ≥3); W101 ≤error, book level (weights 95).
* et17: X101 ≤error, row of the template's （示例）参训人次 ``≥**人次``; Y102 ≤error at
  手作节举办时间 (alt Y103, D104: 2027年5月 in a one-year 2026 project whose goal says October
  2026); F109 ≤warning, row of the empty 社会成本指标.

Legitimate look-alikes in the correct returns: a goal count with its parts in brackets and a
later year prepared for (et01: 12口（其中…8口、…4口）, 为2027年…积累); a typed 100% on a 合格率
(et01, et18) and ``=`` with 100% (et03, et11 where ``=100%`` stays text); 0起 on incident counts
(et03, et07, et14 first project); a 下降率 with ≥ / 大于等于 (et03, et07); rates raised in
百分点 (et02, et05, et13); tier points and indicator points both summing to 100 (et05);
subtotal and total rows beside a weight column, fill dates in 2025 (et09, et16); a cost
standard × count equal to its money (et09: 0.5 × 90 = 45, et13: 9 × 2 = 18, et18: ≤30 of 30);
a one-year project with identical 中期 and 年度 columns and goals (et13); in the correct returns
goal counts equal to the indicators' (et03, et09, et16: 40人（其中外县12人） against ≥40人).

Judgements: a quality rate listed under 时效 and a count again under 社会效益 could each draw a
second code (F201 / D103), so both are accepted for the duplicate. A deadline after the end of
a one-year project (et17) or before the start of a multi-year one (et08) is an impossibility,
so error; a text year outside the period (et02) only a warning. Weights of 95 (et15) cannot be
the 90 of a separately scored 预算执行率, so W101 is an error. A unit cost × count above the
money is doubtful, not impossible (other money may exist), so B107 stays a warning.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout608 import fair, kiln, paper
from tests.variants.holdout608.registry import HOLDOUT608
from tests.variants.kit import Variant

MODULES = (paper, kiln, fair)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT608, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 608th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
