"""The 581st held-out set: 18 invented returns of 柘川县's old town street snack workshops,
sesame flatbread (烧饼, ``shaobing``: ds01–ds06) and fried dough twist (麻花, ``mahua``:
ds07–ds12), and the street's workshops as a whole (``workshops``: ds13–ds18: department
returns, flat lists and a budget-system export). Money in 万元, budget year 2025.

Layouts: project heads with 资金总额 / 财政拨款 / 其他资金 for 中期 and 年度 (OLD-NAT and
NAT-2021), operator and unit columns, operators in words, 指标性质 as direction, numbered
labels with points and a score column, abbreviated labels with ``*``, 中期 and 年度 columns
(two- and three-year projects), two projects stacked in one sheet, a table on a second sheet
under a two-row header (考核指标 · 预期实现值 · 评价标准), headers 指标内容 / 绩效标准,
department heads with key tasks and 金额合计, flat lists, a budget-system export (sheets 05-1 /
05-2, codes in the first columns, header on row 3 repeated after a page break), 注 / 说明 /
填表说明 rows and signature lines.

Planted mistakes (return: code, highest accepted severity, place):

* ds02: D104 ≤warning at the 年度目标 (Sheet1!B8: 改造烤炉10座, indicator ≥8座); B107
  ≤warning row 14 (≤1.5万元/座 × 8座 = 12 > 资金总额 10).
* ds03: X104 ≤warning at the 计划完成日期 Sheet1!F4 (text ``45964``); Y102 ≤error at
  Sheet1!D13 (年度抽检完成时间 2026-03-31 in a one-year 2025 project).
* ds05: Y103 ≤warning (alt Y101) at the 年度目标 Sheet1!D9 (2024 in a 2025–2026 project);
  D201 ≤error at Sheet1!E11 (annual ≥10家 above period ≥8家); D202 ≤warning at Sheet1!E12
  (cumulative ≥8块 copied into the annual column).
* ds08: D102 ≤error row 12 (alt D103: 节能油炸设备更换台数 16 vs 更换节能油炸设备数量 20);
  F201 ≤warning row 14 (油炸用油抽检合格率 under 时效); T108 ≤warning row 19 (投诉率 with
  大于等于).
* ds10: X102 ≤warning at the 年度目标 Sheet1!B8 (``<br>``); X101 ≤error at Sheet1!D12
  (``≥XX家``); F110 ≤error at the empty name Sheet1!C17 (value ≥85%).
* ds12: Y101 ≤error book level (title 2024年度, dates and indicators 2025); B101 ≤error at
  the annual 资金总额 Sheet1!E5 (22 ≠ 18 + 2).
* ds14: B102 ≤error at the 金额合计 Sheet1!D9 (40 + 35 + 20 = 95 ≠ 90); D104 ≤warning at
  the 年度总体目标 Sheet1!B10 (燃气改造45户, indicator ≥40户); Y102 ≤error at Sheet1!D16
  (completion 2026-04-30).
* ds16: W101 ≤error book level (weights 95); X104 ≤warning at Sheet1!B9 (text ``45930``);
  D102 ≤error row 11 (alt D103: 参展作坊数量 35 vs 参展烧饼麻花作坊数量 40).
* ds18: T110 ≤warning row 11 (新增烧饼临街摊位10个 │ ≥12个); F109 ≤warning row 16 (生态效益指标
  left from the template).

23 required marks, 17 of them read across the table (D104, B107, Y101–Y103, X101, X102,
X104, D102, D201, D202, F201, T110).

Look-alikes in the correct returns: ds01 a goal text summing two indicators (25 + 15 = 40人),
2026 named on purpose (申报省级非遗), typed percents, 0.3万元/人 × 40 = 12 ≤ 18; ds04 2027
named inside the 2025–2027 period, rates and unit costs equal in both columns, cumulative
counts below the period; ds06 the same satisfaction name with ≥90% and ≥85% in two stacked
projects, ``=0起``; ds07 tier points (40/20/30/10) and indicator points both adding to 100,
``≥3百分点``; ds09 a 下降率 with ≥, ``= 0 起``, ≤ on a time limit and a cost; ds11 ``=100%``
as text, 30元/平方米·月 × 400 × 12 = 14.4 ≤ 16 explained in a note; ds13 服务老街小吃作坊总数
50 = 30 + 20 repeated in the text; ds15 a bare 90 with % in the unit column; ds17 a header row
repeated after a page break, a 合计 row, 0.6 × 60 = 36 equal to the money.

Judgements: the 填报日期 and signature dates in 2024 are not year conflicts; ds12's Y101 is
marked on the whole return because the conflict spans the title and the date cells; the
near-identical names in ds08 and ds16 are the same measure, so D102 (error) with D103 accepted;
ds05's 2024 in the 年度目标 is a stale year (Y103, Y101 accepted), while ds01's 2026 is a
stated aim; ds02's B107 stands apart from its D104 (10座 would exceed the money too); the
注 row inside ds18's table and the 说明 row in ds02's are not indicators.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout581 import mahua, shaobing, workshops
from tests.variants.holdout581.registry import HOLDOUT581
from tests.variants.kit import Variant

MODULES = (shaobing, mahua, workshops)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT581, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 581st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
