"""Held-out set 791: forest fire prevention (firebreaks, ranger patrols, fire-fighting water
tanks), 18 invented returns of 苍岭县 (its 林业局, forest farms, 林区管护站 and 乡镇林业站).

Layouts: one-year project heads with a single value column, with operator and unit columns, with
tier-1 and indicator score columns, with 考核指标 / 目标值（年度） / 评价标准 and 指标内容 /
绩效标准 headers, a header repeated after a page break; multi-year projects with 中期 and 年度
columns; two projects stacked in one sheet; department heads with budget and key tasks; flat
lists (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值, and 指标名称 · 指标值 · 指标性质 as
direction · 计量单位 · 权重); a budget-system export with money on sheet 05-1 and indicators on
sheet 05-2 (codes in the first columns, header on the third row); a 预期目标 header with
template rows. Modules: ``breaks`` (firebreaks), ``patrols`` (ranger patrols), ``tanks`` (water
tanks and water points).

Planted mistakes (return · code · highest accepted severity · place):

* kdu02: D104 ≤warning at the 隔离带长度 value (goal 42 公里, indicator ≥35公里); Y102 ≤error
  alt Y103 at the 完工时间 value (2027年3月31日前 in a one-year 2026 project); B107 ≤warning at
  the unit-cost value (1.8 × 35 = 63 > 60 万元).
* kdu04: Y103 ≤warning at the 年度目标 cell (2025 in the 2026 年度目标); D201 ≤error alt D104
  at the annual 巡护里程 (36 万公里 above the period's 30); D202 ≤warning at the annual 培训
  场次 copied from the period (the 年度目标 says 2 场).
* kdu06: B101 ≤error at the second project's 资金总额 (32 ≠ 25 + 5); F201 ≤warning (row) at
  新建蓄水池数量 under 质量指标; D103 ≤warning alt D101/D102 at the value of 蓄水池工程验收
  合格率, a near-duplicate of 蓄水池验收合格率 in the same project.
* kdu08: B102 ≤error at 金额合计 (35 + 10 + 12 = 57 ≠ 60); D104 ≤warning at the 护林员人数
  value (goal 120 名, indicator ≥100人).
* kdu10: W101 ≤error book level (weights 95); T105 ≤error at 及时率 given as 3 次.
* kdu12: F201 ≤warning (row) at 蓄水池建成及时率 under 质量指标; T108 ≤warning (row) at the ≥
  of 森林火灾受害率; T106 ≤error at 满意度 105%.
* kdu14: Y101 ≤error alt Y102 (row) at 计划开始日期 (2025 dates under a 2026 title); D102
  ≤error alt D103/D101/D104 at 防火隔离带维护里程 ≥45公里 beside 维护长度 ≥50公里.
* kdu16: W103 ≤error alt W101 at the 产出指标 score 50 (indicators 45); B107 ≤warning at the
  护林员补助 value (1.5 × 80 = 120 > 100 万元).
* kdu18: F110 ≤error at the empty name of the ≥2公里 row; Y102 ≤error alt Y103 at 2025年10月
  31日前; F109 ≤warning (row) at the template tier-2 经济效益指标.

23 required marks, 16 of them found only across the table (goal against indicators, years and
dates, 中期 against 年度, duplicates, wrong tier-2, unit cost × count, parts against totals).

Legitimate look-alikes in the correct returns: 0起 on 重特大森林火灾发生次数 (kdu01); goal
counts with their parts in brackets (30 公里 = 18 + 12, kdu01; 6 座 其中高位水池 2 座, kdu03);
a later year the pilot prepares for (为2027年推广, kdu11); period counts above the year's
(kdu05); 百分点 rate changes (kdu05, kdu15); points at both levels each adding to 100 (kdu15);
unit cost × count equal to the money (7.5 × 6 = 45, kdu03; 8 × 12 = 96, kdu15) or within it;
a 下降率 with ≥ (kdu07); =100% on rates (kdu03, kdu07, kdu17); 注 rows explaining the money
(kdu07, kdu13); signature dates in the year before; the same indicator name with different
values in two stacked projects (kdu03); a header row repeated after a page break (kdu13); typed
percent cells (kdu01, kdu05, kdu09, kdu17).

Judgements: the ranger headcount ≥60人 in both columns of kdu04 is a headcount, not a
cumulative count (tolerated, no finding asked); kdu04's annual 36 万公里 also contradicts the
年度目标 (D104 accepted as alt); a deadline date in the next year of a one-year project and a
date from last season are errors (Y102), the plan dates of kdu14 a year mismatch (Y101); two
values for one indicator (kdu14) an error, a near-duplicate with a word more (kdu06) a warning;
the unit-cost excess B107 is a warning (the standard is a cap, not spending).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout791 import breaks, patrols, tanks
from tests.variants.holdout791.registry import HOLDOUT791
from tests.variants.kit import Variant

MODULES = (breaks, patrols, tanks)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT791, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 791st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
