"""The 342nd held-out set: 18 invented returns on wet markets and community breakfast points
(菜市场标准化改造, 早餐工程: stalls upgraded, food-safety rapid tests, price boards, cold chain,
residents served), with a careful reviewer's marks, to measure ``goalbook check`` out of
sample. Budget year 2025; places (苇川县, 桐湾区, 鹤汀市, 澄溪市, 栖凤区, 榆塘县, 梅岭镇),
units, people, phone numbers and figures are invented.

Layouts: ``markets.py`` (un01–un06, wet markets): operator and unit columns with typed percent
cells; values with inline operators; two projects stacked in one sheet (twice); a three-year
project with 中期 and 年度 columns; numbered tier labels with points. ``breakfast.py``
(un07–un12, breakfast points): department flat lists (twice); a template with empty tier-2
rows under header 预期目标; a two-row header (考核指标, 目标值（年度）, 评价标准); the table on a
second sheet under 预期实现值; a weight column with 说明, 小计, a repeated header after a page
break, 注, 填表说明 and a signature line. ``supervision.py`` (un13–un18): department budgets
with shares and key tasks (twice); a budget-system export on sheets 部门项目支出预算05-1 and
部门项目支出绩效目标05-2 with codes in the first columns; conversion artefacts; tier-1 and
indicator score columns; 指标性质 as direction with 指标方向 as operator.

Planted mistakes (return: code, highest accepted severity, place):

* un02: T108 warning (row) at ``食品安全快检不合格率 ≥2%`` (Sheet1!D11); T106 error at
  ``改造工程验收合格率 ≥105%`` (D12); T108 warning (row) at ``单个摊位改造成本 =0.8万元/个``
  (D14; = on a cost cap).
* un04: B101 error at the second project's 资金总额 150 ≠ 120 + 20; T105 error at
  ``冷库运行完好率 12台``.
* un05: D204 warning at the 年度目标 cell (identical to 中期目标); D202 warning at each annual
  cell of the copied cumulative counts ``改造提升菜市场数量 ≥9个`` and ``新增冷链暂存点 ≥12个``.
* un08: T112 error at ``新增标准化早餐网点 12万元`` (unit column 个); T108 warning (row) at the
  ≥ of ``早餐经营投诉率``; W101 error on the book (weights add to 95).
* un09: F110 error at the empty name cell of a 质量指标 row valued ``≥98%``; F109 warning (row)
  at the empty tier-2 rows 社会成本指标 and 生态效益指标.
* un11: T105 error at ``示范点证照公示率 24家`` (绩效指标 sheet); T113 warning at
  ``示范点创建完成时间 100%``.
* un14: B101 error at 资金总额 860 (基本支出 320 + 项目支出 520 = 840; 财政 780 + 其他 80 =
  860); B102 error at the 金额合计 520 (tasks 200 + 180 + 150 = 530).
* un16: X105 warning (X103 accepted) at the head total ``312.456 8``; X104 warning at the
  计划完成日期 typed as the text ``46022``; T115 error at the annual upkeep cost 0 万元/台.
* un17: W103 error (W101 accepted) at 产出指标's score 50 over indicator scores 45; F105 error
  at 时效指标 under 成本指标; W101 on the book tolerated (the indicator scores total 95 only
  because of the W103 shortfall).

Legitimate look-alikes in the correct returns: typed percent cells with a % unit column and
``=`` + ``100%`` on 持证率 (un01, un07); ``食品安全事故 = 0 起`` / ``0起`` / ``≤0起`` on incident
counts (un01, un07, un10, un12, un18); ``提高≥5百分点``, ``≥3百分点`` (un03, un06, un15); a
下降率 with ≥ (un10, un18, direction 正向 there); tier points in the labels and indicator points
both adding to 100 with a 合计 row (un06); the same 周边居民满意度 with ≥90% and ≥85% in two
stacked projects (un03); unit cost × count exactly equal to the budget (un11: 3 × 24 = 72,
un12: 3 × 42 = 126); a signature date in 2024 (un12); 说明 / 小计 / 合计 / repeated header rows
(un12); a zero 其他资金 (un06, un09, un17); a row of 占比 under the department budget rounded to
0.01 % and adding to 100 % (un13); an export whose tiers are repeated in every row (un15).

Judgements: ``=0.8万元/个`` is marked T108 as the catalogue's direction rule (§4.2 rule 7 names
``=`` on a cost cap) and only as a warning. ``≥105%`` on a 验收合格率 is an impossibility, so an
error. In un16 the text serial ``46022`` is a warning (X104), though its misreading could
also hide the end date; the 4-decimal 财政拨款 cell keeps the split total exact. un08's
``12万元`` in a 个 column is taken as T112, not a rate problem. In un09 the two empty tier-2
rows are two marks, each at its own row. In un17 the misplaced 时效指标 still carries 5 points,
so 成本指标's 10 adds up: only 产出 is short. 0起 is not a zero-target (T115 covers costs and
quantities to produce, not incidents to avoid).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout342 import breakfast, markets, supervision
from tests.variants.holdout342.registry import HOLDOUT342
from tests.variants.kit import Variant

MODULES = (markets, breakfast, supervision)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT342, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 342nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
