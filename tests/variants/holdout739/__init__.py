"""The 739th held-out set: a provincial aquaculture project (pond tail-water treatment, a
fish-fry breeding base, fishermen's cooperative cold storage). Budget year 2026, money in 万元.

Layouts: project heads (one-year, two- and three-year with 中期 and 年度 columns), department
heads with budget and task blocks, a budget-system export (05-1 / 05-2 sheets, codes in the first
columns, header on the third row), two projects stacked in one sheet, a flat department list, a
table on a second sheet, a transfer-payment 区域绩效目标表; headers 指标内容 / 绩效标准,
考核指标 / 目标值（年度）, 绩效目标值, 预期实现值; operators in their own column (symbols or
words), unit columns, numbered labels with points, abbreviated labels, * and ★ marks.

Planted mistakes (return: code, highest accepted severity, place):

* kbu02: D104 ≤warning (row, 1200亩 against the goal's 1500亩); F201 ≤warning (row, 达标率
  under 时效); B107 ≤warning (row, 30万元 × 12处 > 300万元).
* kbu04: D204 ≤warning (年度目标 cell); D202 ≤warning (annual area copied); D201 ≤error (24
  points in the year, 20 in the period).
* kbu06: Y103 ≤warning (row, alt Y101: 2025年度 in a name); D103 ≤warning (row, alt D101/D102:
  运行维护次数 twice); Y102 ≤error (alt Y103/Y101: a deadline in 2025).
* kbu08: D104 ≤warning (row, 6000万尾 against 8000万尾); B101 ≤error (row, 60 + 30 ≠ 80 in the
  stacked second project); B107 ≤warning (row, 0.2 × 600 = 120 > 80).
* kbu10: F201 ≤warning ×2 (row: a count under 质量, a satisfaction rate under 社会效益); D103
  ≤warning (row, alt D101/D102: 出池成活率 words swapped).
* kbu12: B101 ≤error (row, 180 + 330 ≠ 520); B102 ≤error (row, tasks 320 ≠ 金额合计 330); D104
  ≤warning (row, 12000万尾 against the goal's 9000万尾).
* kbu14: T105 ≤error (row, 利用率 400吨); T108 ≤warning (row, 损耗率 with 大于等于).
* kbu16: Y101 ≤error (alt Y103, header 2025年预期实现值 in a 2026 return); X101 ≤error (≥**人次).
* kbu18: B107 ≤warning (row, 35 × 8 = 280 > 240); B102 ≤error (row, lines 220 ≠ 合计 240).

Legitimate look-alikes in the correct returns: goal counts with their parts in brackets (kbu01,
kbu11), unit cost × count equal to the money (kbu01, kbu05, kbu07, kbu15), 下降率 with ≥ and
超标率 with ≤ (kbu01), ≤0起 on incidents (kbu01, kbu05, kbu07, kbu11, kbu13), `=` on a 100%
ceiling, 为2029年…积累 in a 2026 goal (kbu03), period counts above the year's and equal rates
(kbu03, kbu15), a 2027 deadline in the 中期 column of a two-year project (kbu15), the same
satisfaction name with different values in stacked projects (kbu07), 100 both ways with tier and
indicator points (kbu09), rises in 百分点 (kbu09, kbu13, kbu17), a fill date in 2025 (kbu13),
a note row and a repeated header inside the table (kbu13), typed percents (kbu01, kbu05, kbu07,
kbu09, kbu11, kbu15, kbu17).

Judgements: a cost cap × count above the money is doubtful, not impossible (≤warning); a
near-duplicate with a different value is ≤warning (the two rows may differ in scope); a deadline
before the budget year and a year in a header that contradicts the title are errors; 为2029年
推广积累 is a purpose, not a target year; the 年度目标 of kbu04 is marked at its cell.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout739 import coldstore, fry, tailwater
from tests.variants.holdout739.registry import HOLDOUT739
from tests.variants.kit import Variant

MODULES = (tailwater, fry, coldstore)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT739, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 739th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
