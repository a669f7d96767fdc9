"""The 488th held-out set: border guard villagers (护边员) patrolling boundary markers (界碑、
界桩) in the invented 砾原县 and its townships (苍麓镇, 雁回乡, 北坨镇, 霍坝乡, 鹰嘴岭乡, villages
石门垭, 乌拉岗, 界河), and the allowances paid to them. 18 returns, 9 correct, 22 required marks.
Budget year 2025; fill and signature dates in late 2024.

Modules: ``markers`` (ad01–ad06, patrols and markers), ``allowances`` (ad07–ad12, allowances,
equipment, insurance), ``forms`` (ad13–ad18, flat lists, a system export, template leftovers).

Layouts: project heads with operator and unit columns (ad01, ad11), a 正向/反向 指标性质 column
with the operator in 指标方向 (ad02), three and two stacked projects (ad03, ad04), 中期 and 年度
columns for a three-year and a two-year project (ad05, ad06), department heads with tasks and
金额合计 (ad07, ad08), points in tier labels with an indicator 分值 column and a 合计 row (ad09),
a tier-1 score column (ad10), detail lines under the table (ad11), money in 元 (ad12), flat lists
in two column orders (ad13, ad14), a budget-system export with codes and the table on sheet
05-2 under a third-row header (ad15), numbered labels with 考核指标 / 目标值（年度） / 评价标准
(ad16), a head sheet and an indicator sheet under 预期实现值 with a 注 row, a repeated header,
填表说明 and signatures (ad17), header 预期目标 with template leftovers (ad18).

Planted mistakes (return: code, highest accepted severity, place):

* ad02: T108 ≤warning, row of 人均月巡边次数 (正向 with ≤, at 指标方向 E10); T108 ≤warning, row of
  界碑巡查漏检率 (反向 with ≥, E11).
* ad04: B101 ≤error at the second project's 年度资金总额 (35 ≠ 30 + 3, C18); T105 ≤error at
  界桩巡查完成率 ``312次`` (D23).
* ad05: D204 ≤warning at the 年度目标 copied from the 中期目标 (D9); D202 ≤warning at each annual
  cell of the copied cumulative counts 更新界碑数量 (E11) and 新设界桩数量 (E12).
* ad08: B101 ≤error at 资金总额 (180 + 420 ≠ 610, 部门整体!B4); B102 ≤error at 金额合计 (336 + 54
  + 24 = 414 ≠ 420, D9); B107 ≤warning, row of 护边员月补助标准 (2200 × 160 × 12 = 422.4 万 >
  项目支出 420, D15).
* ad10: W103 ≤error at the 产出 tier score 50 (indicators 45, B9); T106 ≤error at 补助资金发放到位率
  ``≥105%`` (E10); W101 file-level ≤error tolerated (indicator scores add to 95).
* ad11: B105 ≤error at 其他资金 shown ``48,000.00元`` in the 万元 block (C6); T106 ≤error at the
  typed ``105%`` 补助兑付率 (E11); X105 ≤warning (alt X103) at the detail amount ``26.4 8`` (D18);
  B101 file-level ≤error tolerated (caused by the 元 cell).
* ad14: T112 ≤error (alt T105) at 界碑巡查覆盖率 ``≥126块`` with unit column % (B8); T108 ≤warning,
  row of 越界事件漏报率 ``≥2%`` 反向 (B9); W101 file-level ≤error (weights add to 95).
* ad16: F105 ≤error at ``（二）时效指标`` under 三、效益指标 (B13); T107 ≤warning at 边民满意度
  ``=95%`` (D14).
* ad18: F110 ≤error at the empty name of the ``≥95%`` row under 质量指标 (C10); F109 ≤warning,
  row of the 时效指标 template row with no indicator (B11).

Legitimate look-alikes in the correct returns: ``界碑人为损毁下降率 ≥ 10%`` and
``越界事件下降率 ≥ 15%`` (a 下降率 written positive with ≥, ad01, ad13); ``涉边安全责任事故 ≤ 0 起``
and ``边境涉稳事件发生数 ≤ 0 起`` (ad01, ad13); ``= 100%`` typed as a percent cell and ``=100%``
as text on coverage / 到位率 / 核准率 / 入档率 ceilings (ad01, ad09, ad12); points at two levels
each adding to 100 with a 合计 row and a 说明 (ad09); ``护边员在岗率比上年提高 ≥3百分点`` (ad09);
unit standard × count equal to the money (ad03 ``每公里修缮成本`` 29 × 2 = 58, ad04, ad07
2000 × 120 × 12 = 288, ad09, ad12 1350 × 22 × 12 = 356400 元 with a note explaining it); the same
satisfaction indicator with different values in stacked projects (ad03 边民满意度 ≥90% / ≥92%);
rates and unit costs equal in 中期 and 年度 while counts are split (ad06); tier labels with ★, *
and abbreviations (质量, 时效, 社会效益, 服务对象满意度) in an export with codes repeated in every
row (ad15); a 注 row between tiers, a repeated header, 填表说明, signature lines and a 2024 fill
date (ad17); a whole return in 元 with the unit only in the number format (ad12).

Judgements where a reviewer could hesitate: ad08's B107 compares the standard with 项目支出
(420), not 资金总额 (610), since the allowance is paid from project money, hence a warning; ad10's
W101 follows from the W103 mismatch and is only tolerated; ad14's ``≥126块`` is both a unit
conflict and a rate given as a count, so T105 is accepted; ad11 tolerates B101 because the 元
cell read as 万元 breaks the head's sum while the detail lines (26.48 + 9.12 + 4.4 + 4.8 = 44.8)
add up; ad05's rates, unit costs and 设计使用年限 equal in both columns are not copies, only the
cumulative counts are; ad13's flat list has a 合计 weight row, which is not an indicator; in ad09
and ad17 a bare ``每月10日前`` / ``2025年4月30日前`` deadline is within the budget year.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout488 import allowances, forms, markers
from tests.variants.holdout488.registry import HOLDOUT488
from tests.variants.kit import Variant

MODULES = (markers, allowances, forms)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT488, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 488th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
