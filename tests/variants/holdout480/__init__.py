"""The 480th held-out set: fishery-solar complementary (渔光互补) power stations on ponds
and the fishers who farm under them. 18 invented returns (9 correct, 9 with 25 required
marks) from 澄湾县 offices (鹭汀镇, 蒲荡乡, 苇荡镇, 栖鸥湖); all names and figures invented.

Layouts
-------
* ``stations.py`` (zv01–zv06, the stations over the ponds): project heads with money in
  万元 number formats; an operator column (≥ or 大于等于) with a unit column; a three-year
  and a two-year project with 中期 and 年度 columns; numbered tier labels with points; a
  tier-1 score column with ``*``/``★`` marked labels (tier-1, score and tier-2 merged down).
* ``fishers.py`` (zv07–zv12, the fishers under the panels): department heads with budget
  and key tasks; flat lists (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值, and another
  order with 指标方向); two projects stacked in one sheet, twice.
* ``records.py`` (zv13–zv18): a 说明 row, a header repeated after a page break, a 合计 row,
  footnotes, 填表说明 and a signature; a budget-system export (sheets 05-1 and 05-2, codes
  in the first columns, header on row 3, tiers repeated); a two-row header 考核指标 /
  目标值（年度） / 评价标准; header 预期目标 with template rows; conversion artefacts with
  detail lines; a head on the first sheet and the table on a second sheet under 指标内容 /
  预期实现值.

Planted mistakes (code, highest accepted severity, place)
--------------------------------------------------------
* zv02: T106 error at Sheet1!E10 (typed 105% 合格率); T105 error, row, at Sheet1!E11
  (成活率 given as 12 万尾); T108 warning, row, at Sheet1!D15 (不达标率 with 大于等于).
* zv04: B103 error at Sheet1!E5 (年度资金 1200 > 中期 1000); D204 warning at Sheet1!D9
  (年度目标 copied from 中期目标); D201 error at Sheet1!E11 (annual 260 塘口 > period 200).
* zv06: W103 error at Sheet1!B9 (产出 declared 40, indicators 35) and at Sheet1!B15
  (效益 declared 30, indicators 35); F105 error at Sheet1!C17 (★时效指标 under 效益指标;
  the misplaced 5 points explain both W103).
* zv08: B101 error at Sheet1!B4 (基本 350 + 项目 900 ≠ 1300); B102 error at Sheet1!D9
  (tasks 870 ≠ 金额合计 900); T105 error at Sheet1!D13 (持证率 ≥300人).
* zv10: T112 error at Sheet1!B7 (≥12万元 against unit 户; T119 accepted); T108 warning,
  row, at Sheet1!B9 (反向 死亡率 with ≥3%); W101 error, book level (weights add to 95).
* zv12: B101 error at Sheet1!C18 (second project: 420 + 100 ≠ 560); T105 error at
  Sheet1!D23 (渔网更换完成率 ≥300张).
* zv14: on 部门项目支出绩效目标05-2, T106 error at F5 (typed 102% 合格率); Y102 error at
  F6 (2026年3月31日前 in a 2025 one-year project; Y103 accepted); X101 error at F8 (≥XX户).
* zv16: F110 error at Sheet1!C10 (≥95% with no name; the message must not quote an empty
  name); F109 warning, row, at Sheet1!B11 (时效指标 left from the template).
* zv17: X104 warning at Sheet1!F4 (计划完成日期 "45930" as text); X105 warning at
  Sheet1!C5 ("356.8 25"; X103 accepted); X106 error at Sheet1!D18 ("96.825万96.825万";
  B108 accepted). Read as 356.825 and 96.825, the money and the lines add up.

Legitimate look-alikes in the correct returns
---------------------------------------------
* Typed percent cells (zv01, zv07, zv09, zv18) and 万元 only in the number format.
* 下降率 with ≥ (zv01 用药量下降率, zv09 化学需氧量排放下降率, zv15 死鱼率下降率).
* ``0起`` on an incident count (zv07); ``=100%`` on a 及时率 / 通过率 ceiling (zv07, zv15).
* ``提高≥3百分点`` on an 增长率 (zv05); tier points in the labels and indicator points
  both adding to 100 (zv05).
* Unit cost × count exactly equal to its money (zv07 180, zv11 300, zv12 first project 210,
  zv13 150, zv16 96, zv18 饵料 200): not exceeding.
* A 合计 row of 90 with a footnote that 预算执行率 is scored apart (zv13); a 合计 weight row
  of 100 in a flat list (zv09) that is not an indicator.
* The same 养殖户满意度 with ≥90% and ≥85% in two stacked projects (zv11).
* Rates and unit costs equal in 中期 and 年度, counts a third of the period (zv03).
* Fill dates in November of the year before (zv07, zv13).

Judgements
----------
* zv03: the bare typed 95% on 尾水处理达标率 is read as a target reached, not marked.
* zv04: B103 is at the 年度资金总额 cell; its parts add up in each column.
* zv06: F105 and the two W103 are one slip; all three marked, since each is checkable.
* zv14: a deadline past a one-year project's end is treated as an impossibility (error);
  the export repeats the tiers in each row, as the system writes them.
* zv08 and zv10 were marked at the cell holding the wrong total or value, not at the parts.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout480 import fishers, records, stations
from tests.variants.holdout480.registry import HOLDOUT480
from tests.variants.kit import Variant

MODULES = (stations, fishers, records)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT480, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 480th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
