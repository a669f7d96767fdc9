"""The 335th held-out set: ice and snow sports promotion (冰雪运动进校园, public skating rinks,
ski instruction, winter sports events, equipment lending, safety patrols on ice).

18 invented returns (places 霁川市 / 北岬区, 凇阳县, 玉嶂县, 寒汀区), 9 correct and 9 with
planted mistakes, in three modules: ``schools`` (ug01–ug06, 冰雪进校园 and ski instruction),
``rinks`` (ug07–ug12, public rinks, equipment lending, patrols on ice), ``events`` (ug13–ug18,
events, multi-year projects, a budget-system export).

Layouts: project heads with one-year or 中期/年度 money blocks; department heads with budget,
shares of 基本/项目支出 and key tasks with a 金额合计; tier-1 and tier-2 merged down; an
operator column headed 指标性质 (ug01, ug02, ug03) or 比较符 (ug18) with a unit column; 指标性质
as direction beside 指标方向 as operator and a 评价标准 column (ug12); flat lists in two column
orders (ug03, ug04); two stacked projects (ug05, ug16); numbered labels with a tier score column
(ug06), labels with *, points and ★ (ug15), abbreviated labels (ug16); headers 指标内容 /
绩效标准 (ug09), 预期目标 (ug11), 考核指标 / 目标值（年度） (ug12), 预期实现值 (ug17); 中期 and
年度 value columns (ug13, ug14, ug18); an instruction row inside the table, a header repeated
after a page break, 注 / 填表说明 / 说明 lines and signature lines (ug07, ug09, ug10); a
资金明细 block under the table (ug10); a budget-system export with codes in the first columns and
the table on a second sheet with its header on the third row (ug17).

Planted mistakes (return, code, highest accepted severity, place):

* ug02: T106 ≤error at the 105% pass rate (滑冰课程教学达标率); T108 ≤warning (row) at the
  ≥ of 冰上运动伤害发生率.
* ug04: T105 ≤error at ``360人`` for 滑雪教学达标率; T112 ≤error at ``≥5000元`` under the unit
  column 人次; W101 ≤error book level (weights add to 95).
* ug06: W103 ≤error at the 效益指标 score cell (30 declared, 25 below); T107 ≤warning at
  ``=95%`` on 队员满意度; W101 ≤error book level tolerated (not required).
* ug08: B101 ≤error at 资金总额 (260 + 150 ≠ 430); B102 ≤error at 金额合计 (80 + 40 + 35 = 155
  ≠ 150); T113 ≤warning at ``100%`` for 冰面险情响应时间.
* ug10: X105 ≤warning (alt X103) at the detail amount ``24.3 5``; X106 ≤error (alt B108) at
  ``15万15万``.
* ug11: F110 ≤error at the empty name cell of a row holding ``≥98%``; F109 ≤warning (row) at the
  template tier-2 生态效益指标.
* ug14: D204 ≤warning at the 年度目标 cell; D202 ≤warning at the annual cells of 冰雪嘉年华举办
  场次 and 群众参与人次.
* ug16: B101 ≤error at the second project's 年度资金总额 (20 + 3 ≠ 25); F105 ≤error at 质量
  under 效益.
* ug18: B103 ≤error (alt B101) at 年度资金总额 160 (above 中期 150; 50 + 10 = 60); D201 ≤error
  at the annual 120 of 冰面巡护队员培训人数 (period 80); T108 ≤warning (row) at the ≥ of
  冰上救援装备故障率.

Legitimate look-alikes in the correct returns: typed percent cells (ug01, ug07), ``=100%`` on a
开课率 (ug01) and on a 覆盖率, a 反向 rate with ≤ and 0.5% (ug01); a 下降率 with ≥ (ug03, ug12);
``0起`` on incident counts (ug07, ug09); rate rises in 百分点 (ug05, ug13); points both on the
tier labels and on the indicators, each level adding to 100 (ug15); cost standard × count equal
to the money (ug03: 400元 × 3000 = 120万; ug05: 9万 × 6; ug07: 2万 × 90 天; ug13, ug15); the
same 学生满意度 with different values in two stacked projects (ug05); a footnote explaining that
金额合计 covers 项目支出 only (ug07); fill and signature dates in the year before the budget year
(ug07, ug09); rates equal in the 中期 and 年度 columns and a 中期 date in the last project year
(ug13); an 经济效益 target (带动消费 ≥3000万元) above the budget (ug13), which is a benefit, not a
cost cap.

Judgements where a reviewer could hesitate:

* ug06: the tier scores add to 100 and the indicator scores to 95; the slip is under 效益, so
  W103 is required there and a W101 is tolerated.
* ug18: 160 typed for 60 makes both 年度 > 中期 (B103) and 50 + 10 ≠ 160 (B101); either code
  matches the one mark. The rate row's ≥ sits in the operator column, so the T108 mark is a row
  mark (a finding at either value cell matches).
* ug08: which of 资金总额 or its split is wrong cannot be told; the mark sits on 资金总额, as the
  total is where the sum fails.
* ug10: the lines add to 60 only when ``24.3 5`` is read as 24.35 and ``15万15万`` as 15.
* ug04: ``360人`` on a 达标率 with unit column 人 is a rate given as a count (T105), not a unit
  conflict; ``≥5000元`` against the unit column 人次 is a unit conflict (T112).
* ``0起`` without an operator on an incident count is read as a zero target, not a missing cap.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout335 import events, rinks, schools
from tests.variants.holdout335.registry import HOLDOUT335
from tests.variants.kit import Variant

MODULES = (schools, rinks, events)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT335, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 335th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
