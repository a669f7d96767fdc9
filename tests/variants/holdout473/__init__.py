"""The 473rd held-out set: 18 invented returns from writing-brush, ink-stick and inkstone
(湖笔、徽墨、端砚) craft workshops, with a careful reviewer's marks, to measure
``goalbook check`` out of sample. Places (墨岭县, 毫溪镇, 松烟镇, 砚川市溪岩区), units,
people, phone numbers and figures are invented. Budget year 2025; money in 万元.

Modules: ``brushes`` (湖笔, zo01-zo06), ``inksticks`` (徽墨, zo07-zo12), ``inkstones``
(端砚, zo13-zo18); ``common`` holds the shared helpers, ``registry`` the set's registry.

Layouts: project heads with operator and unit columns and typed percents (zo01, zo02); two
projects stacked in one sheet (zo03, zo04); department flat lists, operator-column and
direction-column orders (zo05, zo06); an instruction row, a repeated header after a page
break, footnotes, 填表说明, signature / stamp lines (zo07, zo08); numbered tier labels with a
tier-1 score column and an indicator score column (zo09, zo10); three-year projects with a
two-row 中期 / 年度 header (zo11, zo12); a table on a second sheet under 指标内容 / 预期实现值
(zo13); header 预期目标 with template rows (zo14); department budgets with typed shares, key
tasks and a 金额合计, unit codes in the first column (zo15, zo16); 指标性质 as direction and
指标方向 as operator in words with bare numbers and a unit column (zo17); conversion
artefacts (zo18).

Correct returns (nothing to report): zo01, zo03, zo05, zo07, zo09, zo11, zo13, zo15, zo17.

Planted mistakes (code, highest accepted severity, place):

* zo02: B105 error Sheet1!C6 (其他资金 ``100,000.00元`` in the 万元 block); B101 error file
  level, tolerated only (the 元 cell breaks the sum); T106 error Sheet1!E10 (合格率 105 %);
  T108 warning Sheet1!D11 row (售后退换率 with ≥).
* zo04: B101 error Sheet1!C20 (second project 42 ≠ 35 + 5); T105 error Sheet1!D24
  (培训完成率 ``≥30人``).
* zo06: T112 error Sheet1!B8 (``≥12万元`` with unit column 家); T105 error Sheet1!B9
  (抽检合格率 ``≥25批次``); W101 error file level (weights add to 95).
* zo08: T108 warning Sheet1!D11 row (墨锭开裂率 ``≥3%``); F202 warning Sheet1!C14 row
  (预算执行率 under 产出/成本指标); T107 warning Sheet1!D17 (满意度 ``=95%``, text).
* zo10: F105 error 绩效目标!C12 (（四）社会效益指标 inside 一、产出指标); W103 error
  绩效目标!B15, W101 accepted (效益 declared 30, indicators 10 + 10).
* zo12: D204 warning Sheet1!D9 (年度目标 = 中期目标, three-year project); D202 warning
  Sheet1!E13 (复原古法工艺 ≥6项 both columns); D201 error Sheet1!E14 (annual ≥36人 above
  period ≥30人).
* zo14: F109 warning Sheet1!B10 row (社会成本指标 left empty); F109 warning Sheet1!B13 row
  (时效指标 left empty); F110 error Sheet1!C14 (``≥70%`` with no name).
* zo16: B101 error Sheet1!B4 row (380 + 250 ≠ 640); B111 error Sheet1!C5 (财政拨款 share
  90.0 % against 600 / 640 = 93.8 %); B102 error Sheet1!D9 (tasks 130 + 110 ≠ 金额合计 250).
* zo18: X105 warning Sheet1!E5, X103 accepted (财政拨款 ``32.4 6``, read 32.46, then
  32.46 + 8 = 40.46); X104 warning Sheet1!F4 (计划完成日期 ``46022`` as text); T115 error
  Sheet1!D12 (每方砚台打磨成本 ``≤0万元/方``).

Legitimate look-alikes in the correct returns: ``=100%`` on a 及时率 (zo01) at the ceiling;
typed percent cells with ``%`` also in the unit column (zo01, zo05, zo15); a 下降率 with ≥
(zo05) and with 大于等于 (zo17); ``0起`` accidents with 小于等于 (zo17); the same name
服务对象满意度 with ≥90% and ≥85% in two stacked projects (zo03, the first project also in
zo04); points at both levels adding to 100 each (zo09); ``≥3百分点`` on a 成品率 change
(zo09); equal 中期 and 年度 values for rates and unit costs (zo11); a next-years date
``2027年12月31日前`` in the 中期 column of a 2025-2027 project (zo11); fill and signature
dates in 2024 (zo01, zo05, zo07, zo08, zo11, zo15, zo17); instruction, 说明, footnote,
填表说明, stamp and repeated header rows (zo07, zo08); shares rounded to one decimal that
still add to 100 % (zo15). Every unit cost × count stays within its money (zo01: 40 × 0.6 +
12 = 36 ≤ 48; zo09: 3000 × 40元 = 12万 + 8 ≤ 50; zo11: 45 × 1.2 ≤ 180, 15 × 1.2 ≤ 60;
zo15: 60 × 2 = 120 = the task's money; zo17: 200 × 300元 = 6万 ≤ 40).

Judgements where a reviewer could hesitate:

* zo02: the 退换率 mark sits at the operator cell with ``row=True``; the B101 that the 元 cell
  causes is tolerated, not required.
* zo06: ``≥25批次`` on a 合格率 with the unit column 批次 is a rate given as a count (T105),
  not a unit conflict: value and unit column agree.
* zo08: F202 rather than a tier finding, since 预算执行率 is scored separately; ``=95%`` on a
  满意度 is a warning (it almost certainly means ≥95 %).
* zo10: the misplaced 社会效益指标 block scores under 产出, whose 40 then adds up; the 效益 gap
  (20 against 30) is independent of it. The indicator total 90 may also raise W101.
* zo12: D201 is an error (an annual cumulative count cannot exceed the three-year count);
  the copied ≥6项 is only doubtful (D202 warning).
* zo16: the B101 may land on any cell of the budget row (row mark); the project share 39.1 %
  matches its amount and is not marked, though the two expenditure shares add to 98.5 %
  because of the B101 gap.
* zo18: the serial 46022 is 2025-12-31, inside the year; only the artefact is marked. 0起 in
  zo17 is a real target, not the T115 of zo18.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout473 import brushes, inksticks, inkstones
from tests.variants.holdout473.registry import HOLDOUT473
from tests.variants.kit import Variant

MODULES = (brushes, inksticks, inkstones)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT473, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 473rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
