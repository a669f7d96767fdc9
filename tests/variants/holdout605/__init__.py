"""The 605th held-out set: scorpion (蝎子) and cordyceps (蛹虫草) rearing rooms, with a county
medicinal-materials market (中药材市场), all in the invented county 桐坪县 (鹤塘镇, 石砚乡).
Eighteen returns, written blind, aimed at checks across the table: 9 correct, 9 with 2–3
planted mistakes (24 required marks, 20 of them found only by comparing one part of the return
with another). Budget year 2026 throughout.

Layouts: project heads with one-year and multi-year money blocks (OLD-NAT and NAT-2021), an
operator and a unit column (eq01), 中期 and 年度 columns (eq02, eq03) and a two-row header over
them with a 指标性质 direction column (eq12), numbered tier labels (eq04, eq14), labels with * and
abbreviated (eq05, eq17), ★ core indicators and headers 考核指标 / 目标值（年度） / 评价标准 (eq17),
指标内容 / 绩效标准 (eq04), department heads with key tasks (eq06, eq13) and with shares
(eq14), flat lists (eq07, eq08), stacked projects (eq09, eq10), tier-1 and indicator score
columns (eq11, eq18), a budget-system export with the money on sheet 05-1 and the table on
sheet 05-2 under a third-row header with codes in the first columns (eq15, eq16), a note row
inside the table, 填表说明, subtotal rows, a header repeated after a page break, signatures.

Planted mistakes (return, code, highest accepted severity, place):

* eq02: D201 error at the 年度 cell of 生态养蝎池建设 (40 a year against 30 for three years);
  D202 warning at the 年度 cell of 培育养殖大户 (45户 copied from 中期); Y102 error (alt Y103,
  Y101) at the 年度 deadline 2025年9月30日前 of a 2026–2028 project.
* eq04: D104 warning at 新建标准化养蝎房 ≥10间 (年度目标: 12间); F201 warning (row) at
  养蝎房验收合格率 under 时效指标; D103 warning (row, alt D101) at 养殖户技术培训人次 under
  社会效益, the same indicator as 养殖户技术培训 under 数量.
* eq06: B102 error at the tasks' 金额合计 150 (60 + 50 + 45 = 155); B107 warning (row) at
  蝎房改造补助标准 ≤2.5万元/间 (× 20间 = 50 > the task's 45).
* eq08: X101 error at the template example row's value ≥**; W101 error (book level), weights
  95.
* eq10: D102 error (row, alt D101, D103) at the second 蛹虫草鲜品产量 (≥6吨 against ≥8吨);
  B101 error at the second project's 年度资金总额 35 (30 + 8); Y103 warning (alt Y101) at the
  second project's 年度目标 beginning “2024年建成”.
* eq12: D204 warning at the 年度目标 cell (copied from 中期目标); D201 error at the 年度 cell of
  林下菌棚建设 (26 against 20 for two years); T108 warning (row, alt D203) at the 年度 value
  ≥5% of 栽培瓶污染率, declared 反向.
* eq14: B111 error at the 其他资金 share 15% (40 / 320 = 12.5%); D104 warning at 药材样品检测
  ≥1000批次 (goal: 1200批次); F201 warning (row) at 入市药商满意度 under 社会效益指标.
* eq16: Y101 error at the 05-2 title “2025年…” (05-1 says 2026); Y102 error at the deadline
  2027年3月31日前 of a one-year task; F201 warning (row) at 单批次检测成本 under 数量指标.
* eq18: W103 error (alt W101) at the 产出指标 score 50 (indicators 45); D101 warning (row, alt
  D103, F201) at 药材快检批次 repeated under 质量指标; W101 at book level tolerated
  (not required), the consequence of the same shortfall.

Legitimate look-alikes in the correct returns: a goal's 20间 with 8间 in brackets and an
indicator for each (eq01); percents typed in Excel, =100% on an acceptance rate at the ceiling,
养殖安全事故 ≤0起 and 重大药材质量安全事件 0起 (eq01, eq17); 下降幅度 ≥3百分点 / ≥2百分点 and
达标率提高 ≥5百分点 (eq01, eq11); unit cost × count within the money (every return; equal in
eq15: 6场 × 5万元 = 30万元); the period's counts in 中期 beside smaller year's counts and equal
rates (eq03); a later year the work prepares for, 为2027年全县推广积累 (eq05); a note row explaining
a total (eq05) and a footnote explaining 项目支出 (eq13); a fill date in December of the year
before (eq05); tier-1 and indicator scores both adding to 100 (eq11); the same training
indicator with different values in two stacked projects (eq09); subtotal, 合计 and repeated
header rows (eq07, eq13); =100% typed as text (eq15).

Judgements where a reviewer could hesitate: eq02's 2025 deadline is taken as an impossibility
(before the project starts), so error with Y103 accepted; eq10's “2024年建成” is a leftover goal
rather than a historical reference, a warning only; D202 in eq02 stays a warning (the count
could in principle be reached in the first year); eq12's T108 could equally be read as
D203 (operators differ between the columns); eq18's duplicate also sits under the wrong tier-2,
so F201 is accepted for it; eq16's title year is Y101 at the 05-2 title, the budget sheet being
the one that agrees with the rest.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout605 import cordyceps, market, scorpion
from tests.variants.holdout605.registry import HOLDOUT605
from tests.variants.kit import Variant

MODULES = (scorpion, cordyceps, market)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT605, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 605th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
