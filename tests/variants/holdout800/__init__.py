"""The 800th held-out set: ethnic-minority village preservation (traditional houses, village
museums, folk festivals), 18 invented returns, 9 correct, with a careful reviewer's marks.

Theme and layouts. ``houses`` (ked01–ked06): repair of 吊脚楼, 石板房 and 土掌房 as one-year and
three-year project tables (NAT-2021; one value column, an operator and unit column pair, or 中期
and 年度 columns) and two department tables (budget, key tasks with 金额合计). ``museums``
(ked07–ked12): village museums and halls: headers 指标内容 / 绩效标准, 考核指标 / 目标值（年度）
with a 分值 column, a table on a second sheet under 预期实现值, a budget-system export (sheets
05-1 and 05-2, codes in the first column, header on the third row), two stacked projects twice.
``festivals`` (ked13–ked18): two flat department lists, operators in words in their own column,
an operator column, a two-year project with marked and abbreviated tier labels, a template left
half filled. Money in 万元 (often only in the number format); percents typed in Excel in ked01,
ked05, ked10, ked13, ked15; dates as date cells in the heads and in ked02.

Planted mistakes (return: code, highest accepted severity, place):

* ked02-stone-house-money: D104 ≤warning, row of 修缮石板房数量 (goal 30栋, indicator 36栋);
  Y102 ≤error alt Y103, the 完工时间 date cell 2026-11-30 in a 2025 one-year project; B107
  ≤warning, row of 每栋修缮补助标准 (4万元 × 36栋 = 144 > 120).
* ked04-diaojiaolou-period: D104 ≤warning, row of 修缮吊脚楼数量 (中期目标 80栋, 中期 60栋);
  D201 ≤error, 年度 cell of 新建消防水池 (6座 > 4座); D202 ≤warning, 年度 cell of 修复古巷道石板路
  (2.4公里 copied; the 年度目标 says 0.8).
* ked06-culture-station-tasks: B102 ≤error at 金额合计 (120 + 30 + 25 = 175 ≠ 170); D103
  ≤warning alt D101, row of 民族刺绣培训班举办期数 (= 举办民族刺绣培训班); F201 ≤warning, row of
  参训学员满意度 under 社会效益指标.
* ked08-digital-gallery-points: Y103 ≤warning alt Y101/Y102 at the 年度目标 cell (2024年底前上线
  in a 2025 project); W103 ≤error alt W101 at the 产出指标（50分） label (indicator points 45);
  D104 ≤warning, row of 数字化采集民俗实物 (goal 600件, indicator 500件).
* ked10-museum-export: D102 ≤error alt D103/D101, row of the second 民俗实物征集数量 (120 / 150件,
  same tier-2); T113 ≤warning at the 布展完成时间 value (100%).
* ked12-stacked-leftovers (second project): B101 ≤error at its 年度资金总额 (40 + 8 ≠ 45); Y103
  ≤warning alt Y101/Y102 at its 年度目标 (2024年); F201 ≤warning, row of 培训讲解员人数 under 质量.
* ked14-festival-flat-weights: W101 ≤error, book level (weights add to 95); D103 ≤warning alt
  D102/D101, row of 游客满意率 (≥85%) beside 游客满意度 (≥90%).
* ked16-guzang-festival: D104 ≤warning, row of 民俗展演场次 (goal 12场, indicator 10场); B107
  ≤warning, row of 每场展演补助标准 (8万元 × 10场 = 80 > 60); T108 ≤warning, row of 游客人均接待
  成本 with ≥.
* ked18-embroidery-template: F109 ≤warning, row of the empty 质量指标 tier-2; F110 ≤error at the
  empty name cell under 服务对象满意度指标.

Legitimate look-alikes in the correct returns:

* ked01: the goal's 42栋 with its part in brackets (其中村集体公房6栋), a typed 100% without
  operator, 木构件虫蛀复发率 ≤3%, 2.5万元 × 42 = 105 ≤ 120.
* ked03: 中期 ≥60栋 beside 年度 ≥20栋, rates and unit costs equal in both columns, 2027 named in
  the goal inside the 2025–2027 period, 3 × 60 = 180 ≤ 300 and 3 × 20 = 60 ≤ 100.
* ked05: tasks 200 + 110 + 70 = 380 = 项目支出; 560 = 500 + 60 = 180 + 380.
* ked07: =0起 on a safety incident count, =100% on 建档率, 420平方米 explained in a footnote
  as 360 + 60, 40组 × 0.8 = 32 ≤ 80, a fill date in 2024.
* ked09: points 100 at both levels (tier and indicator), ≥5百分点 on a share raised.
* ked11: the same 参观者满意度 at ≥90% and ≥85% in two stacked projects.
* ked13: a 下降率 with ≥, =0 起, weights adding to 100.
* ked15: 噪声投诉下降率 大于等于 10%, 5 百分点, 6万元 × 8场 = 48 ≤ 60, a later year
  (为2026年申报…) named as what the work prepares for.
* ked17: 中期 24场 beside 年度 12场, tier labels *产出 and 数量, ★ on an indicator name,
  3万元 × 24 = 72 ≤ 160.

Judgements: a one-year project's goal naming the next year as what it prepares for (ked15) is
not a year leftover; a goal year earlier than the budget year (ked08, ked12) is. D104 is marked
at the indicator's value with row=True, not at the goal cell. In ked16 B107 is computed with the
indicator's own count (10场), not the goal's 12. In ked10 a deadline given as 100% is a warning
(T113), not an impossibility. In ked08 only the 产出 tier is off, so W101 on the indicator sum
(95) is accepted for the same problem. 满意度 under 社会效益 (ked06) is F201, not F105, since
社会效益指标 does belong to 效益指标.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout800 import festivals, houses, museums
from tests.variants.holdout800.registry import HOLDOUT800
from tests.variants.kit import Variant

MODULES = (houses, museums, festivals)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT800, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 800th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
