"""The 840th held-out set: intellectual property promotion, in two halves: patent grants
support (patents.py) and trademark brand cultivation (brands.py), with IP protection training
(training.py) spread over both. 18 invented returns, 9 correct and 9 with planted mistakes;
most mistakes are found only by comparing one part of a return with another.

Layouts: one-year project heads with 年度资金总额 = 财政拨款 + 其他资金; multi-year heads
(kfr02, kfr05, kfr15, kfr18) with 中期 and 年度 money and value columns; department heads
with both budget splits and key tasks (kfr07, kfr10); flat department lists (kfr08 with
指标性质 as operator, kfr11 with 指标性质 as direction); two projects stacked (kfr06); a
budget-system export on two sheets with codes in the first columns and a repeated header
(kfr03); a head on one sheet and the table on a second (kfr13); operators in words or in their
own column with a unit column (kfr14, kfr16); tier labels numbered, with points, with * or ★,
abbreviated; headers 指标内容 / 绩效标准 / 绩效目标值 / 预期实现值.

Planted mistakes (return: code, highest accepted severity, place):

* kfr04: D104 ≤warning, row of 奖补发明专利件数 (goal 150件, indicator 120件); B107 ≤warning,
  row of the unit cost (0.8万元 × 120 = 96 > 80万元); F201 ≤warning, row of a 合格率 under 时效.
* kfr05: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201 ≤error at the annual
  cell (12份 > 10份); Y102 ≤error (alt Y103) at a 2024 deadline in the 年度 column.
* kfr06: B101 ≤error at the second project's 年度资金总额 (60 + 10 ≠ 80); Y102 ≤error (alt
  Y103) at a 2026 deadline of a one-year 2025 project; D102 ≤error (alt D101, D103), row of the
  second 指导站服务企业数 (150 against 200).
* kfr10: B102 ≤error at 金额合计 (320 + 240 + 180 = 740 ≠ 760); D104 ≤warning, row of
  培育区域品牌商标数 (goal 15, indicator 12); F201 ≤warning, row of a 满意度 under 社会效益.
* kfr11: W101 ≤error at book level (weights 95); Y102 ≤error (alt Y103) at a 2024 deadline;
  D102 ≤error (alt D101, D103), row of 地理标志证明商标注册件数 (6 against 4).
* kfr12: Y101 ≤error (alt Y102) at the 2024 计划开始日期 under a 2025 title (the 2024 end date
  and the 2025 deadline outside those plan dates tolerated up to error); T105 ≤error at
  品牌价值评价报告完成率 30份.
* kfr16: D104 ≤warning, row of 市场保护培训期数 (goal 20, indicator 16); B107 ≤warning, row of
  人均培训成本 (400元 × 3000 = 120万元 > 100万元); T108 ≤warning, row of a 投诉率 with ≥.
* kfr17: F201 ≤warning, row of 专题讲座场次 under 质量; D101 ≤warning (alt D103), row of
  培训覆盖企业数量 under 社会效益 (the 数量 indicator again).
* kfr18: B103 ≤error at the 年度资金总额 (360 > 300); D202 ≤warning at each of the two annual
  cells copied from 中期 (≥900人, ≥30个).

Legitimate look-alikes in the correct returns: a goal count with its part in brackets and a
其中 indicator (kfr01, kfr13, kfr15); tier points and indicator points both adding to 100
(kfr01, kfr09); a cost cap × count equal to the money (kfr02: 1.5 × 200 = 300; kfr12 too, 3 ×
30 = 90, left unmarked); a later year the work prepares for within the period (kfr02: 2027;
kfr15: 2026); period counts above the year's with rates equal in both columns (kfr02, kfr15); a
deadline in 2026 in the 中期 column of a 2025–2026 project; a 下降率 with ≥ or 大于等于 (kfr07,
kfr14); ≤0起 on an incident count (kfr07); a rate raised in 百分点 (kfr03, kfr09); a 差错率
with 小于等于 (kfr14); typed percent cells (kfr01, kfr02, kfr03, kfr07, kfr14); a fill date in
the year before the budget year (kfr01, kfr07, kfr13); the same 企业满意度 with different
values in the two stacked projects (kfr06, not a duplicate); a header repeated after a page
break and 说明/注/填表说明 rows (kfr03, kfr13).

Judgements: D104 is marked on the indicator row, though a finding at the goal text would be as
fair; B107 counts with the indicator's count, not the goal's. A deadline before the budget year
or after a one-year project is an impossibility (error accepted), a year only named in text
would be Y103. In kfr06 the repeated 指导站服务企业数 under 社会效益 is a conflicting duplicate
(error) rather than a tier misplacement. kfr12's cost 3万元 × 30家 = 90万元 equals the money.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout840 import brands, patents, training
from tests.variants.holdout840.registry import HOLDOUT840
from tests.variants.kit import Variant

MODULES = (patents, brands, training)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT840, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 840th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
