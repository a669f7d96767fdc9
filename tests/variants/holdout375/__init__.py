"""The 375th held-out set: later support for reservoir resettlement (水库移民后期扶持) in
resettled villages, in two halves: the direct subsidy paid to resettled people (直补资金, vu01–
vu06 and the departments vu13–vu14) and the projects built in resettled villages (扶持项目,
vu07–vu12, vu15–vu18). Invented places: 澹川县, 梓渡县, 鹭湾/岙潭/柳塘水库, 雁汀/棠岙/枫坑/石磴/
沙埠村. Budget year 2025; money in 万元 (the unit in the number format) except vu06 (元).

Layouts: project heads with one value column (vu07, vu08, vu18), an operator column in symbols
(vu01, vu15) or in words (vu02) with a unit column, operators inside the values (vu03), 中期 and
年度 columns of a three-year project (vu09, vu10), numbered tier labels with points (vu11), a
tier-1 score column (vu12), headers 指标内容/绩效标准 (vu06) and 预期目标 (vu16); department heads
with a flat list (vu04, vu05) or a tiered table with budget shares and tasks (vu13, vu14);
three and two stacked projects (vu07, vu08); a note row, subtotals, a repeated header, 注,
填表说明, signature and date lines (vu15); a budget-system export with codes in the first columns
and the table on a second sheet under a title and a unit line (vu17).

Planted mistakes (return: code, highest accepted severity, place):

* vu02: X103 ≤warning (alt B108) at the 财政拨款 cell, text ``1,206.00``; T106 ≤error at the
  发放到位率 cell, a typed 103%.
* vu03: T108 ≤warning (row) at ``=600元/人·年`` on a cost cap, at ``≤5200人`` on a 正向 count and
  at ``≥1%`` on a 冒领率.
* vu05: T105 ≤error at the 发放到户率 value 8600 (户); T108 ≤warning (row) at ``≥3%`` on a 反向
  投诉率; W101 ≤error book level (weights add to 95).
* vu08: B101 ≤error at the second project's 年度资金总额 (150 ≠ 120 + 20); T105 ≤error at
  ``移民户参与率 136户``.
* vu10: D202 ≤warning at the annual cells of 产业路 and 培训移民劳动力 (three-year counts copied);
  D201 ≤error at the annual 灌溉渠道 ``≥8公里`` above the period's ``≥6公里``.
* vu12: W103 ≤error at the 产出指标 score 40 (indicators 45) and the 效益指标 score 30
  (indicators 25); F105 ≤error at a 时效指标 tier-2 under 效益指标.
* vu14: B101 ≤error at 资金总额 1850 (基本 360 + 项目 1510 = 1870); B111 ≤error at the 其他资金
  share 6.8% (60 / 1850 = 3.2%); B102 ≤error at 金额合计 1510 (tasks add to 1496).
* vu16: F110 ≤error at the empty name cell of a row valued ``≥95%``; F109 ≤warning (row) at the
  生态效益指标 label left without indicator or value.
* vu18: X105 ≤warning (alt X103) at the total ``268.4 5``; Y102 ≤error (alt Y104) at the
  计划完成日期 2024-12-31 of a 2025 one-year project; X101 ≤error at ``≥XX户``.

Legitimate look-alikes in the correct returns: typed percent cells with an operator column
(vu01, vu04, vu15), ``=100%`` on 准确率/合格率 (vu01, vu04, vu07, vu17, the last a text cell
starting with ``=``), a 下降率 with ≥ and ``≤0起`` / ``≤ 0 起`` on incident counts (vu01, vu04),
rates raised in 百分点 (vu06, vu11), the same indicator names with different values in stacked
projects (vu07), unit costs and rates equal in 中期 and 年度 (vu09), tier points and indicator
points both adding to 100 plus a 合计 row (vu11), subtotal rows and a footnote explaining the
90-point total (vu15), 直补 23600 人 × 600 元 equal to its 1416 万元 task (vu13), fill dates in
2024 (vu06, vu15, the departments).

Judgements: a money cell typed as text with separators is read as a number, so a warning
(X103), not an error; the shares of 基本支出 and 项目支出 in vu14 match their amounts over the
stated total and are not marked; in vu16 the note asks to delete unused tier-2s, which supports
F109; in vu18 the end date both falls outside 2025 and precedes the start, one mark with Y104
accepted; in vu05 the rate given in 户 is T105 only, the 户 unit column being part of the same
slip; rows of a flat list (vu04, vu05) have no tiers and draw no tier findings.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout375 import direct_aid, unit_forms, village_works
from tests.variants.holdout375.registry import HOLDOUT375
from tests.variants.kit import Variant

MODULES = (direct_aid, village_works, unit_forms)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT375, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 375th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
