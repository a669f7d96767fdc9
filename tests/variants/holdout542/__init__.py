"""The 542nd held-out set: kudzu root and konjac (葛根、魔芋) starch processing for mountain
townships.

Eighteen invented returns of an invented county (岫云县) and its townships (雾垭乡, 鹞子岩乡,
椿木坪镇, 石垭乡, 鹰愁峡乡, 龙潭坳村): nine correct, nine with two or three planted mistakes
(22 required marks). Budget year 2025; money in 万元 carried by the number format, except the
export's money sheet in 元.

Layouts
-------
* ``projects.py`` (cf01–cf06): project heads; operator and unit columns with typed percent cells
  (cf01, cf02); numbered tier labels with points and an indicator score column (cf03);
  abbreviated labels under headers 指标内容 / 绩效标准 (cf04); head on one sheet, table on a
  second sheet under 预期实现值 with a 注 row, 填表说明 and signature lines (cf05); header 预期目标
  with template rows (cf06).
* ``departments.py`` (cf07–cf12): department heads with budget rows, rounded shares and key
  tasks (cf07, cf08); flat lists (cf09 指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值;
  cf10 指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重); a unit line, the header
  repeated after a page break, 小计 and 合计 rows (cf11); a budget-system export, sheets
  「部门项目支出预算05-1」 and 「部门项目支出绩效目标05-2」, codes in the first columns, header
  on the third row, tiers repeated in every row (cf12).
* ``periods.py`` (cf13–cf18): 中期 and 年度 columns for three-, two- and one-year projects
  (cf13–cf15); two projects stacked in one sheet (cf16, cf17); a tier-1 score column merged
  down beside the tier-1 and an indicator score column (cf18).

Planted mistakes (code, highest accepted severity, place)
---------------------------------------------------------
* cf02: B101 error at the 年度资金总额 cell, row (80 + 20 = 100 ≠ 95); T106 error at the typed
  102 % of 粉丝成品抽检合格率, row; T108 warning at the ≥ of 单位粉丝加工能耗成本, row.
* cf04: F105 error at the tier-2 label 时效 under 效益, row; T105 error at 防控技术培训覆盖率
  ``120户``.
* cf06: F109 warning at the empty tier-2 生态效益指标, row; F110 error at the empty name cell of
  the ``≥98%`` row; T107 warning at ``=95%`` on 魔芋种植户满意度.
* cf08: B101 error at 资金总额, row (150 + 400 = 550 ≠ 540); B102 error at the 金额合计 amount,
  row (180 + 150 + 80 = 410 ≠ 400); T112 error (alt T119) at ``12万元`` under unit 座.
* cf10: W101 error, book level (weights add to 95); T108 warning at ``≥0.35`` on a 反向 energy
  consumption, row.
* cf12: X103 warning (alt B108) at the text amount ``386,500.00``; X104 warning at the text
  ``45961`` (2025-10-31) given as 抽检任务完成时间.
* cf14: D204 warning at the 年度目标 cell copied from 中期目标; D202 warning at the annual
  ``≥1500亩`` copied from the period; D201 error at the annual ``≥1000人次`` above the period 800.
* cf17: D102 error at the second 葛根鲜根收购量 of the first project (≥2500吨 against ≥2000吨),
  row; B101 error at the second project's 年度资金总额, row (120 + 20 = 140 ≠ 150).
* cf18: W103 error at the 产出指标 score 40 (indicators 45) and at the 效益指标 score 30
  (indicators 25).

Legitimate look-alikes in the correct returns
---------------------------------------------
* cf01: typed percent cells with ``%`` also in the unit column; 加工废水COD排放浓度下降率 with
  ≥ (a 下降率 written as a positive number); 安全生产事故 ``= 0 起``; 淀粉成品水分含量 ≤ 14 % (a
  content cap, not a 正向 rate); a completion date as a date cell with ≤.
* cf03: tier points in the labels (40 + 20 + 30 + 10) and indicator points (also 100): one level
  adds to the total, the other repeats it; a note row explaining it.
* cf05: a 注 row between tier blocks, 填表说明, a fill date in December 2024.
* cf07: shares rounded to two decimals (88.37 % + 11.63 %, 24.42 % + 75.58 %); 金额合计 =
  项目支出, not 资金总额; ``比上年提高≥1.5百分点`` and ``提高≥5百分点`` on rates; a typed 92 %.
* cf09: flat list without tiers; 下降率 with ≥; 0 accidents with =; 资金 其他资金 0.
* cf11: 小计 and 合计 rows carry weights only; the repeated header is not an indicator.
* cf13: rates and unit costs equal in 中期 and 年度; counts smaller in the year.
* cf15: one-year project: columns, goals and money identical in 中期 and 年度; ``≤0件``
  信访件 (a negative count); 10 × 12 万元 = 120 万元, equal to the budget, not above it.
* cf16: 带动农户增收 and 加工点业主满意度 with different values in two stacked projects.
* Every unit cost × count stays within its money (cf01 200 元/吨 × 3000 吨 + 5 万元 × 12 =
  120 ≤ 180; cf13 600 + 240 ≤ 900 and 200 + 80 ≤ 300; cf18 30 × 6 = 180 ≤ 340).

Judgements
----------
* cf12: a text amount with separators is readable; at most a warning (B108 accepted at that
  level). The amounts then add up to 合计 640 500.
* cf17: the same name twice in one project with two values is a conflicting duplicate (error);
  the same name in the second stacked project (≥3000吨) is not a duplicate.
* cf08: ``12万元`` under unit 座 is a unit conflict (T112); T119 names the same problem.
* cf18: both tier scores are marked, at the tier score cell; the indicator scores add to 100, so
  no W101.
* cf14: 种芋繁育基地 is a cumulative area, so the copied annual value is marked; 林下套种面积
  (3000 / 1500) is not.
* cf06: 其他资金 0 is a legitimate zero (no T115); ``=100%`` on 验收合格率 is the ceiling.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout542 import departments, periods, projects
from tests.variants.holdout542.registry import HOLDOUT542
from tests.variants.kit import Variant

MODULES = (projects, departments, periods)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT542, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 542nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
