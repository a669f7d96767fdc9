"""Held-out set 444: the 澄川省体育运动学校 fencing (击剑) and curling (冰壶) squads, budget year
2026, all names, figures and telephone numbers invented.

Layouts: six-column project heads (§3.1) with one-year money rows (年度资金总额, 其中：财政拨款,
其他资金) or two-column 中期 / 年度 money blocks, amounts typed in 万元 with the unit only in the
number format; department heads (§3.2) with a budget row and key tasks ending in 金额合计;
indicator tables with tier-1 and tier-2 merged down under headers 指标性质 (operator, as symbols
or in words) + 指标值 + 计量单位, 一级分值 + 指标分值, 中期指标值 + 年度指标值, 权重 + 年度指标值,
考核指标 + 目标值（年度） + 评价标准 (on a second sheet); flat lists in two column orders; two
projects stacked in one sheet; numbered tier labels with points and marks; 填表说明 and 注 rows
inside and under a table, a header repeated after a page break, a 合计 row, signature lines.

Planted mistakes (return: code, highest accepted severity, place):

* yl02-foil-percent-wrong: T106 ≤error Sheet1!E11 (器材验收合格率 typed as 105 %); T108
  ≤warning Sheet1!D12, row (比赛违规判罚率, a 反向 rate, with ≥).
* yl04-sabre-points-wrong: B101 ≤error Sheet1!C5 (50 ≠ 42 + 6); W103 ≤error Sheet1!B13, W101
  accepted (效益 declares 30, its indicators give 25).
* yl05-fencing-multi-year-wrong: D201 ≤error Sheet1!E12 (选拔测试覆盖学校数 ≥40所 a year against
  ≥30所 for three years); T107 ≤warning Sheet1!E17, row, D203 accepted (家长满意度 =95%).
* yl07-curling-period-copied: D204 ≤warning Sheet1!D9 (年度目标 = 中期目标); D202 ≤warning
  Sheet1!E11 and Sheet1!E12 (two-year counts copied into the year).
* yl10-curling-template-rows: F110 ≤error Sheet1!C10 (a value without a name); F105 ≤error
  Sheet1!B12 (可持续影响指标 under 产出指标); F109 ≤warning Sheet1!B15, row (生态效益指标 left
  from the template).
* yl12-curling-artefacts: X104 ≤warning Sheet1!F4 (计划完成日期 as the text "46203"); X105
  ≤warning Sheet1!E6, X103 accepted (其他资金 "12.3 5"); T105 ≤error Sheet1!D10 (a 完成率 given
  as 240课时).
* yl14-school-department-wrong: B101 ≤error Sheet1!B4, row (900 + 620 ≠ 1500); B102 ≤error
  Sheet1!D9 (250 + 210 + 150 = 610 ≠ 金额合计 620).
* yl16-flat-wrong: T112 ≤error Sheet1!B8 (≤12万元 against unit 人); T108 ≤warning Sheet1!B9,
  row (训练伤病发生率, 反向, with ≥3%); W101 ≤error, book level (weights 95).
* yl18-stacked-wrong: B101 ≤error Sheet1!C17 (second project: 30 ≠ 24 + 4); T105 ≤error
  Sheet1!D22 (推广课程出勤率 180天).

Legitimate look-alikes in the correct returns: typed percents with a duplicate % in the unit
column and `=` 100 % on a 按期完成率 (yl01, yl09); 训练伤病发生率 ≤3 % / ≤4 % (yl01, yl15);
tier-1 scores and indicator scores both adding to 100 and 达级率提高幅度 ≥3百分点 (yl03); a
cost per 课时 × 课时 within the money (yl03: 900 × 600元 = 54万 ≤ 58万; yl09: 640 × 450元 ≤
36万); 注 explaining the total 45 = 33.6 + 11.4 and a fill date in 2025 (yl06, yl13); a
下降率 with ≥ and 冰场安全责任事故 0起 (yl08, yl13), annual counts below period counts and
equal rates (yl08); tier labels `一、产出指标（50分）`, `（一）数量`, `*（三）时效`,
`1.经济成本` and operators 大于等于 / 等于 (yl09);
评价标准 text mentioning 百分点 (yl11); a repeated header row and a 合计 row with weight 100 (yl13);
flat lists with no tiers (yl15); 备战集训天数, 人均备战集训费用 and 队员满意度 with different values
in two stacked projects (yl17).

Judgements: 外聘陪练补助标准 ≤3000元/人·月 (yl01) and per-person costs without a stated count
are not multiplied against the money. 冰场安全责任事故 0起 is an incident ceiling, not a zero
target. In yl05 =95% stands only in the 年度 column against ≥90% for the period, so D203 is
accepted for the same row. In yl07 the equal 中期 / 年度 rates and the copied 前八名 grade are
not marked (rates and grades may be equal); the copied 600元/课时 × 1200课时 = 72万 stays within
80万. In yl14 the mark for 基本支出 + 项目支出 ≠ 资金总额 is a row mark because either side may be
wrong; 金额合计 620 equals 项目支出, so only the task lines are off. yl10's 交流训练成果应用场次
is judged a misplaced tier-2 (F105), not a misplaced indicator (F201 not asked for).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout444 import curling, fencing, school
from tests.variants.holdout444.registry import HOLDOUT444
from tests.variants.kit import Variant

MODULES = (fencing, curling, school)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT444, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 444th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
