"""The 373rd held-out set: climbing walls and archery ranges (攀岩/射箭) in public fitness venues.

Eighteen invented returns of three invented counties' sports offices (松汀区, 梧桥县, 鹭栖县),
nine correct and nine with 23 required marks. Budget year 2025.

Layouts: project heads (``heads.project_head``) with one value column, operator and unit
columns, 指标性质 (direction) with 指标方向 (operator in words), two projects stacked in one
sheet, a two-row header (考核指标 / 绩效标准 over 指标内容 / 目标值（年度）), an indicator table
on a second sheet under 预期实现值, numbered tier labels with points, abbreviated labels with ★,
tier score and indicator score columns, three-year projects with 中期 and 年度 columns, a
budget-system export (05-1 / 05-2 sheets, project codes in the first columns, header on the
third row); department heads (``heads.department_head``) with a flat list, and with a weight
column, subtotal rows and a header repeated after a page break.

Planted mistakes (return: code, highest accepted severity, place):

* vs02: B101 error at the 年度资金总额 row (45 ≠ 30 + 10); T106 error at the typed 105% on a
  合格率; T108 warning (row) at the ≥ on 攀岩坠落事故发生率.
* vs04: B101 error (row) at the second project's 年度资金总额 (30 ≠ 22 + 5); T105 error at
  ``≥40课时`` on a 完课率.
* vs06: W101 error, book level (weights add to 95); T120 warning at a 开放天数 typed as 95%;
  T108 warning (row) at the ≥ on 场地设施投诉率.
* vs08: B101 error (row) at 资金总额 (320 + 200 ≠ 500); B102 error (row) at 金额合计
  (80 + 70 + 40 = 190 ≠ 200).
* vs10: F105 error at 社会效益指标 under 产出; W103 error at ``效益（30分）`` (its indicators
  give 25); W101 at book level tolerated (not required).
* vs12: T105 error at ``≥20人次`` on a 出勤率; F110 error at the empty name cell of a ≥95%
  value; F109 warning (row) at the unfilled 时效指标.
* vs14: B103 error at 年度资金总额 330 > 中期 300 (the 年度 财政拨款 300 > 270 tolerated up to
  error); D204 warning at the 年度目标 copied from 中期目标; D201 error at the annual ≥14条
  above the period ≥10条.
* vs16: X104 warning at 计划完成日期 ``45961`` typed as text; X105 warning (X103 accepted) at
  ``108.4 5``; X106 error (B108 accepted) at ``36万36万``.
* vs18: T108 warning (row) at 小于等于 on a 正向 租借人次 and at 大于等于 on a 反向 损耗率.

Legitimate look-alikes in the correct returns: typed percent cells (vs01, vs05, vs18's
满意度), a 下降率 with ≥ (vs01, vs17), ``≤0起`` / ``0起`` on accident counts (vs01, vs07,
vs15), ``=100%`` on a 持证上岗率 and a bare ``100%`` on a 合格率 (vs17, vs15), ``提高≥3百分点``
(vs17), points at tier and indicator level both adding to 100 (vs09, vs17), the same
indicator name with different values in two stacked projects (vs03), unit cost × count
equal to the budget (vs03: 1.5 × 16 = 24; vs04 first project: 4 × 4 = 16), a note row
between tiers and a footnote explaining a total (vs07), fill and signature dates in 2024,
rates and unit costs equal in 中期 and 年度 (vs13), a project starting in March (vs18).

Judgements: vs02's B101 is marked at the total, though the mistake might be in a part; vs08's
B101 could equally be put on 项目支出, and its B102 on the task lines; vs06's 95% 开放天数 is
a warning (T120), not a rate error; vs10's tier-1 scores add to 100 while the indicator
scores add to 95, so W103 is required at the 效益 tier and W101 only tolerated; vs12's
unfilled 时效指标 is a warning, not a missing required tier; vs16's ``45961`` is a date serial
(2025-10-31) and the lines add up to 180 once read; in vs08 the subtotal and repeated header
rows are not indicators.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout373 import archery, climbing, venues
from tests.variants.holdout373.registry import HOLDOUT373
from tests.variants.kit import Variant

MODULES = (climbing, archery, venues)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT373, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 373rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
