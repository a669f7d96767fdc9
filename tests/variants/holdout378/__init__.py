"""The 378th held-out set: tour guides (导游) training, licensing and tourist complaint handling.

Eighteen invented returns of the 澄岭市 culture and tourism bureau and its centres (雁湄县,
岫川区), budget year 2025, 9 correct and 9 with 24 required marks.

Layouts: project heads (one-year and multi-year, 中期/年度 money) and department heads (budget
with a share row, key tasks with 金额合计); operator and unit columns with typed percent cells
(vx01, vx02); two projects stacked in one sheet (vx03, vx04); 中期 and 年度 value columns
(vx05, vx06); flat lists in two column orders (vx07, vx08); numbered, starred and abbreviated
tier labels with points (vx09, vx10); headers 考核指标 · 目标值（年度） · 评价标准 with a note row
and the header repeated after a page break (vx11); head and money detail on one sheet, the
table under 预期实现值 on a second (vx12); 指标性质 as direction and 指标方向 as operator (vx13);
operators inside the values (vx14); department money (vx15, vx16); template rows left empty
under 预期目标 (vx17); a budget-system export with project codes in the first columns (vx18).

Planted mistakes (return: code, highest accepted severity, place):

* vx02: B101 error at the 年度资金总额 cell (58 + 8 ≠ 64); T106 error at the typed 105 % pass
  rate.
* vx04: B101 error at the second project's 年度资金总额 (40 + 8 ≠ 45); T105 error at
  培训覆盖率 ``320人``; B107 warning (row) at the second project's 人均培训成本 (1500 × 400 =
  60万 > 45万).
* vx06: D201 error at the annual 授牌导游实训基地 (8 > 6); D202 warning at each of the two
  annual counts copied from 中期 (线上培训导游人次, 开发线上课程).
* vx08: T108 warning (row) at 导游证审核差错率 ``≥1`` marked 反向; W101 error at book level
  (weights 95).
* vx10: F105 error at 社会效益指标 under 产出指标; W103 error at ``*成本指标（10分）`` (its
  indicator carries 5; W101 accepted, and a book-level W101 is tolerated).
* vx12: X104 warning at the 计划完成日期 ``45991`` typed as text; X105 warning (X103 accepted)
  at the detail amount ``12.3 6``; T105 error at 制卡信息准确率 ``2600人`` on the second sheet.
* vx14: T108 warning (row) at 投诉处理超时率 ``≥3%``, 涉导游违规投诉查处率 ``≤90%`` and
  单日值守成本 ``=5000元/天``.
* vx16: B101 error at 资金总额 (250 + 120 ≠ 360); B111 error at the 其他资金 share (12 % for
  30 / 360); B102 error at 金额合计 (50 + 35 + 40 ≠ 120).
* vx17: F110 error at the empty name of a valued 质量指标 row; F109 warning (row) at the empty
  社会成本指标 and 生态效益指标 template rows.

Legitimate look-alikes in the correct returns: ``=100%`` at the ceiling (vx01 师资持证上岗率,
vx07, vx11); a 下降率 with ≥ (vx01, vx11, vx13); ``≤0起`` on an incident count (vx13);
``≥5百分点`` / ``3 百分点`` on a rate change (vx09, vx13); rates and unit costs equal in the
中期 and 年度 columns of a three-year project (vx05); the same indicator names with other
values in the two stacked projects (vx03); tier points and indicator points both adding to 100
(vx09); a cost cap equal to the budget (vx09 年度运维费用 48万, vx18 700 × 200 = 14万); a note
row, a repeated header, 填表说明 and signature lines (vx11); 0 其他资金 (vx09, vx18); a
department fill date in the year before the budget year (vx07, vx15, from ``heads``).

Judgements: the stacked-project title is given once (the second head has none); in vx08 the
bare ``≥98`` with % in the unit column is a percentage; ``≤0次`` 考务差错次数 (vx10) is a
reverse count, not a rounded zero; vx10's misplaced tier-2 row is counted in the 产出 points
(50), so only 成本 fails its declared points; vx12's detail line adds up once ``12.3 6`` is read
as 12.36.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout378 import complaints, licensing, training
from tests.variants.holdout378.registry import HOLDOUT378
from tests.variants.kit import Variant

MODULES = (training, licensing, complaints)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT378, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 378th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
