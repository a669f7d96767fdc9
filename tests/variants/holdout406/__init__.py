"""The 406th held-out set: Zisha teapot and pottery studios in craft towns (紫砂/陶艺工作室).

Everything is invented: 丹埴县 with its 紫砂 town 泥湾镇 (wz01, 03, 04, 06, 07, 09, 11, 13, 15,
17) and its pottery town 窑前镇 (wz02, 05, 08, 10, 12, 14, 16, 18); units, people, phone
numbers and figures. 18 returns, 9 correct, 24 required marks. Modules: ``values`` (wz01–06,
items 1, 9, 10, 11), ``layouts`` (wz07–12, items 2, 3, 4, 5, 7), ``amounts`` (wz13–18, items
6, 8, 12, 13).

Layouts: project heads (``heads.project_head``) with one-year or 中期/年度 money blocks in
万元 carried by the number format; department heads with budget shares and tasks; operator and
unit columns (wz01, 02); one value column (wz03, 07, 08, 12–14, 17); tier-1 and indicator
score columns (wz04, 05); 指标性质 as direction and 指标方向 as operator in words (wz06);
three and two stacked projects (wz07, 08); a flat list 指标名称 · 权重 · 计量单位 · 指标性质 ·
指标值 (wz09); a weight column with 填表说明, subtotals, a repeated header after a page break,
注 and signature lines (wz10); numbered, pointed, ★/* and abbreviated tier labels under 指标内容
/ 绩效标准 (wz11); a table on a second sheet under 预期实现值 (wz12); a two-row header 指标值 over
中期/年度 (wz15); 预期目标 (wz17); a budget-system export, sheets 部门项目支出预算05-1 and
部门项目支出绩效目标05-2, header on row 3, codes in the first columns (wz18).

Planted mistakes (return: code, highest accepted severity, place):

* wz02: T106 error Sheet1!E11 (烧成合格率 105% as a typed percent); T105 error Sheet1!E12
  (柴窑改造完成率 6 座); T108 warning Sheet1!D13, row (釉面开裂率 with ≥).
* wz03: X104 warning Sheet1!F4 (计划完成日期 "46022" as text); X105 warning Sheet1!C20, alt
  X103 ("36.5 8"); X106 error Sheet1!C21, alt B108 ("24万24万(含窑具运输)").
* wz05: W103 error Sheet1!B9 (产出 40, indicators 45); W103 error Sheet1!B15 (效益 30,
  indicators 25). Both levels still add to 100, so no W101.
* wz06: T108 warning Sheet1!E11, row (破损率 反向 with 大于等于); T108 warning Sheet1!E14, row
  (能耗成本 with 等于 on a cost cap).
* wz08: B101 error Sheet1!C20 (second project 50 ≠ 40 + 15); T105 error Sheet1!D25 (开课完成率
  12期); T107 warning Sheet1!D29 (学生满意度 =95%).
* wz12: T113 warning 绩效指标!D5 (完工时间 100%); F105 error 绩效指标!B8 (质量指标 under 效益).
* wz14: B101 error Sheet1!B4, row (基本 260 + 项目 400 ≠ 680); B111 error Sheet1!C5 (90.00%
  for 600 / 680); B102 error Sheet1!D10 (tasks 380 against 金额合计 400).
* wz16: D204 warning Sheet1!D9 (年度目标 = 中期目标); D202 warning Sheet1!E11 and E12 (counts
  copied); D201 error Sheet1!E13 (共享柴窑 年度 3座 > 中期 2座).
* wz17: F109 warning Sheet1!B14, row (社会成本指标 left empty); F110 error Sheet1!C15 (≥15家
  without a name).

Legitimate look-alikes in the correct returns: typed percent cells with ``%`` also in the unit
column and ``=`` + 100% at the ceiling (wz01, wz09); a date cell as the value of a 时效 row
(wz01); 100 both at tier and at indicator level, ``提高≥5百分点`` on a share, ``0起`` on an
incident count (wz04, 13, 15, 18); the same satisfaction name with different values in
stacked projects (wz07); 下降率 with ≥ and 投诉率 with ≤, pct cells beside bare numbers with a
% unit (wz09, 15); instruction, subtotal, repeated header, 注 and signature rows and a fill
date in 2024 (wz10); 效益（30分）, 1.社会效益, ★经济成本指标 as tier labels (wz11); a
2027 date in the period column of a three-year project (wz15); equal 实施期 and 年度 values in a
one-year export (wz18); rates equal across 中期 and 年度 (wz15, wz16).

Judgements: B101 in wz14 is a row mark, since either 资金总额 or one of the parts may be the
wrong figure; the other shares there are right, so only 财政拨款's share is marked. wz12's
质量指标 under 效益 is F105, not F201 (the indicator fits its tier-2). In wz06 ``等于`` on a
unit cost is T108 as domain.md rule 7 has it (= on a cost cap). T105 and T106 are errors (a
rate given as a count, a capped rate over 100 %); T107, T108, T113 and D202 stay warnings.
wz16's cost cap × the copied count (40 × 3) is within the year's money, so no B107.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout406 import amounts, layouts, values
from tests.variants.holdout406.registry import HOLDOUT406
from tests.variants.kit import Variant

MODULES = (values, layouts, amounts)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT406, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 406th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
