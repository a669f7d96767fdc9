"""The 535th held-out set: 水碓 (water-powered trip-hammer mills) and 风车磨坊 (windmill mills)
restored for rural tourism in the invented 桐澜县 (漾溪镇, 洄溪乡, 苇湾乡; villages 石臼坪, 鹤垄,
风岙, 茭塘, 石埠岗, 鹭滩). Budget year 2025 throughout; amounts in 万元, mostly carried only by
the number format. 18 returns, 9 correct, 24 required marks.

Layouts
-------
* ``trip_hammers`` (by01–by06, 水碓): project heads with an operator column and a unit column
  (by01, by02), operators in words (by04), numbered labels with points and an indicator score
  column under 考核指标 / 目标值（年度） (by03), three-year projects with 中期 and 年度 columns
  under 绩效目标值 (by05, by06).
* ``windmills`` (by07–by12, 风车磨坊): two projects stacked in one sheet (by07, by08), a weight
  column with 小计/合计 rows, a note row, a header repeated after a page break, footnotes,
  填表说明 and signature lines (by09), template rows under 预期目标 (by10), a two-row header
  with 指标内容 / 绩效标准 / 评价标准 (by11), a tier-1 score column against indicator scores
  (by12).
* ``bureaus`` (by13–by18): department heads with budget, shares and tasks (by13–by16), flat
  lists (by13, by14), a budget-system export with codes in the first columns and the indicator
  table on a second sheet under 预期实现值 with abbreviated tier labels (by17), PDF/Excel
  conversion artefacts in the head and in detail lines under the table (by18).

Planted mistakes (code, highest accepted severity, place)
---------------------------------------------------------
* by02: B101 ≤error at the 年度资金总额 cell (120 ≠ 95 + 20; the 中期 column holds);
  T106 ≤error at the typed percent 105% of 修缮工程验收合格率 (row).
* by04: T108 ≤warning (row) on 研学体验人次 小于等于, 水碓停摆故障率 大于等于, 单次维修成本 等于.
* by06: D204 ≤warning at the 年度目标 cell (identical to 中期目标); D202 ≤warning at the annual
  ``≥15座`` copied from the three-year column; D201 ≤error at the annual ``≥45人`` above ``≥30人``.
* by08: B101 ≤error at the second project's 年度资金总额 (62 ≠ 52 + 12); T105 ≤error at
  风车磨坊开放完成率 ``12次``.
* by10: F109 ≤warning (row) at the empty 社会成本指标; F110 ≤error at the empty name of the
  ``≥4场`` row.
* by12: W103 ≤error at the 产出指标 score 40 (indicators 45) and at the 效益指标 score 30
  (indicators 25); F105 ≤error at 质量指标 under 效益指标.
* by14: W101 ≤error (book level, weights 95); T112 ≤error at ``≥2.5万元`` with unit column
  万人次; T105 ≤error at 农耕体验课程覆盖率 ``≥20场``.
* by16: B101 ≤error (row) at 资金总额 780 (450 + 320 = 770); B111 ≤error at the 20% share of
  其他资金 (80 ÷ 780 = 10.26%); B102 ≤error at 金额合计 320 (tasks add to 310).
* by18: X104 ≤warning at the 计划完成日期 ``45961`` stored as text (Y106 accepted); X105
  ≤warning at ``18.4 6`` (X103 accepted); X106 ≤error at ``9万9万(含运输)`` (B108 accepted).

Legitimate look-alikes in the correct returns
---------------------------------------------
* Typed percent cells with the operator in its own column and ``%`` also in the unit column
  (by01, by13); 万元 carried only by the number format everywhere.
* by03: tier points in the labels (40/20/30/10) and indicator points (10 × 10) both add to 100;
  ``≥5百分点`` on a 入住率 change; ``=100%`` on 按期完工率 (the ceiling).
* by05: rates and the unit cost equal in 中期 and 年度 columns; counts annual < period; a
  2027 deadline in the 中期 column of a 2025–2027 project.
* by07: the same names (年接待游客, 游客满意度) with different values in the two stacked projects.
* by09: 小计/合计 rows and a footnote explaining that subtotals are tier points, a repeated
  header, a fill date in November 2024.
* by13: 古磨坊设施故障下降率 ≥10% (a 下降率 written positive takes ≥), 游客安全责任事故 ≤0起
  (an incident count, not a zero cost), 单座水碓平均修复成本 ≤15万元/座 × 10座 = 150 = the
  task's money (equal, not exceeding); department fill dates in November 2024.
* by15: shares 100/90/10/60/40 % as percent cells; task amounts add to 项目支出.
* by17: the same 产出/数量 labels repeated per project; codes as text.

Judgements
----------
* by02 and by08: one-year heads where only the annual column's parts are off; the mark sits on
  the total because the reviewer cannot tell which part is the typo.
* by06: only one count was copied (the other counts differ), so one D202 mark.
* by10: an empty 社会成本指标 under NAT-2021 is a template leftover (warning), not a missing
  tier; the row with ``≥4场`` and no name is an error.
* by12: the two W103 mismatches cancel out in the total, so no W101 is expected; the misplaced
  质量指标 is marked apart from the points.
* by16: B101 is marked on the whole amounts row; the other shares are consistent with 780.
* by18: read as 18.46 and 9, the detail lines add up to 40, so no B102 is expected.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout535 import bureaus, trip_hammers, windmills
from tests.variants.holdout535.registry import HOLDOUT535
from tests.variants.kit import Variant

MODULES = (trip_hammers, windmills, bureaus)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT535, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 535th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
