"""The 808th held-out set: public-rental housing (公租房): rent subsidies (kel01–kel06), unit
maintenance (kel07–kel12) and tenant audits (kel13–kel18). 18 returns, 9 correct, 24 required
marks, most found only by comparing one part of a return with another.

Layouts: project heads with one value column (NAT-2021 and OLD-NAT), operator and unit columns
(kel02, kel08), operators in words under a two-row header (kel15), 中期 and 年度 columns (kel04,
kel07, kel12), stacked projects (kel05, kel06), department heads with tasks (kel03, kel10,
kel16), flat lists (kel03, kel16), a budget-system export with codes and two sheets (kel11), a
table on a second sheet (kel17), numbered labels with points at two levels (kel09), abbreviated
labels and a repeated header (kel13), labels with * and ★ (kel18).

Planted mistakes (code, highest accepted severity, place):

* kel02: D104 ≤warning, row of 租赁补贴发放户数 (800 against the goal's 860); F201 ≤warning,
  row of 补贴按时发放率 under 数量; Y102 ≤error, row of the 2024 deadline (alt Y103, Y101).
* kel04: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201 ≤error at the annual
  宣传场次 (36 above the period's 30).
* kel06: B101 ≤error at the second project's 年度资金总额 (260 ≠ 200 + 40); Y103 ≤warning at its
  goal (2024 in a 2025 table, alt Y101).
* kel08: D103 ≤warning, row of 空置房翻新套数 (alt D101); F201 ≤warning, row of a 合格率 under
  时效; B107 ≤warning, row of 单套翻新费用 (3000 × 800 = 240 > 200).
* kel10: B101 ≤error at 资金总额 (880 ≠ 260 + 600); B102 ≤error at 金额合计 (360 + 180 + 80 = 620);
  D104 ≤warning at 电梯更新改造数量 (10 against 12 in the goal and task).
* kel12: D202 ≤warning at two annual cells (900户, 30幢 copied); Y102 ≤error at the annual
  deadline 2025 before a 2026–2028 project (alt Y103); the B107 the copied count may cause at
  the annual cost cell is tolerated.
* kel14: Y102 ≤error at 计划完成日期 2026-03-31 of a one-year 2025 project (alt Y101); D104
  ≤warning at 入户核查户数 (3000 against 3600); T105 ≤error at 核查结果录入率 `3600户`.
* kel16: W101 ≤error on the book (weights 95); D102 ≤error, row of the second 违规转租转借清退率
  (alt D101, D103); D104 ≤warning, row of 入户核查户数 (2000 against 2400).
* kel18: Y102 ≤error at the 2024 deadline (alt Y103); F201 ≤warning, row of 退出家庭满意度 under
  社会效益.

Look-alikes in the correct returns: typed percent cells (kel01, kel03, kel05, kel09, kel17);
a goal count with its part in brackets and the part as its own indicator (kel01, kel15);
unit cost × count exactly equal to the money (kel01, kel03, kel05, kel07, kel09, kel11, kel15);
下降率 with ≥ (kel01, kel07, kel09, kel11, kel17); 0起 incidents (kel09, kel11); rates raised
in 百分点 (kel09); tier points and indicator points both 100 (kel09); `=100%` ceilings; a later
year the work prepares for (kel07, 为2027年…); the period's count beside a smaller year's
(kel07); the same names with different values in stacked projects (kel05) and in the two
projects of an export (kel11); fill dates in the year before (kel01, kel13); footnotes
explaining totals (kel01, kel03, kel07, kel15); a 合计 row under a flat list (kel03) and
under points (kel09).

Judgements: a deadline in the year before the budget year or before the project starts is an
impossibility (error, Y102); a goal's count differing from its indicator is doubtful
(warning, D104), since the goal might count differently; kel08's two 翻新套数 rows carry the same
value, so a near-duplicate (warning) not a conflicting one; kel12's copied annual count also
pushes the annual unit cost past the annual money: tolerated, not required; kel06's 2024 in the
goal text is a warning (Y103) as the text may quote history.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout808 import audits, maintenance, subsidies
from tests.variants.holdout808.registry import HOLDOUT808
from tests.variants.kit import Variant

MODULES = (subsidies, maintenance, audits)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT808, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 808th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
