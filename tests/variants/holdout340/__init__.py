"""The 340th held-out set: traditional ethnic and folk sports (民族传统体育).

Eighteen invented returns on dragon-boat races, folk sports meets and the venues opened for
them (``boats``, ``venues``), and on martial-arts classes, coaches trained and participants
(``wushu``); nine correct, nine with planted mistakes. Budget year 2026; places, units, people
and figures invented.

Layouts: project heads with 中期/年度 money blocks (one-year and three-year), department heads
with budget, typed shares and key tasks; tier-1 and tier-2 merged down; operator and unit
columns (ul01, ul02); stacked projects (ul03, ul04); 中期 and 年度 value columns (ul05, ul06);
numbered tier labels with points and an indicator score column (ul07), a tier-1 score column
(ul08); flat lists (ul09 weight · unit · operator · value; ul10 value · direction · unit ·
weight); header 预期目标 (ul11); a two-row header 考核指标 / 目标值（年度） / 评价标准 (ul12);
abbreviated and marked labels (★产出, 数量, *效益) with 填表说明 and 注 rows (ul15); a header
repeated after a page break with 小计 / 合计 rows (ul16); a budget-system export with the
table on sheet 05-2 (ul17) and a table on a second sheet under 预期实现值 (ul18).

Planted mistakes (return: code, highest accepted severity, place):

* ul02: B105 error at the 年度 其他资金 cell (``50,000.00元`` in a 万元 block; B101 on the
  file tolerated); T106 error at ``105%`` on 赛事安全保障到位率; T108 warning (row) at the
  operator ``大于等于`` of 队员训练伤病发生率.
* ul04: B101 error at the second project's 年度资金总额 (40 ≠ 32 + 5); T105 error at
  ``≥90人`` on its 参赛群众满意度.
* ul06: D204 warning at the 年度目标 cell (copied from 中期目标); D201 error at the annual
  ``≥20支`` (period ``≥16支``); D202 warning at the annual ``≥2400人次`` copied from the period.
* ul08: W103 error at the 产出指标 score 50 (indicators 55) and at the 效益指标 score 30
  (indicators 25); T105 error at ``45人`` on 教练员持证上岗率.
* ul10: T112 error at ``120人次`` under unit column 场; T108 warning (row) at ``≥3`` on a
  反向 伤病发生率; W101 error on the file (weights 95).
* ul11: F110 error at the empty name cell of the ``≥95%`` row; F109 warning (row) at the empty
  生态效益指标.
* ul14: B101 error at 资金总额 960 (300 + 640 = 940); B111 error at the 其他资金 share 8.25%
  (6.25%); B102 error at 金额合计 660 (tasks 640).
* ul16: T106 error at ``≥102%`` on a 合格率; X104 warning at the text ``46356``; X106 error
  (B108 accepted) at the task amount ``36万36万``.
* ul18: F110 error at a name cell holding only U+3000; T105 error at ``≥40`` with unit 个 on a
  使用率.

Legitimate look-alikes in the correct returns: ``≤0起`` on an incident count and a date cell as
a deadline value (ul01); typed percents (ul01, ul07, ul09, ul13, ul17); the same indicator name
with different values in two stacked projects (ul03); a cost cap equal to the budget (ul03,
ul13, ul15); rates and unit costs equal in 中期 and 年度 (ul05); ``=100%`` on 持证上岗率 /
合格率, text starting with ``=`` (ul07, ul14, ul15, ul17); ``≥3百分点`` on a 通过率 change and
tier points plus indicator points both adding to 100 (ul07); a 下降率 with ``≥`` (ul09); bare
numbers with % in a unit column (ul10, ul12, ul18); 填表说明, 注, signature lines and a fill date
in 2025 (ul12, ul15); 小计 / 合计 rows and a repeated header (ul16); long codes kept as text
(ul17).

Judgements: the ``元`` cell in ul02 also breaks the annual sum, so B101 is only tolerated; in
ul08 the totals agree (100 both ways), so only the two tier mismatches are marked and no W101;
in ul10 ``120人次`` has no operator, which is only info; ul14's 基本/项目 shares follow the
wrong split and are not marked apart from the 其他资金 share; ul16's serial reads 2026-11-30,
inside the year, so the artefact is a warning only.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout340 import boats, venues, wushu
from tests.variants.holdout340.registry import HOLDOUT340
from tests.variants.kit import Variant

MODULES = (boats, wushu, venues)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT340, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 340th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
