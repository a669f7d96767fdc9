"""The 272nd held-out set: 18 invented returns on disabled persons' services, with a careful
reviewer's marks, to measure ``goalbook check`` out of sample.

Theme: 残疾人康复救助 and 辅助器具适配 (``rehab``: rv01–rv06), 无障碍改造 (``access``: rv07–rv12)
and 残疾人就业帮扶 (``jobs``: rv13–rv18). Nine returns are correct, nine carry 2–3 planted
mistakes (23 required marks). Places, units, people, phone numbers and figures are invented.

Layouts: project heads with one-year and 中期/年度 money blocks (万元 only in the number format),
department heads with budget, share row and task blocks; OLD-NAT and NAT-2021 tiers merged down;
an operator column with a unit column (rv01, rv02, rv12); one value column (rv06, rv09, rv13–rv16);
中期 and 年度 value columns (rv05, rv11); tier-1 and indicator score columns (rv07, rv08); flat
lists in two column orders (rv03, rv04); two stacked projects (rv06, rv15); a table on a second
sheet (rv10); headers 预期目标, 指标内容, 预期实现值, 考核指标, 目标值（年度）, 评价标准, 备注; tier
labels numbered with points, ``*``, ★ and abbreviations (rv16); a budget-system export with
sheets 05-1 / 05-2, codes in the first columns, the header on the third row and operators in
words (rv18); 注/说明/填表说明 rows and signature lines (rv01, rv06, rv13, rv15).

Planted mistakes (return: code, highest accepted severity, place):

* rv02: T106 error at Sheet1!E12 (精准康复服务覆盖率 typed as 105%); T108 warning, row,
  Sheet1!D16 (康复服务投诉率 with ≥).
* rv04: T112 error, row, Sheet1!B14 (value ``≥450件``, unit column 人次); T105 error, row,
  Sheet1!B15 (适配服务回访率 ``≥320`` 人次); W101 error, book level (weights add to 95, the
  合计 row says 100).
* rv06: B101 error, row, Sheet1!C20 (second project: 75 ≠ 60 + 10); T108 warning, row,
  Sheet1!D27 (验配等待时间 ``≥10个工作日``).
* rv08: B101 error, row, Sheet1!C5 (315 ≠ 280 + 25); W103 error at Sheet1!B10 (产出 50,
  indicators 55) and Sheet1!B15 (效益 30, indicators 25); both levels still total 100.
* rv09: F110 error at Sheet1!C12 (a 时效 value without a name); F109 warning, row, at
  Sheet1!B14 (社会成本指标) and Sheet1!B16 (生态效益指标), template rows left empty.
* rv11: D204 warning at Sheet1!D9 (年度目标 copied from 中期目标); D202 warning at Sheet1!E12
  and Sheet1!E13 (three-year cumulative counts 1200户 and 30个 copied into 年度).
* rv12: X104 warning at Sheet1!F4 (计划完成日期 the text ``46022``); X105 warning (alt X103)
  at Sheet1!C5 (``356.482 5``, which read as 356.4825 equals 300 + 56.4825); T115 error at
  Sheet1!E14 (单台终端采购成本 ≤ 0 万元/台).
* rv14: B101 error, row, Sheet1!B4 (基本支出 360 + 项目支出 145 = 505 ≠ 520); B102 error at
  Sheet1!D9 (tasks 60 + 45 + 30 = 135, 金额合计 145).
* rv17: T113 warning at Sheet1!D13 (见习计划完成时间 typed as 100%); F105 error at Sheet1!B14
  (社会效益指标 inside the 产出指标 block).

Legitimate look-alikes in the correct returns: typed percent cells with a % unit column and
``=100%`` on 康复评估建档率 (rv01); ``= 0 起`` on an incident count (rv01); 人均 standard ×
count below or equal to the money (rv01 180 ≤ 186, rv13 400 × 3000 = 120 and 150 × 6000 = 90
equal to their tasks, rv15 90 × 4000 = 36 equal to the total); a 下降率 with ≥ (rv03); a flat
list with a 合计 row of 100 and no tiers (rv03); equal rates and unit costs in 中期 and 年度 and
a 2027 date in the 中期 column of a 2025–2027 project (rv05); 100 points at both levels and a
rate raised by ``≥5百分点`` (rv07); the same indicator name with different values in two stacked
projects (rv15 服务对象满意度 90% / 92%; rv06 does the same in its correct first project); fill
and signature dates in 2024 for a 2025 budget (rv13, rv15); a 注 row between tiers, 说明 and
填表说明 rows (rv15); numbered, scored, starred and abbreviated tier labels (rv16); a budget
export whose tiers repeat in every row and whose 合计 row repeats the one project (rv18).

Judgements where a reviewer could hesitate:

* rv04: the unit conflict and the rate-as-count may be found at the value or the unit cell, so
  both marks are row marks; W101 is marked on the book (the stated 合计 is 100).
* rv06, rv08, rv14: B101 may fairly land on the total or its parts in the same row (row marks).
* rv11: the copied 年度目标 holds no figures, so D104 would not apply; the unit cost is tied to
  the 公共服务场所 count, which is split properly, so no cost check is disturbed by the copies.
* rv12: an unreadable ``46022`` is taken as the artefact (X104), not as a missing end date; the
  unit cost 0 is the rounding of a 万元 figure (T115 error), not a legitimate zero target.
* rv17: the 效益 tier keeps only 可持续影响指标; the misplaced tier-2 is F105 alone, not F106.
* rv01 ``康复训练安全事故发生数 = 0 起`` is a 反向 count with =, not a cost cap; rv16's 培训后实现
  就业率 sits under 社会效益 as an outcome.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout272 import access, jobs, rehab
from tests.variants.holdout272.registry import HOLDOUT272
from tests.variants.kit import Variant

MODULES = (rehab, access, jobs)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT272, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 272nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
