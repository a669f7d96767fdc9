"""The 479th held-out set: 18 invented returns on milu deer (麋鹿) reintroduction and wetland
reserve protection, with a careful reviewer's marks (budget year 2025; invented places 苇汀县,
鹭渚湾, 芦荡沟; invented units, people, phone numbers and figures).

Layouts: ``herd`` (zu01–zu06, milu projects): operator and unit columns with typed percents,
three-year projects with 中期 and 年度 columns, numbered tier labels with points, a tier-1
score column. ``wetland`` (zu07–zu12, wetland projects): department flat lists in two column
orders, two projects stacked in one sheet, headers 指标内容 / 绩效标准 with a 注 row, a repeated
header, 填表说明 and signature lines, a head with money detail lines and the indicators on a
second sheet under 预期实现值. ``bureau`` (zu13–zu18, both halves): department heads with shares
and key tasks, template rows, a budget-system export (sheets 05-1 / 05-2, codes first, header
on row 3), a two-row header with 指标方向 and word operators, numbered labels.

Planted mistakes (code, highest accepted severity, place):

* zu02: B105 ≤error at the 其他资金 cell (200,000.00元 in a 万元 block; B101 on the file
  tolerated); T106 ≤error at the typed ``105%`` of a 合格率; T108 ≤warning (row) at ``≥`` on
  麋鹿野外死亡率.
* zu04: D202 ≤warning at the annual cells of two cumulative counts copied from 中期 (食源植物
  450亩, 水源点 12个); D201 ≤error at the annual ``≥80头`` above the three-year ``≥60头``.
* zu06: W103 ≤error at the 产出 (40 vs 35) and 效益 (30 vs 35) tier scores; T105 ≤error at
  ``≥28头`` for 放归麋鹿当年存活率.
* zu08: W101 ≤error on the file (weights add to 95); T112 ≤error at ``120亩`` against the unit
  column 公顷; T108 ≤warning (row) at ``≥`` on 湿地水鸟误捕事件发生率.
* zu10: B101 ≤error at the second project's 年度资金总额 (90 ≠ 60 + 20); T105 ≤error at
  ``≥35公顷`` for 修复区植被恢复率.
* zu12: X104 ≤warning at the text ``45991`` (a date serial) in 时效; X106 ≤error (alt B108) at
  the detail line ``36万36万``.
* zu14: B101 ≤error at 资金总额 (180 + 260 ≠ 430); B111 ≤error at the 财政拨款 share 80%
  (380 ÷ 430 = 88.37%); B102 ≤error at 金额合计 260 (tasks add to 250).
* zu15: F109 ≤warning (row) at the empty tier-2 社会成本指标; F110 ≤error at the empty name
  cell of a 时效 row whose value is ``≤24小时``.
* zu18: F105 ≤error at ``3.社会效益指标`` under 一、产出指标; T107 ≤warning at ``=95%`` on
  参观群众满意度.

Legitimate look-alikes in the correct returns: typed percents with a duplicate ``%`` in the
unit column and ``= │ 100%`` on an on-time rate (zu01), ≤ on a 幼仔死亡率 (zu01), equal 中期
and 年度 values for rates and unit costs in a multi-year project (zu03), points given both
for the tier (labels ``（40分）``) and for every indicator, each adding to 100 (zu05),
``提高≥3百分点`` (zu05), a 下降率 with ≥ and ``≤ 0 起`` on an incident count (zu07, zu17 for
the 下降率), the same 野外巡护天数 with different values in two stacked projects (zu09), a
note row, a repeated header, 填表说明 and a fill date in 2024 (zu11), unit cost × count equal to
the task money (zu13: 3万元/公顷 × 40公顷 = 120), abbreviated and *-marked tier labels and ★
names (zu13), a bare 95 with ``%`` in the unit column and 反向 / 小于等于 pairs (zu16, zu17),
an export note and an export date in 2024 (zu16).

Judgements: ``≤ 0 起`` on an incident count is a zero-incident target, not a rounded zero
(T115 does not apply). A 下降率 is 正向, so ≥ is right. In zu06 both tier scores and the
indicator scores add to 100, so only W103 (not W101) is asked for. In zu08 亩 against 公顷 is a
unit conflict even though the two convert: the reviewer asks which was meant. In zu10 the
rate given in 公顷 is T105 (a count where a % belongs). In zu14 the shares of 基本支出 and
项目支出 match their amounts over 430 and do not add to 100% only because of the B101 defect.
In zu12 the text ``45991`` reads as 2025-11-30, inside the year, so it is only an artefact
(X104); with 36万36万 read as 36 the detail lines add up to 80. In zu15 the empty 社会成本指标
row is a template leftover (F109), not a missing tier.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout479 import bureau, herd, wetland
from tests.variants.holdout479.registry import HOLDOUT479
from tests.variants.kit import Variant

MODULES = (herd, wetland, bureau)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT479, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 479th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
