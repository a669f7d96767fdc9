"""The 420th held-out set: 18 invented returns of 濑江县 (an invented county) on its mango
(芒果) growers' cooperatives and orchards (``orchards``: xn01–xn06, most of ``bureau``) and its
grading-packing centres (分级包装中心) (``packhouses``: xn07–xn12, xn17, xn18), 9 correct and 9
with 2–3 planted mistakes (23 required marks), budget year 2026, to measure ``goalbook check``
out of sample. Every place, unit, person, phone number and figure is invented.

Layouts: project heads (xn01–xn04, xn07–xn12, xn15, xn16) and department heads (xn05, xn06,
xn13, xn14) with money in 万元 carried by the number format; tier-1 and tier-2 merged down;
operator and unit columns with percent cells typed in Excel (xn01); tier labels numbered, with
points, ``*`` / ``★`` and abbreviations (xn03); header words 指标内容 / 绩效标准 (xn01), 预期目标
(xn04), 考核指标 / 目标值（年度） (xn12); flat lists (xn05, xn06); three and two stacked projects
(xn07, xn08); detail lines under the table (xn09); tier-1 and indicator score columns (xn10,
xn11); an instruction row, subtotals, a header repeated after a page break, 说明 / 填表说明 and
signature lines (xn12, xn13); 中期 and 年度 columns in multi-year projects (xn15, xn16);
budget-system exports with the header on the third row, code and name in the first columns and
the table on a second sheet (xn17, xn18).

Planted mistakes (return: code, highest accepted severity, place):

* xn02-pest-direction: T108 ≤warning at Sheet1!D10 (row), ``果农防控技术培训人次 ≤600人次``;
  T108 ≤warning at D13 (row), ``每亩防控物资补助标准 =120元/亩`` (= on a cost cap); T108
  ≤warning at D15 (row), ``果实农药残留超标率 ≥2%``.
* xn04-service-template: F110 ≤error at Sheet1!C11, a value ``≥1200人次`` without a name;
  F109 ≤warning at B13 (row), the tier-2 时效指标 left from the template.
* xn06-station-flat-wrong: T112 ≤error at Sheet1!B8 (alt T119), ``12万元`` against unit column
  家; T105 ≤error at B9, ``技术指导到户及时率 300`` with unit 户; W101 ≤error at book level,
  weights adding to 95.
* xn08-towns-stacked-wrong: B101 ≤error at Sheet1!C21, the second project's 年度资金总额 150
  against 110 + 30; T105 ≤error at D27, ``商品化处理率 6000吨``.
* xn09-coldchain-artefacts: X104 ≤warning at Sheet1!F4, 计划完成日期 ``46295`` as text; X105
  ≤warning at D20 (alt X103), ``118.6 4``; X106 ≤error at D21 (alt B108), ``86万86万``.
* xn11-hub-points-wrong: W103 ≤error at Sheet1!B9 (alt W101), 产出 declared 40 while its
  indicator scores add to 35; T106 ≤error at E11, 分级准确率 typed as 102 %.
* xn14-supply-department-wrong: B101 ≤error at Sheet1!B4, 资金总额 980 against 860 + 100 and
  400 + 560; B102 ≤error at D9, tasks 230 + 180 + 160 = 570 against 金额合计 560.
* xn16-brand-two-years-wrong: D201 ≤error at Sheet1!E12, annual ``≥25个`` above the period's
  ``≥20个``; D202 ≤warning at E13, the two-year ``≥12场`` copied to the year; T108 ≤warning
  at E14 (row, alt D203), ``品牌芒果抽检不合格率`` ``≤3%`` for the period but ``≥3%`` for the year.
* xn18-export-coldroom-wrong (sheet 部门项目支出绩效目标05-2): Y102 ≤error at F7 (alt Y103),
  ``2027年4月30日前`` in a one-year 2026 project; T113 ≤warning at F8, ``预冷库投入使用时间
  100%``; F105 ≤error at D10, 质量指标 under 效益.

Legitimate look-alikes in the correct returns: ``=100%`` typed as a percent cell on a 按期完成率
(xn01) and as text on 验收合格率 (xn13); ``化学农药使用量下降率 ≥10%`` (xn01) and
``芒果质量投诉下降率 ≥20%`` (xn12), 下降率 with ≥; ``0起`` accident counts (xn05 ``= 0`` with
unit 起, xn13, xn15 in both columns); ``≥5百分点`` rate rises (xn03, xn10); points in the tier
labels only (50 + 40 + 10, xn03); tier scores and indicator scores both adding to 100 (xn10);
weight subtotals and a 合计 row under a weight column (xn12); 金额合计 equal to 项目支出 with
a note saying so (xn13); rates and unit costs equal in 中期 and 年度 while counts are split
(xn15); the same indicators with different values in three stacked projects (xn07); unit cost
× count equal to the money (峒口乡 3000吨 × 160元 = 48万, xn07; 15000吨 × 140元 = 210万, xn17);
fill dates in November 2025, the year before the budget year; the unit column saying % beside
typed percent cells (xn01, xn05).

Judgements a reviewer could hesitate on: ``=120元/亩`` on a cost standard is marked T108 (the
guide flags ``=`` on a cost cap) although it could be read as a fixed subsidy; the 年度资金总额
of xn08 and the 资金总额 of xn14 carry the B101 mark, not their parts; in xn14 both equalities
fail at the same total, so one B101 is asked; the 产出 score mismatch of xn11 also leaves the
indicator scores at 95, so W101 is accepted for it; in xn16 the reversed annual operator may
fairly be reported as a period/annual inconsistency (D203); the next-year date in xn18 may be
read as a year in the text (Y103); ``预冷库投入使用时间 100%`` is at most a warning (T113); in
xn06 ``12万元`` beside 家 is a unit conflict (T112) or a name/unit conflict (T119).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout420 import bureau, orchards, packhouses
from tests.variants.holdout420.registry import HOLDOUT420
from tests.variants.kit import Variant

MODULES = (orchards, packhouses, bureau)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT420, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 420th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
