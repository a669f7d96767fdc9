"""The 602nd held-out set: 18 invented returns of the invented 砚丘县 on oil-peony (油用牡丹) and
芍药 fields and a seed-oil press, written blind with a careful reviewer's marks (per
``shared/domain.md``) to measure ``goalbook check`` out of sample. The budget year is 2025
throughout; money in 万元 carries its unit in the number format.

Modules: ``peony`` (en01–en06, oil-peony fields), ``shaoyao`` (en07–en12, 芍药 fields),
``press`` (en13–en18, the peony-seed oil press).

Layouts: one-year project heads with an operator and unit column (en01), one value column
(en02–en04, en11, en13, en14), headers 绩效目标值 (en02), 指标内容 / 绩效标准 (en06), 预期目标
(en12), 考核指标 / 目标值（年度） (en16), 预期实现值 on a second sheet (en17); two projects stacked
(en03, en04); numbered tier labels with points and an indicator score column (en05); abbreviated
labels (产出, 数量; en06); three-year projects with 中期 and 年度 columns (en07, en08); department
heads with flat lists 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值 (en09, en10) and with a tiered
weight table, unit row, subtotal and total rows (en15); a note row inside the table, the header
repeated after a page break, 填表说明 and signature lines (en11); 支出明细 blocks under the table
(en13, en14); tier-1 points and indicator points (en17); a budget-system export with sheets
「部门项目支出预算05-1」 and 「部门项目支出绩效目标05-2」, the header on the third row and codes
in the first columns (en18).

Planted mistakes (code, highest accepted severity, place):

* en02: D104 ≤warning at the 新植面积 row (goal 1500亩, indicator ≥1200亩); Y102 ≤error (alt
  Y103) at the deadline ``2024年11月30日前`` in a 2025 project; B107 ≤warning (alt D104) at the cost
  standard ``≤0.18万元/亩`` (× 1200亩 = 216 > 年度资金 200).
* en04: B101 ≤error (alt B102) at the second project's 年度资金总额 90 (70 + 15 = 85); D103
  ≤warning (alt D101, D102) on the row 经济效益/牡丹籽收购数量 ≥450吨, the same indicator as
  数量/牡丹籽收购量 ≥500吨.
* en06: F201 ≤warning on the row 幼林保存率 under 时效; F201 ≤warning (alt F105) on the row
  管护户满意度 under 社会效益; Y102 ≤error (alt Y103) at ``2024年7月31日前``.
* en08: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201 ≤error at the annual
  资源圃 ``≥3个`` against the period's ``≥2个``; T108 ≤warning (alt D203) on the row 根腐病发生率
  with an annual ``≥5%``.
* en10: B102 ≤error (alt B101) at 金额合计 150 (tasks 70 + 60); D104 ≤warning on the row
  芍药种苗繁育基地 2处 against the goal's 3处; W101 ≤error at book level (weights add to 95).
* en12: F109 ≤warning on the row of the empty tier-2 社会成本指标; F110 ≤error at the empty name
  cell of the row with ``≥95%`` under 质量指标.
* en14: D104 ≤warning on the row 日处理牡丹籽能力 ≥15吨 (goal 20吨); B107 ≤warning at the unit
  price ``≤45万元/台`` (× 3台 = 135 > the 设备购置 line 120); B102 ≤error (alt B101) at the
  明细合计 260 (120 + 90 + 30 = 240).
* en16: Y103 ≤warning (alt Y102) at the 年度绩效目标 cell (``2024年11月底前`` in a 2025 goal);
  Y102 ≤error (alt Y103) at the acceptance date ``2026年3月31日前`` of a one-year project; D104
  ≤warning on the row 年灌装牡丹籽油 ≥600吨 (goal 800吨).
* en18: F201 ≤warning on the row 压榨加工成本 under 数量指标; D103 ≤warning (alt D101, D102) on the
  row 经济效益/牡丹籽油年产量 ≥120吨, the same as 数量/牡丹籽油产量 ≥150吨.

24 required marks; all but T108 (en08), F109 / F110 (en12) and W101 (en10) need a comparison
across the return. Tolerated: ``90万（其中灌装机55万元、贴标机35万元）`` in en13's detail block
(≤warning).

Legitimate look-alikes in the correct returns: goal totals with parts in brackets (en01
1200亩 = 800 + 400, en09 2000亩 = 1200 + 800); ``=100%`` on a 合格率 (en01, en13 as a typed
percent cell); typed percent cells (en01, en07, en09, en13); rates raised in 百分点 (en01, en05,
en13, en15, en17); 下降率 with ≥ (en07, en09, en13); 100 at both levels (en05 in the labels, en17
in a column); the same indicator name with different values in two stacked projects (en03
服务对象满意度 90% / 92%); a cost standard × count equal to its money (en03 1000元/吨 × 400吨 =
40, en13 38 × 2 = 76); the period's counts beside smaller annual counts and equal rates (en07); a
later year the work prepares for (en07 为2028年申报…); fill and signature dates in the year
before the budget year; a note row, a repeated header, subtotal rows and a total row (en11, en15).

Judgements: the cost mark of en02 compares the standard with the indicator's own area (1200亩),
not the goal's 1500亩; en14's price mark compares with its detail line, not the whole budget
(135 < 260). en06's goal names the plantings of 2023—2024 being tended: a fact, not a leftover,
so only the 2024 deadline is marked. en16's Y103 is at the goal text, where a reviewer reads a
2024 step inside a 2025 project; Y102 is accepted there too. Duplicates with a word more and a
different value under two tier-2s (en04, en18) are asked as a warning (D103), D102 accepted.
Unit costs in 元 beside money in 万元 (en03, en06, en12) are standards, not money blocks.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout602 import peony, press, shaoyao
from tests.variants.holdout602.registry import HOLDOUT602
from tests.variants.kit import Variant

MODULES = (peony, shaoyao, press)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT602, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 602nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
