"""The 390th held-out set: 18 invented returns on esports venues and youth esports training
oversight (电竞场馆 / 电子竞技), 9 correct and 9 with 22 required marks, budget year 2025.

Modules: ``venues`` (wj01–wj06: 电竞场馆, 电竞酒店, 赛事场馆), ``training`` (wj07–wj12:
电竞培训机构, 教练员, 集训营, 电竞素养课程), ``oversight`` (wj13–wj18: both halves).

Layouts: project heads with 年度 money blocks (万元 in the number format), NAT-2021 and
OLD-NAT tables with tier-1 and tier-2 merged down; operator and unit columns with percent cells
(wj01, wj02); two projects stacked in one sheet (wj03, wj04); detail-line blocks under the table
(wj05, wj06); department heads with flat lists in two column orders (wj07, wj08); numbered tier
labels with points and ★ (wj09, wj10); 中期 and 年度 columns (wj11, wj12); headers 指标内容 /
绩效标准 with a 填表说明 row and a signature (wj13); a table on a second sheet under 预期实现值
(wj14); department budgets with a share row and key tasks (wj15, wj16); tier-1 and indicator
score columns, a header repeated after a page break (wj17, wj18).

Planted mistakes (code, highest accepted severity, place):

* wj02: T108 ≤warning Sheet1!D13 (row): 电竞酒店噪声投诉率 with ≥; T106 ≤error Sheet1!E15
  alt T114: 入住消费者满意度 typed as 105%.
* wj04: B101 ≤error Sheet1!C19: the second project's 年度资金总额 65 ≠ 50 + 10; T105 ≤error
  Sheet1!D24: 裁判员培训完成率 `120人`.
* wj06: X104 ≤warning Sheet1!D12 alt T116: 平台上线时限 `45838` (a date serial as text);
  X105 ≤warning Sheet1!F17 alt X103: `62.4 5`; X106 ≤error Sheet1!F18 alt B108:
  `35.55万35.55万`. Read as 62.45 and 35.55 the lines add up to 120.
* wj08: T112 ≤error Sheet1!B13: `12万元` with unit column 人; T108 ≤warning Sheet1!B15 (row):
  反向 投诉率 with ≥; W101 ≤error book level: weights add to 95.
* wj10: F110 ≤error Sheet1!C11: a value `≥6场` with no name; F105 ≤error Sheet1!B13: 时效指标
  under 效益指标; F109 ≤warning Sheet1!B15 (row): 可持续影响指标 left from the template.
* wj12: D204 ≤warning Sheet1!D9: 年度目标 identical to 中期目标 (two-year project); D201 ≤error
  Sheet1!E12: 年度 ≥360场 above 中期 ≥300场; D202 ≤warning Sheet1!E13: 覆盖中小学校数 copied.
* wj14: T105 ≤error 绩效指标!D4: 安保演练完成率 `4次`; T107 ≤warning 绩效指标!D7: `=95%` on
  a satisfaction.
* wj16: B101 ≤error Sheet1!B4: 资金总额 450 ≠ 基本支出 260 + 项目支出 180; B102 ≤error
  Sheet1!D9: tasks 60 + 55 + 40 = 155 ≠ 金额合计 180.
* wj18: W103 ≤error Sheet1!B10 (产出 40, indicators 35) and Sheet1!B16 (满意度 20, indicators
  15); W101 ≤error book level tolerated (indicator scores add to 90).

Legitimate look-alikes in the correct returns: percent cells with % in the unit column (wj01,
wj07); 未成年人违规入场发生率 ≤0.5 % and 安全责任事故发生数 ≤0起 (wj01, also ≤0起 in wj13);
a 下降率 with ≥ (wj01, wj15); the same 场馆设施验收合格率 with 95 % and 98 % in two stacked
projects (wj03); a unit cost × count equal to its detail line and a footnote on the total (wj05);
operators in words and a change in 百分点 (wj07, wj17); numbered and ★ labels with points only at
tier level (wj09); equal 中期 and 年度 rates and unit costs (wj11); a 填表说明 row inside the
table and a fill date in 2024 (wj13); shares rounded to 0.01 % adding to 100 % (wj15); tier and
indicator scores both adding to 100 (wj17); a one-year project with 其他资金 0 (wj03, wj14).

Judgements: the satisfaction of 105 % is an impossibility (error); T114 is accepted as well.
The date serial is a warning (X104), the text it hides is a deadline within the year. In wj10
the empty template row is marked F109 only (a T101 there would quote an empty name). In wj12
the copied 年度目标 is a warning, the annual count above the period an error. wj18's W101 is
tolerated, not asked for: the reviewer marks the tier scores.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout390 import oversight, training, venues
from tests.variants.holdout390.registry import HOLDOUT390
from tests.variants.kit import Variant

MODULES = (venues, training, oversight)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT390, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 390th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
