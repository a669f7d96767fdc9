"""The 446th held-out set: 18 invented returns on youth diving schools and diving-platform safety
(跳水), with a careful reviewer's marks, to measure ``goalbook check`` out of sample.

Everything is invented: 鹭汀市 (体育局, 青少年跳水学校, 游泳跳水馆), 泓泉区 (体育运动学校), 苇湾县
(游泳跳水馆), the people, the phone number and every figure. Budget year 2025; money in 万元.

Layouts
-------
projects.py (schools): yn01/yn02 project, OLD-NAT, operator and unit columns, typed percent cells;
yn03/yn04 NAT-2021 with a tier-1 score column and an indicator score column; yn05 numbered,
pointed, marked (*, ★) and abbreviated tier labels; yn06 header 预期目标 with template rows.
stacks.py (platform safety): yn07/yn08 two projects stacked in one sheet; yn09/yn10 multi-year
projects with a two-row header (指标值 over 中期指标值 / 年度指标值); yn11 指标性质 as direction
and 指标方向 as operator, bare numbers and a unit column; yn12 detail lines under the table.
departments.py: yn13/yn14 department heads with budget, shares and key tasks; yn15/yn16 flat lists;
yn17 project with headers 考核指标 · 绩效目标值 · 评价标准, a 注 row, a repeated header after a
page break, 说明 / 填表说明 and signature lines; yn18 budget-system export (05-1 money sheet, 05-2
goal sheet with codes in the first columns, header on the third row).

Planted mistakes (code, highest accepted severity, place)
--------------------------------------------------------
* yn02: T106 error at the typed 105% of 陆上训练护栏验收合格率; T108 warning (row) at the ≥ of
  陆上训练坠落受伤发生率.
* yn04: B101 error (row) at 年度资金总额 88 (70 + 8 = 78); W103 error at the 产出指标 score 50
  (its indicators add to 45); W101 error on the book tolerated, not required (indicator points 95).
* yn06: F110 error at the empty name cell of a row valued ≥300天; T105 error at 救生员持证上岗率
  `10人`; F109 warning (row) at the template tier-2 社会成本指标 left empty.
* yn08: B101 error (row) at the second project's 年度资金总额 30 (22 + 6 = 28); T105 error at
  营员入营安全培训覆盖率 `300人`.
* yn10: D202 warning at the annual cells `≥80场` and `≥40所` copied from 中期 in a two-year
  project; D201 error at the annual `≥8000册` above the period `≥6000册`.
* yn12: X104 warning at the text `45991` (改造完工日期); X105 warning (alt X103) at the detail
  line `24.567 5`; X106 error (alt B108) at the detail line `18万18万`.
* yn14: B101 error (row) at 资金总额 860 (基本 520 + 项目 320 = 840; 财政 780 + 其他 80 holds);
  B102 error at 金额合计 320 (tasks add to 330).
* yn16: T112 error at `12万元` with unit column 次; T108 warning (row) at `≥3%` on a 反向 rate;
  W101 error on the book (weights add to 95).
* yn18: F105 error at 社会效益指标 under 产出指标 (05-2 sheet); T113 warning at a typed 100% for
  加固工程完工时间.

Legitimate look-alikes in the correct returns
---------------------------------------------
* Typed percent cells with `%` also in the unit column (yn01, yn15); `=100%` / `=` + pct(1) on a
  合格率 or 及时率 (yn01, yn07, yn13, yn15).
* 100 points both ways: tier-1 scores and indicator scores each add to 100 (yn03), with a 合计 row;
  `≥3百分点` on 等级运动员达标率比上年提高 is a percentage change (yn03).
* `跳台训练伤病下降率 正向 ≥ 10 %` and `坠台及溺水责任事故 反向 ≤ 0 起` (yn11): a 下降率 with ≥
  and a zero incident target are not direction conflicts nor zero targets.
* Cost standard × count equal to the money: 8 × 4.5 = 36 (yn07 second project); 改造总成本
  ≤60万元 = the budget (yn12, a mistake return).
* The same indicator names (安全巡检次数, 场馆使用者满意度) with different values in two stacked
  projects (yn07) are not duplicates.
* Rates and unit costs equal in 中期 and 年度 (yn09); a 增长率 of 10 % both years.
* The 注 row inside the table, the header repeated after the page break, 说明 explaining the money,
  填表说明, signature line and a fill date in 2024 (yn17; also yn12's fill date).
* The 占比 row of yn13 (87.3 % + 12.7 %, 61.9 % + 38.1 %); 金额合计 = 项目支出 = 480.

Judgements where a reviewer could hesitate
------------------------------------------
* B101 marks are row marks: a finding at the total or at a part of the same money row names the
  same problem. In yn14 the mark stands on the budget row since either side could be wrong.
* yn04: the indicator points add to 95, so a W101 is fair but not asked for; W103 is required.
* yn06: `开放时段溺水责任事故 0起` without an operator is accepted (at most an info).
* yn10: the annual 知晓率 ≥85 % below the period ≥90 % is not a finding (rates may differ).
* yn12: the detail lines add to 60 once `24.567 5` is read 24.5675 and `18万18万` as 18.
* yn18: 指标值设定依据 holds benchmark types (计划标准, 行业标准…), not values.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout446 import departments, projects, stacks
from tests.variants.holdout446.registry import HOLDOUT446
from tests.variants.kit import Variant

MODULES = (projects, stacks, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT446, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 446th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
