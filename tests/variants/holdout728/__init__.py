"""The 728th held-out set: 18 invented returns of 栖梧县 (an invented county) on food-safety
sampling by the market-supervision bureau, the farmers'-market rapid-testing booths (快检室) and
the school-canteen "bright kitchen" camera scheme (明厨亮灶), with a careful reviewer's marks.
Budget year 2025 throughout; money in 万元, mostly with the unit only in the number format.

Layouts: project heads (one-year, two- and three-year with 中期 and 年度 columns), department
heads with key tasks and 金额合计, NAT-2021 and OLD-NAT tiers, numbered tier labels with points,
operators inline, in their own column (≥ or in words) or absent beside a direction column,
flat lists, two projects stacked in one sheet, a two-row header, a header repeated after a page
break with subtotal and total rows, a second-sheet table under 预期实现值, a budget-system export
(sheets 05-1 / 05-2, codes in the first column, header on the third row).

Planted mistakes (code, highest accepted severity, place):

* kbj02: D104 ≤warning, row of 监督抽检批次 (goal 1500 批次, indicator 1200); F201 ≤warning, row of
  监督抽检样品合格率 under 时效指标; Y102 ≤error at the deadline date 2026-01-15 (alt Y103).
* kbj04: D204 ≤warning at the 年度目标 cell (copied from 中期); D202 ≤warning at the annual
  学校周边食品抽检批次 (three-year count copied); D201 ≤error at the annual 农村集体聚餐 count
  900 above the period's 800 (alt D104, the goal says 800).
* kbj06: B101 ≤error at the first project's 年度资金总额 58 (50 + 6); B107 ≤warning, row of the
  second project's reagent price (12 元 × 30000 批次 = 36 万 > 30 万).
* kbj08: D104 ≤warning, row of 日均快检样品数量 60 (goal: not under 80); B102 ≤error at 金额合计
  64 (30 + 12 + 18 = 60, alt B101); W101 ≤error at book level (weights 95).
* kbj10: Y103 ≤warning at the 年度总体目标 naming 2024 (alt Y101); F201 ≤warning, row of
  快检室新建数量 under 质量指标.
* kbj12: W103 ≤error at 产出指标（50分） (indicators 45; W101 tolerated at book level); D102
  ≤error, row of the second 快检结果公示率 (95% under 质量, 90% under 时效; alt D101, D103);
  B107 ≤warning, row of 快检试剂单价 (15 元 × 40000 = 60 万 > 48 万).
* kbj14: D104 ≤warning, row of 改造学校食堂数量 75 (goal 60); B107 ≤warning, row of 单所食堂改造费用
  (1.5 万 × 75 = 112.5 万 > 90 万).
* kbj16: Y101 ≤error at the title 2024年度 (plan 2025—2026; alt Y102, Y103); D201 ≤error at the
  annual 接入平台食堂数量 90 above the period's 80 (alt D104); Y102 ≤error at the annual deadline
  2026年6月30日前 (alt Y103).
* kbj18: B102 ≤error at the 05-1 合计 50 (lines 48; alt B101); D101 ≤warning, row of the second
  后厨违规行为预警处置率 (same value under 质量 and 时效; alt D103, D102); X101 ≤error at the
  template example value ≥XX%.

Look-alikes in the correct returns: typed percents (kbj01, kbj03, kbj07, kbj09, kbj11, kbj13,
kbj15, kbj17); =100% on rates; 0起 on incident counts (kbj01, kbj13 as 等于 0 起); rises and
falls in 百分点 (kbj01, kbj07, kbj11) and 下降率 / 下降幅度 with ≥ (kbj07, kbj15); a goal count
with its part in brackets (kbj01 600 of 1200, kbj13 48 + 14 of 62); a later year prepared for
(kbj03, kbj15: 为2027年…); period counts above the year's and equal rates in both columns (kbj03,
kbj15); cost × count equal to the money (kbj07 36 万, kbj11 48 万, kbj17 60 万) or within it;
the same indicator name with different values in two stacked projects (kbj05); subtotal, total,
续表, 填表说明 and signature rows (kbj09); tier points and indicator points each adding to 100
(kbj11); fill dates in late 2024 for the 2025 budget.

Judgements: a deadline in the second year of a two-year project is fine in the 中期 column and
wrong in the 年度 column (kbj16); the kbj16 title year is taken as the slip since the plan dates,
中期 span and goals all say 2025—2026; in kbj04 the annual goal copied from 中期 is consistent
with the copied count, so only the D204 and D202 marks, not a D104, are asked there; a reviewer
may also read kbj12's missing 5 points as W101 (tolerated); bare values beside a direction
column (kbj08) are read with that direction, without asking for an operator.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout728 import booth, canteen, sampling
from tests.variants.holdout728.registry import HOLDOUT728
from tests.variants.kit import Variant

MODULES = (sampling, booth, canteen)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT728, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 728th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
