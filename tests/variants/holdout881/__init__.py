"""Held-out set 881: invented returns on weather observation stations (气象观测站) and
agricultural meteorological services (农业气象服务), budget year 2026, with a careful reviewer's
marks. Places, units, people, phones and figures are invented (砚口县, 鹤埠县, 栎川市, 蒲湾区,
岑桥市, 檀溪县).

Layouts. ``stations`` (khg01–khg06): project heads with operator and unit columns and typed
percent cells, a two-year and a three-year project with 中期 and 年度 columns, a budget-system
export (sheets 部门项目支出预算05-1 / 部门项目支出绩效目标05-2, codes in the first columns, header
on the third row), a template with 预期目标. ``agromet`` (khg07–khg12): tier labels with numbering
and points, a tier-1 score column, three and two projects stacked in one sheet, a transfer-payment
form with *, ★ and abbreviated tier-2s, operators in words. ``offices`` (khg13–khg18): department
heads with flat lists, budget shares, task lists, notes, a repeated header, signature lines, a
service-centre project with conversion artefacts, a table on a second sheet under a two-row header.

Planted mistakes (code, highest accepted severity, place):

* khg02: T106 ≤error Sheet1!E11 (数据到报率 typed 102%); T108 ≤warning Sheet1!D12 row (雷击损坏
  事故发生率 with ≥); T108 ≤warning Sheet1!D14 row (单站年度维护费 cap with =).
* khg04: B103 ≤error Sheet1!C7 (年度资金 460 > 中期资金 420); D202 ≤warning Sheet1!E12 and
  Sheet1!E13 (cumulative counts of a three-year project copied into 年度).
* khg06: F110 ≤error Sheet1!C10 (value ≥4次 without a name); F109 ≤warning Sheet1!B15 row
  (生态效益指标 left from the template).
* khg08: W103 ≤error 绩效目标!B9 (产出 40, indicators 45); W103 ≤error 绩效目标!B14 (效益 30,
  indicators 25).
* khg10: B101 ≤error Sheet1!C19 row (second project 45 ≠ 30 + 10); T105 ≤error Sheet1!D28
  (农业产量气象服务覆盖率 24个).
* khg12: T108 ≤warning Sheet1!D9 row (正向 count with 小于等于); F105 ≤error Sheet1!B14
  (2.质量指标 under 三、效益指标).
* khg14: W101 ≤error book level (weights add to 95); T108 ≤warning Sheet1!B8 row (错误率 ≥1%
  marked 反向); T112 ≤error Sheet1!B10 (≤0.3万元 against the unit column 元/次).
* khg16: B101 ≤error Sheet1!B4 row (540 ≠ 基本 400 + 项目 150); B111 ≤error Sheet1!D5 (8.41 %
  for 40 ÷ 540 = 7.41 %); B102 ≤error Sheet1!D10 row (tasks 140 ≠ 金额合计 150); tolerated up to
  error at Sheet1!E5 and F5 (shares correct for their amounts, their sum off because of B101).
* khg17: X105 ≤warning Sheet1!C5 alt X103 (86.5 2); X104 ≤warning Sheet1!F4 (计划完成日期 46387
  as text); X106 ≤error Sheet1!C18 alt B108 (36万36万（含运输）).

23 required marks on 9 returns; khg01, 03, 05, 07, 09, 11, 13, 15 and 18 are correct.

Legitimate look-alikes in the correct returns: =100% on a 合格率 (khg01 typed, khg03/khg18 as
text), ≤ on 缺测率 and 差错率 / 错情率 (反向 rates), ≥ on a 下降率 (khg05, khg09, khg11, khg13),
an incident count of 0起 (khg09) and ≤0起 (khg13), 提前时间 with ≥ (khg15, a 正向 lead time),
≥3百分点 on a coverage rate (khg07), tier points and indicator points both adding to 100 with a 合计
row (khg07), unit cost × count equal to the money (khg11 20 × 6 = 120, khg15 2.5 × 48 = 120 and 5
× 10 = 50, khg17 line 4.5 × 8 = 36), the same 服务对象满意度 with different values in stacked
projects (khg09), rates and unit costs equal in 中期 and 年度 (khg03), 金额合计 equal to 项目支出
with a note saying it excludes 基本支出 (khg15), fill and print dates in 2025 (khg05, khg13,
khg15), a 说明 row, a 填表说明 row, a note row inside the table and a repeated header.

Judgements: khg16's shares of 基本 and 项目 match their amounts and only their sum is off, a
consequence of the B101, so they are tolerated, not required. khg10's B101 and khg16's B101 /
B102 are row marks since the finding may land at the total or at a part in the same row. khg04's
B103 is an error (an annual amount above the period amount is impossible). khg12's ≤ on a count and
khg14's ≥ on an error rate are warnings (doubtful, not impossible). khg14's weights (95) are
neither 100 nor 90, hence W101 at book level. khg17's 46387 is read as 2026-12-31, inside the
project year; with it, the one-year project has no date finding.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout881 import agromet, offices, stations
from tests.variants.holdout881.registry import HOLDOUT881
from tests.variants.kit import Variant

MODULES = (stations, agromet, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT881, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 881st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
