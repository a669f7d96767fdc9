"""The 294th held-out set: maternal and child health (妇幼保健).

Eighteen invented returns (``sr01``–``sr18``) from invented county and district maternal and
child health offices (鹤汀县, 苇渚县, 芷阳区, 渌川区, 砚湖市, 澄渚市, 棠梨县), budget year 2025.
The first half of the theme is women's health (两癌筛查, 孕产妇健康管理: sr01, sr02, sr05,
sr07–sr12), the second children's health (新生儿疾病筛查, 出生缺陷防治, 儿童保健: sr03, sr04,
sr06, sr13–sr18). Nine returns are correct, nine carry 2–3 planted mistakes (23 required marks).

Modules: ``screening`` (sr01–sr06: 两癌 and newborn screening), ``maternal`` (sr07–sr12:
孕产妇健康管理), ``child`` (sr13–sr18: 出生缺陷 and 儿童保健); ``common`` holds the helpers.

Layouts
-------
* sr01, sr02: project, OLD-NAT, operator column (比较符) and unit column, percent cells typed in
  Excel (``pct``), amounts with 万元 only in the number format.
* sr03: three newborn-screening projects stacked in one sheet, one value column.
* sr04: two newborn projects stacked (the second without a title), one value column, a 注 line.
* sr05: department head with key tasks and a flat list 指标名称 · 权重 · 计量单位 · 指标性质
  (operator) · 指标值; sr06: flat list 指标名称 · 指标值 · 指标性质 (direction) · 计量单位 · 权重.
* sr07: NAT-2021, numbered tier labels with points (一、产出指标（50分）, 1.数量指标) and a 分值
  column; sr08: OLD-NAT labels abbreviated and marked (*产出, 数量, ★产前筛查率).
* sr09 (three years), sr10 (two years): 中期指标值 and 年度指标值 columns, 中期目标 and 年度目标.
* sr11, sr12: department heads with budget, key tasks and 金额合计; sr11 has a 注 row inside the
  table, 说明 and 填表说明 rows under it and signature lines.
* sr13: two-row header (考核指标 over the tiers, 目标值（年度）, 评价标准), word operators.
* sr14: head on the first sheet, the table on a second sheet under 预期实现值.
* sr15: weight column, 小计 and 合计 rows, a 注 row, the header repeated after a page break.
* sr16: budget-system export, sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, project
  codes and names in the first columns, header on the third row, operator column 指标方向.
* sr17: tier-1 score column and indicator score column; sr18: header 预期目标.

Planted mistakes (return, code, highest accepted severity, place)
-----------------------------------------------------------------
* sr02: T106 error Sheet1!E11 (``105%`` typed on 阳性病例追踪管理率); T108 warning Sheet1!D12,
  row (≥ in the operator column of 细胞学检查结果漏报率, a 反向 rate).
* sr04: B101 error Sheet1!C19 (second project: 年度资金总额 35 ≠ 30 + 8); T105 error Sheet1!D24
  (新生儿访视覆盖率 ``≥2800人``); Y102 error Sheet1!D26 (date 2026-03-31 in a project ending
  2025-12-31).
* sr06: T112 error Sheet1!B13, row (value ``≥38000份``, unit column 万元); T108 warning
  Sheet1!B16, row (反向 标本不合格率 with ``≥1.5``); W101 error, book level (weights add to 85).
* sr08: F105 error Sheet1!B15 (时效 under 效益); T113 warning Sheet1!D16 (告知时限 ``100%``).
* sr10: D204 warning Sheet1!D9 (年度目标 = 中期目标); D202 warning Sheet1!E11 (a two-year
  cumulative count copied into 年度); D201 error Sheet1!E12 (annual ``≥9000人次`` above the
  period's ``≥8000人次``).
* sr12: B101 error Sheet1!B4 (资金总额 780 ≠ 基本支出 520 + 项目支出 250); B102 error Sheet1!D9
  (tasks 90 + 85 + 70 = 245 ≠ 金额合计 250); T107 warning Sheet1!D19 (满意度 ``=95%``).
* sr14: X105 warning 项目基本信息!C5, X103 accepted (``126.4 5``, read as 126.45 = 120 + 6.45);
  T105 error 绩效指标!D4 (覆盖率 ``6000人``); X104 warning 绩效指标!D5 (``45961`` as text).
* sr16: T106 error 部门项目支出绩效目标05-2!G6 (``102%`` on an accuracy rate); T115 error
  部门项目支出绩效目标05-2!G13 (人均手术救助补助 ``≤ 0 万元/人``; 140 × 0.3 = 42).
* sr18: F110 error Sheet1!C11 (a ``≥95%`` without a name); F109 warning Sheet1!B15, row
  (生态效益指标 left from the template).

Legitimate look-alikes in the correct returns
---------------------------------------------
* Typed percent cells (sr01, sr05, and the sr16 siblings), some with ``%`` also in the unit
  column (sr01), bare 0–100 numbers with % in the unit column (sr05).
* Changes of rates in 百分点 (sr01 ``≥3 百分点``, sr07 ``≥2百分点``, sr17 ``≥2百分点`` and
  ``≥1.5个百分点`` on a 患病率较上年下降): percentages, not counts; a 下降 with ≥.
* A 下降率 with ≥ (sr05 晚期宫颈癌检出比例下降率 ≥5%); 0 incidents (sr05 医疗纠纷 ≤0起).
* ``=100%`` at the ceiling (sr07, sr09, sr15); a bare ``100%`` on a 指导率 (sr13).
* Points given twice and adding to 100 both ways (sr07 labels, sr17 columns); 小计 and 合计
  weight rows (sr15) that are not indicators.
* Unit cost × count equal to the money (sr01 12000 × 36元 × 2 = 86.4万, sr03, sr07, sr16
  project 1, sr15 45 ≤ 50).
* The same names (筛查率, 人均筛查费用, 新生儿家长满意度) with different values in the three
  stacked projects of sr03.
* A 说明 line explaining that 金额合计 is the 项目支出 (sr11); fill and signature dates in 2024.
* Rates and unit costs equal in 中期 and 年度 (sr09), a rate with a different annual step.

Judgements
----------
* sr04 Y102 is kept at error: the deadline falls after the project's own 计划完成日期.
* sr06 T112 is marked on the row (value or unit cell); ``=100`` on 室间质评合格率 is the ceiling.
* sr08: the 时效 tier-2 under 效益 is F105 at the tier-2 label; its rows are not also marked as
  F201. ``100%`` on a 时限 is T113 at warning (the intent may be a completion rate).
* sr10: the copied count is marked at the annual cell (D202) by the corpus convention, though
  the period cell may be the wrong one; the annual 贫血患病率 ≤13% against ≤12% for the period
  is a yearly step, not a conflict.
* sr12: B101 at 资金总额 (财政拨款 + 其他资金 = 780 holds, 基本 + 项目 does not).
* sr14: with 126.45 read correctly the money adds up; ``45961`` is 2025-10-31, in the year.
* sr16: T115 at error; the 05-1 money sheet is consistent and carries no mark.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout294 import child, maternal, screening
from tests.variants.holdout294.registry import HOLDOUT294
from tests.variants.kit import Variant

MODULES = (screening, maternal, child)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT294, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 294th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
