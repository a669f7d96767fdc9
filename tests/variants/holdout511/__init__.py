"""The 511th held-out set: traditional wrestling (摔跤) clubs and county games for herders'
youth in the invented 哈日诺尔县 (苏木 巴彦敖包, 额仁高勒, 镇 查干陶勒盖, 嘎查 额尔敦塔拉).

18 returns, 9 correct and 9 with 22 required marks; budget year 2025, money in 万元.

Layouts. ``clubs`` (ba01–ba06, the clubs): project heads with an operator column (指标性质
holding ≥ / ≤) and a unit column with percent cells typed in Excel; tier labels numbered with
points (一、产出指标（40分）, （一）, 1.); labels with * and ★ and abbreviated (产出, 数量);
a tier-1 score column beside an indicator score column. ``games`` (ba07–ba12, the county
games): three and two projects stacked in one sheet; department flat lists (指标名称 · 权重 ·
计量单位 · 指标性质 · 指标值, and another order with 指标性质 as direction); an instruction row
inside the table, the header repeated after a page break, 注 / 填表说明 rows and a signature
line; the indicator table on a second sheet under 考核指标 · 目标值（年度） · 评价标准.
``budgets`` (ba13–ba18): multi-year projects with 中期 and 年度 columns, department heads with
shares and key tasks (NAT-2021 with 成本 first, tiers in columns 2–3 under a 年度绩效指标
label), template rows under header 预期目标, conversion artefacts in the project head.

Planted mistakes (return: code, highest accepted severity, place):

* ba02: T106 ≤error Sheet1!E11 (考核合格率 typed as 105%); T108 ≤warning Sheet1!D14 row
  (训练伤病发生率 with ≥).
* ba04: T105 ≤error Sheet1!D10 (训练计划完成率 45次); F105 ≤error Sheet1!B12 (社会效益 inside
  the 产出 block).
* ba06: W103 ≤error Sheet1!B9 (产出 40, indicators 45); W103 ≤error Sheet1!B14 (效益 30,
  indicators 25); T114 ≤warning Sheet1!E16 (满意度 ≥60%).
* ba08: B101 ≤error Sheet1!C21 row (second project: 16 + 6 ≠ 20); T105 ≤error Sheet1!D30
  (牧民家庭参与率 120户).
* ba10: T112 ≤error Sheet1!B9 (≤2万元 against unit column 人); T108 ≤warning Sheet1!B11 row
  (反向 伤病发生率 ≥3 %); W101 ≤error book level (weights add to 95).
* ba14: D204 ≤warning Sheet1!D9 (年度目标 = 中期目标 in a two-year project); D202 ≤warning
  Sheet1!E12 (交流赛 ≥12场 in both columns); D201 ≤error Sheet1!E13 (年度 150人 > 中期 120人).
* ba16: B101 ≤error Sheet1!B4 row (430 + 310 ≠ 720); B111 ≤error Sheet1!C5 (81.67 % for
  660 / 720); B102 ≤error Sheet1!D10 (tasks 300, 金额合计 310).
* ba17: F110 ≤error Sheet1!C11 (≥30人 without a name); F109 ≤warning Sheet1!B15 row
  (生态效益指标 left empty).
* ba18: X104 ≤warning Sheet1!F4 (计划完成日期 the text 45838); X105 ≤warning Sheet1!E5, X103
  accepted (财政拨款 "50.437 5").

Legitimate look-alikes in the correct returns: percent cells with % also in the unit column
(ba01, ba09); 下降率 with ≥ and 发生率 with ≤ (ba01); ≥3百分点 and ≥5百分点 on rate rises
(ba03, ba05); tier points and indicator points both adding to 100 (ba05) and points in the
labels only (ba03); 0起 and ≤ 0 起 on incident counts (ba07, ba09); the same names
(赛事安全事故, 参赛青少年满意度) with different values in stacked projects (ba07); costs equal to
the budget (ba03 4 × 9, ba07 3 × 6 and 40 × 3000元, ba12 30 × 8000元); 100% and =100% (text)
at the ceiling (ba07, ba12, ba13); a 2024 fill date and signature date, an instruction row, a
repeated header and a note explaining the money (ba11); equal 中期 and 年度 values only for
rates, unit costs and a service life (ba13); shares in 0.00% summing to 100 % (ba15).

Judgements: a missing 社会效益 tier-2 under 效益 (ba07's third project, ba04) is no defect; the
产出 → 成本 order in OLD-NAT and 成本 first in NAT-2021 are both fine; ba10's W101 is booked
at book level, not at a cell; in ba14 the copied 年度目标 also disagrees with the annual 150人,
which the D201 mark covers; in ba16 only the 财政拨款 share is marked (the 其他资金 share is
right, the 基本/项目 shares are left empty); ba18's completion date 2025-06-30 lies in the year
once read as a date, and the lines add up once 50.4375 is read.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout511 import budgets, clubs, games
from tests.variants.holdout511.registry import HOLDOUT511
from tests.variants.kit import Variant

MODULES = (clubs, games, budgets)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT511, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 511th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
