"""The 769th held-out set: a provincial veterans-affairs department (澜江省退役军人事务厅) —
job-skill training for veterans (training.py), honour-garden (烈士纪念设施) upkeep
(memorial.py) and support for veterans in hardship (hardship.py). 18 invented returns, 9 correct
and 9 with planted mistakes (25 required marks), most of them found only by comparing one part of
a return with another. Places (澜江省, 栖凤市, 枫渡县), units, people, phones and figures are
invented.

Layouts: project heads with one-year and multi-year money blocks (万元 in the number format);
department heads with budget and tasks adding to 金额合计; NAT-2021 and OLD-NAT tiers merged
down, labels numbered (一、/（一）), abbreviated (产出, 数量), marked (*) or with points
(产出指标（50分）); headers 考核指标 / 目标值（年度）, 指标内容 / 绩效标准; operator, unit and score
columns; operators in words; flat lists (名称·权重·单位·指标性质·值 and 名称·值·单位·权重);
中期 and 年度 columns and two complete column sets; two projects stacked in one sheet; a
budget-system export (sheets 05-1 and 05-2, header on the third row, codes in the first
columns); 注 / 说明 / 填表说明 rows inside and under tables, signature and date lines.

Planted mistakes (return: code ≤ highest accepted severity, place):

* kcy02-training-goal-mismatch: D104 ≤warning, 技能培训人数 row (goal says 800 people, the
  indicator 600); Y102 ≤error alt Y103, the 培训完成时间 cell (2025年12月31日前 in a 2026
  project); B107 ≤warning, 人均培训成本 row (600 × 3500元 = 210万 > 160万).
* kcy04-training-period-copied: D204 ≤warning, the 年度目标 cell (copied from 中期目标); D202
  ≤warning, the annual 创业培训人数 cell (copied cumulative count); D201 ≤error, the annual
  孵化创业项目数 cell (55 in a year, 40 over two years).
* kcy06-flat-duplicate-weights: D102 ≤error alt D103/D101, the 职业技能培训人数 row (the first
  row's indicator, a word less, ≥450 against ≥500); W101 ≤error, book level (weights sum 95).
* kcy08-memorial-wrong-tier: Y103 ≤warning alt Y101, the 年度绩效目标 cell (2025年 in a 2026
  table); D104 ≤warning, 陵园绿化整治面积 row (goal 3000平方米, indicator 2000); F201 ≤warning,
  修缮工程验收合格率 row (a quality rate under 时效指标).
* kcy10-stacked-money-wrong: B101 ≤error, the second project's 年度资金总额 cell (120 + 20 ≠
  150); D103 ≤warning alt D101/F201, 烈士墓碑修缮数 row under 质量指标 (the 数量 count again);
  B107 ≤warning, 单座修缮成本 row (30 × 6万 = 180万 > 150万).
* kcy12-archive-period-wrong: D201 ≤error alt D104, the annual 数字化建档纪念设施数 cell (36 in a
  year, 30 over three; the 年度目标 says 10); Y102 ≤error alt Y103, the 中期 全部建档完成时间 cell
  (2029 after a 2026—2028 period). B107 tolerated (not required) on the 单处建档成本 row, a
  consequence of the 36.
* kcy14-department-wrong: B102 ≤error, the 金额合计 cell (400 + 150 + 100 = 650 ≠ 700); D104
  ≤warning, 帮扶困难退役军人户数 row (goal and task say 1500户, indicator 1200户); F201
  ≤warning, 帮扶对象满意度 row under 社会效益指标.
* kcy16-festival-visits-wrong: B101 ≤error, the 年度资金总额 cell (180 + 30 ≠ 200); Y103
  ≤warning alt Y101, the 2025年度八一慰问覆盖率 row (last year's indicator); B107 ≤warning,
  人均慰问标准 row (2500 × 1000元 = 250万 > 200万).
* kcy17-medical-template-rows: F109 ≤warning, the empty 质量指标 row; F110 ≤error, the empty
  name cell of the 时效指标 row; D103 ≤warning alt D101/F201, 医疗救助困难退役军人人数 under
  社会效益指标 (the 数量 count again).

Legitimate look-alikes in the correct returns: a goal count with its part in brackets and the
part as its own indicator (kcy01 电商直播班 200 of 600, kcy13 医疗救助 400 of 1500, kcy07 零散烈士墓
8 of 12); a later year the work prepares for (kcy01 为2027年推广, kcy18 为2028年纳入常态化);
the period's count in 中期 beside a smaller year's count and equal rates and unit costs in both
columns (kcy03, kcy18); unit cost × count equal to the money (kcy01 600 × 3000元 = 180万, kcy07
12 × 20万 = 240万, kcy09 60万 and 90万, kcy15 300 × 5000元 = 150万, kcy18 600万 and 320万) or
below it (kcy03, kcy11, kcy13); a 下降率 with ≥ (kcy05, kcy13); 0起 on an incident count (kcy07,
kcy09); a 差错率 / 投诉率 / 比例 with ≤ (kcy05, kcy13, kcy15); tier points and indicator points
both adding to 100 (kcy07); rates raised in 百分点 (kcy03, kcy18); typed percent cells (kcy01,
kcy05, kcy07, kcy13, kcy15, =100% as pct(1) in kcy15); =100% text on 合格率 / 完好率 (kcy09,
kcy10, kcy11); the same indicator with different values in two stacked projects (kcy09
瞻仰群众满意度 ≥90% / ≥92%); 说明 rows explaining a total, a 填表说明 row between tiers,
signature and fill dates in 2025 for 2026 tables.

Judgements a reviewer could hesitate on:

* kcy06: a duplicate with a word less and a different value is marked D102 at error (two
  targets for one indicator cannot both be the target); D103 and D101 accepted.
* kcy08: the goal's 2025 is a leftover (Y103 warning, Y101 accepted); the 3000 against 2000 is
  marked separately at the indicator (D104).
* kcy10 / kcy17: a count repeated under a second tier-2 is one problem: D103 required, D101 and
  F201 accepted at the same row.
* kcy12: the 36 contradicts both the period (D201) and the 年度目标 (D104 accepted); the B107 it
  causes on the cost row is tolerated, not required. A deadline after the project period is an
  error (Y102), as a date outside the budget year would be.
* kcy16: 2025年度 in an indicator name of a 2026 table is a leftover (Y103 warning).
* kcy09 / kcy07: 0起 without operator (kcy09) is read as =0 on an incident count, not a zero
  target; kcy15 and kcy11 give percents in the value with no unit in the unit column.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout769 import hardship, memorial, training
from tests.variants.holdout769.registry import HOLDOUT769
from tests.variants.kit import Variant

MODULES = (training, memorial, hardship)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT769, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 769th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
