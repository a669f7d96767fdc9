"""The 829th held-out set: 18 invented returns on urban sanitation (public toilet renovation,
waste sorting stations, street sweeping contracts), with a careful reviewer's marks, to measure
``goalbook check`` out of sample. Its aim is checks across the table: goal text against
indicators, years and dates, 中期 against 年度, duplicates, tier placement, cost × count
against the money, parts against totals. Budget year 2026; places 澄湾区, 柘原县, 枫渡镇 invented.

Layouts: project heads (operator and unit columns, operators in words, one value column,
中期/年度 columns, weight or score columns, a tier-1 score column), department heads with
tasks, a flat department list, two projects stacked in one sheet, a table on a second sheet
under 预期实现值, a budget detail block above a table headed 指标内容/绩效标准, headers
考核指标 and 目标值（年度）, numbered, pointed, abbreviated and ★/* marked tier labels, a header
repeated after a page break, note rows, total rows, signature and date lines.

Planted mistakes (code, highest accepted severity, place):

* kfg02: D104 ≤warning at the 改造公厕数量 value (goal 30座, indicator 28座); Y102 ≤error at the
  完工时间 date cell (2027-06-30 in a one-year 2026 project); B107 ≤warning row of 单座改造成本
  (15万元 × 28座 = 420 > 400万元).
* kfg04: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201 ≤error at the annual
  改造旅游公厕数量 (≥18座 above the period's ≥16座; D104 accepted); F201 ≤warning at the name
  游客如厕满意度 under 社会效益指标. The annual unit-cost cell tolerates a warning.
* kfg06: B101 ≤error at 资金总额 (310 + 560 = 870 ≠ 860); D101 ≤warning row of the second
  公厕保洁达标率 (under 社会效益, same value as under 质量; D103 accepted).
* kfg08: D104 ≤warning at 新建分类投放站数量 (goal 120个, indicator 100个); Y102 ≤error at the
  deadline 2025-12-31 (last year's); T105 ≤error at 居民分类知晓率 `3000户`.
* kfg10: Y103 ≤warning at the 年度目标 (says 2025年 in a 2026 return; Y101 accepted); D102
  ≤error row of 分类处置站建设数量 (≥4座 against 处置站建设数量 ≥3座; D103, D101 accepted);
  F201 ≤warning at 配套破碎分选设备数量 under 质量指标. The unit-cost cell tolerates a warning.
* kfg12: B103 ≤error at 年度资金总额 (950 > 中期 900); D202 ≤warning at the annual 改造转运站数量
  (≥12座 copied from the period, the 年度目标 says 4座; D104 accepted).
* kfg14: D104 ≤warning at 人工清扫保洁面积 (goal 150万平方米, indicator 135); B107 ≤warning row
  of 保洁员人均年工资标准 (5万元 × 300人 = 1500 > 1200万元); W101 ≤error book level (weights 95).
* kfg16: Y101 ≤error book level (title 2025年度, dates and goal 2026; Y102, Y103 accepted);
  F201 ≤warning at 保洁质量考核达标率 under 时效指标; T108 ≤warning row of 道路保洁投诉率 ≥2%.
* kfg18: W103 ≤error at 产出指标's score cell (50 declared, 45 under it); D103 ≤warning row of
  背街小巷保洁覆盖比例 (the 覆盖率 of the row above again, under another tier-2; D101, D102
  accepted); a book-level W101 ≤error is tolerated (indicator points add to 95).

Look-alikes in the correct returns: a typed 100% with = on an acceptance rate and typed
percent cells (kfg01, kfg07, kfg13); a part (其中一类公厕 6座) beside its total (kfg01); goal
totals with their parts in brackets (kfg07, kfg13, kfg15); =0起 on an incident count and ≤ on a
complaint rate (kfg01, kfg13); unit cost × count equal to the money (kfg01 20 × 24 = 480,
kfg05, kfg13 6元 × 120万 = 720万, kfg17); period counts beside smaller annual counts with rates
and unit costs equal (kfg03, kfg17); a later year the work prepares for (kfg05, 2027);
the same satisfaction name with different values in stacked projects (kfg05); tier points
and indicator points both adding to 100, ≥5百分点 and a 下降率 with ≥ (kfg09); a note row inside
the table and a detail block with its 合计 (kfg11); a header repeated after a page break, a
total row and a footnote explaining a total (kfg15); 较2025年 as a baseline remark (kfg17); fill
dates in 2025.

Judgements: a count in the goal that differs from the indicator is a warning (D104), not an
error, since the reviewer asks rather than concludes; B107 stays a warning; a deadline in the
next year of a one-year project, a last-year deadline and the title's stale year are errors
(Y102, Y101) because the return cannot hold both years; kfg12's annual 12座 is marked D202
(D104 accepted) since it equals the period value; kfg04's annual count both exceeds the period
and contradicts the goal, so D201 with D104 accepted; kfg10's conflicting duplicate is D102
with D103/D101 accepted.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout829 import sorting, sweeping, toilets
from tests.variants.holdout829.registry import HOLDOUT829
from tests.variants.kit import Variant

MODULES = (toilets, sorting, sweeping)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT829, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 829th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
