"""The 557th held-out set: gateball and tai chi (门球、太极) venues for seniors in county sports
bureaus. 18 invented returns (9 correct, 9 with 2–3 planted mistakes, 24 required marks), all
places, units, people, phone numbers and figures invented; budget year 2025.

Layouts: project heads (``heads.project_head``) with 实施期/年度 money blocks in 万元 carried by
the number format (cu18 in 元); department heads with budget, shares and key tasks; tier-1 and
tier-2 merged down; operator columns (指标性质 as ≥ ≤ =) with unit columns (cu01, cu02, cu09);
stacked projects (cu03, cu04); flat lists (cu05, cu06); numbered, pointed and abbreviated tier
labels (cu10, cu11); header words 预期目标 (cu12), 考核指标 · 目标值（年度） · 评价标准 on a second
sheet (cu13); 中期 and 年度 columns (cu14, cu15); tier-1 and indicator score columns (cu16); note,
说明, 填表说明, signature, stamp, unit, subtotal, total and repeated header rows (cu07–cu09).

Planted mistakes (return: code, highest accepted severity, place):

* cu02-gateball-lighting-wrong: B105 error at 其他资金 (60,000.00元 in a 万元 block; B101 on
  the file tolerated, not required); T106 error at the 灯光照度达标率 value 105 %; T105 error
  (row) on 老年人夜间参与率 = 300 人次.
* cu04-gateball-stacked-wrong: B101 error (row) at the second project's 年度资金总额 25 ≠ 20 + 3;
  T108 warning (row) on 比赛伤病事故发生率 ≥2%.
* cu06-gateball-flat-wrong: T112 error (alt T104) at 老年门球赛事场次 ≥12万元 with unit 场;
  T108 warning (row) on 门球比赛伤病发生率 ≥1 marked 反向; W101 error on the file (weights 95).
* cu09-taichi-notes-wrong: T108 warning (row) on 投诉率 with ≥; T107 warning (row) on a
  satisfaction rate with =.
* cu11-taichi-wrong-parent: F105 error (row, alt F104, F201) at 3.社会效益 under 一、产出;
  T105 error at 辅导站点社区覆盖率 ≥25个.
* cu12-taichi-template-rows: F110 error at the empty name of a ≥300人 row; F109 warning (row)
  at the empty 时效指标 and 生态效益指标 template rows.
* cu15-gateball-two-year-copied: D202 warning at two annual cells copied from 中期 (≥16片,
  ≥16座); D201 error at the annual ≥24支 above the period ≥20支. The cost row's annual cell
  tolerates a warning (7.5 × the copied 16 exceeds the annual money: the same defect).
* cu17-venue-department-money-wrong: B101 error (row) at 资金总额 500 ≠ 300 + 180; B111 error at
  the 其他资金 share 15 % (50 ÷ 500 = 10 %); B102 error at 金额合计 180 (tasks add to 170).
* cu18-gateball-artefacts: X103 warning (alt B108) at 其他资金 "60,000" stored as text; X104
  warning at the plan end date "46022" stored as text; T115 error at ≤0万元/场.

Legitimate look-alikes in the correct returns: typed percent cells (cu01) including =100 % at
the ceiling on a completion rate; 0 incidents with ≤ on an incident count (cu05, tolerated);
the same satisfaction indicator with different values in two stacked projects (cu03); a
下降率 with ≥ and a footnote explaining it (cu07); an instruction row in the tier-2 column,
填表说明, signature and stamp lines, a fill date in the year before (cu07, cu09 the wrong one);
subtotal rows, a unit row and a repeated header after a page break (cu08); tier points in
labels (cu10); 100 both at tier level and indicator level and 提高≥3百分点 on a rate (cu16);
rates and unit costs equal in 中期 and 年度 of a multi-year project (cu14); unit costs × counts
equal to or below their money (cu03, cu09, cu13).

Judgements: a 说明 row between tiers (cu09) and an instruction row in the tier-2 column (cu07)
are not indicators; cu12's ``0起`` on an incident count is a target, not a zero cost; in cu17
which of 资金总额 / 基本支出 / 项目支出 is wrong cannot be told, so B101 is a row mark; in
cu02 the 其他资金 cell would add up if converted to 万元, so B101 there is only tolerated; a
cu06 weight mark is file-level since no single weight is wrong.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout557 import gateball, taichi, venues
from tests.variants.holdout557.registry import HOLDOUT557
from tests.variants.kit import Variant

MODULES = (gateball, taichi, venues)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT557, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 557th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
