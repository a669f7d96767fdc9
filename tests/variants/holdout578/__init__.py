"""The 578th held-out set: 18 invented returns of 丰禾县槐湾食品产业园 (a county food park) on
frozen 汤圆 (glutinous rice balls) and 水饺 (dumplings), with a careful reviewer's marks.

Theme: production lines, cold stores, cold-chain subsidies, raw-material bases, training and
inspection for the park's 汤圆 (``tangyuan.py``, dp01–dp06) and 水饺 (``shuijiao.py``,
dp07–dp12) makers, and the park's own department returns and budget-system exports
(``park.py``, dp13–dp18). Budget year 2025 throughout; money in 万元 (unit in the number format).

Layouts: project heads with one-year and multi-year (中期/年度) money blocks; department heads
with budget rows and key tasks; operator and unit columns; headers 绩效目标值, 指标内容 /
绩效标准, 考核指标 / 目标值（年度） / 评价标准, 预期实现值, 指标值设定依据; numbered labels with
tier points (一、产出指标（40分）, （一）, 1.) and a 分值 column; labels marked * and abbreviated;
★ core indicators; flat lists (operator or direction in 指标性质); two stacked projects in one
sheet (dp09, dp12); a 注 row inside the table and the header repeated after a page break (dp11);
a budget-system export with codes in the first columns and the table on sheet 05-2 (dp15); the
indicator table on a second sheet (dp18); signature and date lines.

Planted mistakes (return: code, highest accepted severity, place):

* dp02: D104 ≤warning at the 速冻汤圆年产量 row (年度目标 says 1200吨, indicator ≥1000吨);
  Y102 ≤error at the 竣工时间 value (2026-03-31 in a one-year 2025 project).
* dp04: D102 ≤error, row (alt D103, D101): 速冻隧道日处理能力 again under 质量指标 with ≥25
  against ≥30; F201 ≤warning, row: 成品抽检合格率 under 时效指标; X101 ≤error at ``≥XX``.
* dp06: Y101 ≤error, row of the plan dates (alt Y102): 2024 dates under a 2025 title; X102
  ≤warning at the 年度目标 (``<br>``).
* dp08: Y103 ≤warning at the 年度目标 (alt Y101): 2023 in a 2025–2027 project; D202 ≤warning
  at the annual 水饺累计产量 (copied from 中期); D201 ≤error at the annual 原料基地面积 (3500 >
  3000亩).
* dp10: X104 ≤warning at the text ``45869`` (2025-07-31); B107 ≤warning, row: 800元/车次 ×
  3000车次 = 240万元 > 180万元.
* dp12 (second stacked project): F201 ≤warning, row: 农残检测合格率 under 数量指标; X101 ≤error
  at ``≥**户``.
* dp14: B102 ≤error at the 金额合计 amount (260 + 200 + 150 ≠ 600); D104 ≤warning at the
  从业人员培训 row (goal and task say 800人次, indicator ≥500人次); Y102 ≤error at the 2026
  payment date of a 2025 department return.
* dp16: X104 ≤warning at the 填报日期 text ``45611``; D102 ≤error, row (alt D103, D101): the
  抽检批次 indicator twice (≥300 / ≥350); W101 ≤error, book level (weights add to 95).
* dp18: X102 ≤warning at the 年度目标 (``<p>``); F201 ≤warning, row: 回收清运及时率 under
  质量指标; T105 ≤error at ``30吨`` for a 回收利用率.

Look-alikes in the correct returns: goal texts repeating counts with the same value (dp01 2条 /
800吨, dp11 600人 / 20期, dp13 1.2万吨 = 12000吨, dp15 12台); typed percent cells ``pct(0.98)``,
``pct(1)``, ``pct(0.9)`` with % in the unit column (dp01, dp07); ``=100%`` on an acceptance rate
(dp12's first project, dp15, dp16); a rise in 百分点 (dp03); tier points and indicator points
both adding to 100 (dp03); 下降率 with ≥ and 0起 on incidents (dp07, dp13, dp14); ≤ on 差错率
and 霉变发生率 (dp13, dp17); a later year named on purpose inside a two-year period (dp05);
the same rate name with different values in two stacked projects (dp09, dp12); similar names
measuring different things (dp17 收购量 / 收购户数); unit standard × count equal to the money
(dp11 1600元 × 600人 = 96万元, dp14 400元 × 5000车次 = 200万元) or within it; fill and
signature dates in the autumn before the budget year; 6-digit unit codes (dp15).

Judgements: D104 is marked on the indicator row, not the goal text (the message names the
indicator). The dp06 plan dates are what is wrong, so the 2025 时效 date there is only
tolerated (``ok``, error). A conflicting duplicate (dp04, dp16) is an impossibility (both
cannot be the target), so an error is accepted. B107 is a warning: ≤800元 is a cap, the
amount paid may be lower. Y102 on a next-year date of a one-year return is accepted as an
error. dp08's D202 is one cell (the only copied cumulative count).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout578 import park, shuijiao, tangyuan
from tests.variants.holdout578.registry import HOLDOUT578
from tests.variants.kit import Variant

MODULES = (tangyuan, shuijiao, park)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT578, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 578th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
