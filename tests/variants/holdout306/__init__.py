"""The 306th held-out set: rural drinking-water quality and water-saving irrigation
(节水灌溉: 高效节水灌溉面积, 灌区续建配套, 用水计量设施, 水价综合改革, 农业用水效率).

18 invented returns, 9 correct and 9 with 2–3 planted mistakes (22 required marks), written
blind from ``shared/domain.md`` and ``tests/variants/README.md``. Modules: ``drinking`` (td01–
td06, rural drinking water), ``irrigation`` (td07–td12, water-saving irrigation), ``reform``
(td13–td18, water pricing reform and metering, with one household-meter and one department
return touching drinking water too). All place names, units, people and figures are invented.

Layouts: project heads (``heads.project_head``) with one-year and three-year money blocks,
department heads with budget rows and key tasks; tier-1 and tier-2 merged down; OLD-NAT and
NAT-2021; tier labels numbered with points (td02), abbreviated (td11, td18), marked with * and
★ (td18); header words 指标内容 / 绩效标准 (td01), 预期目标 (td06), 预期实现值 (td14);
operators inline, in an operator column (td01, td04), in words (td18); unit columns; two
projects stacked in one sheet (td03, td04); flat lists (td09, td10); 中期 and 年度 columns
(td07, td08); tier-1 and indicator score columns (td11, td12); an instruction row inside the
table, a header repeated after a page break, footnotes, signature and date lines (td15), a
说明 row (td13), detail lines under the table (td16); a budget-system export on two sheets with
codes in the first columns and the header on the third row (td13); a table on a second sheet
(td14); percent cells typed in Excel (td01, td04, td09, td18).

Planted mistakes (return: code, highest accepted severity, place):

* td02-water-direction: T108 ≤warning, row of 水质检测不合格率 ``≥3%`` (反向 rate with ≥);
  T108 ≤warning, row of 工程受益人口 ``≤2.4万人`` (正向 count with ≤).
* td04-water-stacked-defects: B101 ≤error, row of the second project's 年度资金总额 (210 ≠
  160 + 40); T106 ≤error, the 覆盖率 cell typed 105%.
* td06-water-template-empty: F110 ≤error, the empty name cell of a row valued ``≥95%``;
  F109 ≤warning, row of the template tier-2 生态效益指标 left without indicator and value.
* td08-irrigation-period-copied: D204 ≤warning, the 年度目标 cell (中期目标 copied word for
  word); D202 ≤warning, 年度 cell of 改造干支渠 ``≥42公里`` copied from 中期; D201 ≤error, 年度
  cell of 渠系建筑物 ``≥310座`` above the period's ``≥260座``.
* td10-irrigation-flat-defects: T112 ≤error (alt T119), the value ``≥1500米`` against unit
  column 亩; T108 ≤warning, row of 计量设施故障率 ``≥5%`` marked 反向; W101 ≤error, book level
  (weights add to 95 under a header 权重（100分）).
* td12-irrigation-points-wrong: W103 ≤error at the 产出指标 score 40 (indicators add to 45);
  W103 ≤error at the 效益指标 score 30 (indicators add to 25); T107 ≤warning at 用水户满意度
  ``=95%``.
* td14-metering-second-sheet-defects: X103 ≤warning, 年度资金总额 typed as text ``1,250.00``;
  X104 ≤warning, 计划完成日期 ``45991`` in a text cell; T105 ≤error, 骨干渠道斗口计量覆盖率
  ``≥320处`` on sheet 绩效指标.
* td16-subsidy-notes-defect: Y102 ≤error (alt Y103), 补贴资金兑付时间 ``2026年3月31日前`` in a
  one-year 2025 project; X106 ≤error (alt B108), detail line ``36万36万``.
* td17-department-money-wrong: B101 ≤error, row of 资金总额 980 (基本支出 360 + 项目支出 600 =
  960); B102 ≤error, 金额合计 600 of tasks adding to 580.

Legitimate look-alikes in the correct returns:

* td01: ``=100%`` (typed percent) on an acceptance rate; 末梢水浑浊度超标率 ``≤3%`` (反向 with
  ≤); 农村供水水质安全事故 ``≤0起`` (0 on an incident count); percent cells with a ``%`` unit
  column duplicating the format; 指标性质 holding the operator and ``定性`` for a grade.
* td03: the same 水质检测合格率 with ``≥95%`` and ``≥97%`` in two stacked projects; 单处维修养护
  成本 1.5 × 60 处 = 90 within 150.
* td05: 金额合计 790 equal to 项目支出 rather than 资金总额, explained by a footnote.
* td07: rates, unit costs and satisfaction equal in 中期 and 年度; a 下降率 with ≥; a
  coefficient (灌溉水有效利用系数) without unit, annual ``≥0.6`` below period ``≥0.62``.
* td09: 农业用水总量增长率 ``≤0`` with unit % (零增长, not a rounded zero); 下降率 ``≥3`` with %;
  a weight 合计 row of 100; a fill date in the year before the budget year.
* td11: tier scores and indicator scores both adding to 100 (not 200); ``≥5百分点`` on a
  rate raised.
* td13: the same codes repeated in every export row; tiers repeated (not merged) in the export.
* td15: the tier-1 产出指标 written again after the repeated header; 水表计量误差 ``≤2%``;
  管网漏损率 ``≤12%``; a signature date in 2024 for the 2025 budget.
* td18: ``等于 100%`` on a coverage rate; 农业灌溉用水总量 ``小于等于 1.35亿立方米`` (a cap);
  ★ on tier-3 names; money split 中央补助 + 地方资金.

Judgements where a reviewer could hesitate:

* td02 and td10 direction conflicts are warnings, not errors: the intent is clear but the
  office may argue.
* td04's B101 is a row mark: a checker may report it at the total or at 财政拨款 beside it.
* td08: D201 is an error (one year cannot exceed the three-year total), D202 only a warning.
* td10: ``≥1500米`` against 亩 is a unit conflict (T112 error), T119 accepted for the same
  problem; the weights (95) are a book-level W101.
* td12: the indicator points add to 100 overall, so no W101 is asked for; each tier-1 whose
  indicators do not add to its score is marked.
* td14: a money cell typed as ``1,250.00`` text still reads 1250 and adds up, so only a
  warning; the text serial 45991 is 2025-11-30, inside the year, so only the artefact.
* td16: a payment deadline in the next year for a one-year project is marked as a date outside
  the period (Y102 error); the detail line ``36万36万`` read as 36 makes the lines add to 80.
* td17: 资金总额 = 财政拨款 + 其他资金 holds; 基本支出 + 项目支出 does not: a row mark on the
  总额 row. 项目支出 600 equals 金额合计, so only the task lines are wrong (B102).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout306 import drinking, irrigation, reform
from tests.variants.holdout306.registry import HOLDOUT306
from tests.variants.kit import Variant

MODULES = (drinking, irrigation, reform)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT306, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 306th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
