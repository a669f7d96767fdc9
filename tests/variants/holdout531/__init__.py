"""The 531st held-out set: 18 invented returns on aqueducts and water wheels (渡槽、水车) in old
irrigation districts, their repair and their display as heritage, with a careful reviewer's
marks, to measure ``goalbook check`` out of sample (``bench/accuracy.py --set holdout531``).
Everything is invented: 澄岭县, 麓川 / 苇塘 / 鹤汀 / 沅桥 / 椒坪 / 岑口 / 石埠, the units,
people, phone numbers and figures. Budget year 2025; amounts in 万元.

Modules: ``aqueducts`` (bu01–bu06, 渡槽 repair), ``wheels`` (bu07–bu12, 水车 repair),
``heritage`` (bu13–bu18, display of both).

Layouts
-------
bu01 project, OLD-NAT, operator and unit columns, typed percent cells (correct).
bu02 the same layout, one-year money block (wrong).
bu03 two projects stacked in one sheet, one value column (correct).
bu04 two projects stacked, one value column (wrong).
bu05 project, instruction row inside the table, footnotes, 填表说明, signature lines (correct).
bu06 three-year project, NAT-2021, 中期指标值 and 年度指标值 columns (wrong).
bu07 project, NAT-2021, numbered labels with points, a score column, 合计 100 (correct).
bu08 project, NAT-2021, a tier-1 score column and an indicator score column (wrong).
bu09 department, flat list 指标名称 · 权重 · 计量单位 · 指标性质 (operator) · 指标值 (correct).
bu10 department, flat list 指标名称 · 指标值 · 指标性质 (direction) · 计量单位 · 权重 (wrong).
bu11 project head on sheet 项目信息, table on sheet 绩效指标 under a two-row header
     考核指标 · 预期实现值 · 评价标准 (correct).
bu12 project, NAT-2021, header 预期目标, template rows left empty (wrong).
bu13 department, budget with typed shares, key tasks and 金额合计 (correct).
bu14 department, budget and key tasks (wrong).
bu15 budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, codes in the
     first columns, header on the third row, operators in words (大于等于), 度量单位 (correct).
bu16 project, OLD-NAT, detail lines below the table (wrong).
bu17 project, NAT-2021, tier-1 and indicator scores, 百分点, typed percent cells (correct).
bu18 two-year project, NAT-2021, 实施期 and 年度 columns (wrong).

Planted mistakes (code, highest accepted severity, place)
---------------------------------------------------------
bu02  B101 error at the 年度资金总额 cell (96 ≠ 80 + 20); T106 error at the typed 105% of
      排架加固验收合格率.
bu04  second project: B101 error at its 年度资金总额 (120 ≠ 90 + 20); T105 error at
      槽墩加固计划完成率 = 8座; T108 warning (row) at 加固后槽身渗漏率 ≥2%.
bu06  D204 warning at the 年度目标 cell (identical to 中期目标); D202 warning at the annual
      cells of 除险改造渡槽数量 ≥9座 and 槽身止水更换长度 ≥1200米 (copied from 中期).
      Tolerated: a warning at the annual unit-cost cell (9 座 × 60 万元 > 220, a consequence).
bu08  W103 error at the 一级分值 cell 50 of 产出指标 (15 + 10 + 10 + 10 = 45); F105 error at
      社会效益指标 under 产出指标. Tolerated: W101 file-level (indicator scores 95).
bu10  T112 error at 水车叶片更换数量 36片 (unit column 座); T108 warning (row) at 水车故障停转率
      ≥3% marked 反向; W101 error file-level (weights 95).
bu12  F110 error at the empty name cell of the row valued ≥120米; F109 warning (row) at the
      empty template tier-2 rows 社会成本指标 and 生态效益指标.
bu14  B101 error (row) at 资金总额 900 (基本 560 + 项目 330 = 890); B102 error (row) at
      金额合计 330 (tasks 150 + 120 + 70 = 340).
bu16  X105 warning (alt X103) at 年度资金总额 "64.245 8"; X104 warning at 计划完成日期 "46022"
      typed as text; X106 error (alt B108) at the detail amount "28万28万". Tolerated: B101
      and B102 file-level (consequences when the text cannot be read).
bu18  D201 error at the annual 复原展示水车数量 ≥7架 (period ≥5架); T113 warning at the annual
      展区开放时间 given as a typed 100%.
23 required marks in all.

Legitimate look-alikes in the correct returns
---------------------------------------------
* ``=100%`` (typed ``pct(1)`` too) on 验收合格率 at the ceiling (bu01, bu03, bu11, bu15, bu17).
* 下降率 with ≥ (输水渗漏损失下降率 ≥15% in bu01, 渡槽病害发生下降率 ≥10% in bu13).
* ``0起`` on 施工安全事故 (bu05) and ``≤ 0 起`` on 文物本体损坏事件 (bu09): incident counts.
* 100 both ways: tier points in the labels or a tier score column and indicator scores, each
  adding to 100 (bu07, bu17); a 合计 row of 100 (bu07).
* 研学团体复游率 ``提高≥3百分点`` (bu17) is a rate change, not a count.
* The same name 工程验收合格率 with =100% and ≥98% in two stacked projects (bu03).
* The instruction row, the footnotes, 填表说明 and signature lines dated 2024 (bu05, bu17).
* 展示馆运营费用 ≤180万元 equal to its task's 180 (bu13): a cap equal to the money.
* Typed shares 58.33% / 41.67% rounded to two decimals (bu13).
* Unit costs × counts stay within the money everywhere (e.g. 0.6万元/米 × 120 = 72 ≤ 88).

Judgements
----------
* A money block whose parts do not add up is marked at its total cell (B101), and in the
  department head as a row mark since either the total or a part may be the wrong figure.
* bu04's 加固后槽身渗漏率 sits under 质量指标; its problem is the operator, not the tier.
* bu06's copied counts are warnings: a reviewer asks, since the figures may be meant cumulative.
* bu12's 社会成本指标 row left empty is a template leftover (F109), not a missing 成本 indicator:
  经济成本指标 is filled.
* bu16: "64.245 8" is read as 64.2458 (a split, not a number with separators; X103 accepted);
  the detail lines then add up with "28万28万" read as 28.
* bu18: the period deadline ``2026年9月30日前`` is inside the two-year period.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout531 import aqueducts, heritage, wheels
from tests.variants.holdout531.registry import HOLDOUT531
from tests.variants.kit import Variant

MODULES = (aqueducts, wheels, heritage)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT531, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 531st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
