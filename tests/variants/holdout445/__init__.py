"""The 445th held-out set: 18 invented returns of 澄岭县 (an invented county) on its hydrogen
(氢能) bus pilot and its first hydrogen refuelling station (加氢站), with a careful reviewer's
marks. Budget year 2025; money in 万元 unless a cell says otherwise.

Modules: ``buses`` (ym01–ym06, the fuel-cell bus pilot), ``station`` (ym07–ym12, the
refuelling station), ``bureau`` (ym13–ym18, the bureau's other forms for both halves).

Layouts
-------
ym01 project, OLD-NAT, operator column 指标性质 + unit column, typed percent cells, a date cell;
ym02 the same with defects; ym03 three-year project, NAT-2021, 中期 / 年度 columns; ym04 two-year
project, 中期 / 年度 columns; ym05 project, NAT-2021, operators inside values and a 指标方向
column (正向/反向); ym06 project, numbered tier-1 labels, tier-1 score column and indicator score
column with a 合计 row; ym07 / ym08 two projects stacked in one sheet (second head untitled);
ym09 department, flat list 指标名称 · 权重 · 计量单位 · 指标性质 (operator) · 指标值; ym10
department, flat list 指标名称 · 指标值 · 指标性质 (direction) · 计量单位 · 权重; ym11 labels
numbered with points in the label (一、产出指标（40分）, （一）数量指标, 1.…, ★); ym12
abbreviated labels (产出, 数量, 效益, 满意度); ym13 instruction row inside the table, footnotes,
填表说明, signature and date lines; ym14 department with tasks, weight column, subtotal rows, the
header repeated after a page break, a 合计 row; ym15 two-row header (绩效指标 over 一级/二级/
考核指标, 目标值（年度）, 评价标准), tier-1 labels with *; ym16 budget-system export: head on sheet
项目支出预算05-1, table on sheet 项目支出绩效目标05-2 with 项目编码 / 单位编码 in the first
columns and the header on the third row; ym17 department with budget shares and four tasks;
ym18 project, header 预期目标, template rows.

Planted mistakes (22 required marks)
------------------------------------
* ym02: B105 ≤error at the 其他资金 cell (``1,400,000.00元`` in a 万元 block, Sheet1!E6);
  T106 ≤error at 车辆完好率 ``105%`` (percent cell); T108 ≤warning (row) at the ``≥`` of
  氢系统泄漏报警发生率. B101 ≤error on the book tolerated (not required): the 元 cell read as
  万元 breaks the total, a consequence of B105.
* ym04: D204 ≤warning at the 年度目标 cell (identical to 中期目标); D202 ≤warning at each of the
  two annual cells copied from the 中期 column (累计推广氢能公交车数量 ≥40辆, 累计氢气加注量
  ≥600吨).
* ym05: T108 ≤warning (row) at 百公里氢耗 ``≥7.5千克`` declared 反向; T108 ≤warning (row) at
  加氢结算单价 ``=35元/千克`` (a cost cap with =). ``0起`` on an incident count tolerated (any
  finding ≤warning, e.g. a suggested operator).
* ym08: B101 ≤error at the second project's 年度资金总额 (85 ≠ 60 + 20); T105 ≤error at
  培训考核合格率 ``150人``.
* ym10: T112 ≤error at 加氢站储氢能力 ``≥500千克`` with unit column 座; T108 ≤warning (row) at
  加氢站安全事故发生率 ``≥0.5%`` declared 反向; W101 ≤error on the book (weights 95, not 100).
* ym12: F105 ≤error at the tier-2 cell 生态效益 inside the 产出 block; T107 ≤warning at
  用氢企业满意度 ``=95%``.
* ym14: B102 ≤error at the 金额合计 cell of the tasks (300 + 200 + 120 = 620 ≠ 630); T106
  ≤error at 氢能公交线路覆盖率 ``≥110%``.
* ym16: X104 ≤warning at the 计划完成日期 cell holding the text ``46022`` (项目支出预算05-1);
  T105 ≤error at 车辆完好率 ``18辆`` (项目支出绩效目标05-2).
* ym18: F109 ≤warning (row) at the template tier-2 rows 社会成本指标 and 生态环境成本指标 left
  without indicator or value; F110 ≤error at the empty name cell of the row valued ``≥3场``.

Legitimate look-alikes in the correct returns
---------------------------------------------
ym01: percent cells (95%, 92%, 90%), a date cell for the 上线时间, ``定性`` in the operator
column for a grade, 百公里氢耗 ≤ (反向), 20 辆 × ≤12 万元 = 240 within 680. ym03: a 2027
deadline in the 中期 column of a 2025–2027 project, rates and unit costs equal in both
columns, a 下降率 with ≥, 60 × 12 = 720 within 2100. ym06: 100 points both at tier-1 and at
indicator level with a 合计 row, ``=100%`` on a 合格率 (the ceiling), ``提高≥2百分点`` on a
分担率, a percent cell. ym07: 年度安全检查次数 in both stacked projects with different values
(not a duplicate), 单站建设投资 ≤960万元 × 1 座 equal to the 960 of the project, 150 吨 ×
10 元/千克 = 150 万 within 180. ym09: ``= 0 起`` on an incident count, percent cells including
``99.9%`` (``0.0%``), a 合计 row of weights, no tiers (so no tier findings). ym11: numbered and
pointed labels summing to 100, ★ and numbering on tier-3 names, 2 台 × 140 = 280 within 300.
ym13: an instruction row between tiers, a footnote explaining the total (210 + 140 = 350),
20 × 10.5 = 210 equal to the rental line, a fill date in 2024 (the year before the budget year),
``0起``. ym15: tier-1 labels with ``*``, a two-row header, a 评价标准 column of scoring text, a
percent cell. ym17: shares 88 % + 12 % and 30.4 % + 69.6 %, tasks 420 + 260 + 60 + 130 = 870 =
项目支出 = 金额合计, 事故率 ≤0.5% (反向 with ≤).

Judgements
----------
* ym02: the percent cell ``105%`` is T106 at error (an impossibility); ``≥1%`` on a 发生率 is
  only doubtful, hence warning. The B101 it causes is tolerated, not required.
* ym04: a two-year project with the same cumulative count in both columns is marked D202 at
  each annual cell (README's convention); rates and the unit cost equal in both columns are not.
* ym05 / ym13 / ym07: ``0起`` without an operator on an incident count is a legitimate zero target
  (not T115); in ym05 any finding there up to warning is tolerated.
* ym10: the unit column ``座`` against ``千克`` in the value is a conflict (T112 error) rather than
  a missing unit; the weight total is a book-level W101.
* ym12: F105 at error (a structure that cannot be); ``=95%`` on a satisfaction is T107 warning.
* ym14: the 合计 row matches 项目支出 (630) while the task lines add to 620, so the mark is B102
  at the 合计, not B101; 小计 / 合计 rows and the repeated header are not indicators.
* ym16: the serial ``46022`` (2025-12-31) stored as text is X104 warning; no Y-code required.
* ym18: a value with no name is F110 error; the empty template tier-2 rows only warnings.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout445 import bureau, buses, station
from tests.variants.holdout445.registry import HOLDOUT445
from tests.variants.kit import Variant

MODULES = (buses, station, bureau)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT445, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 445th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
