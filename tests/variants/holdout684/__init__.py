"""The 684th held-out set: 18 invented returns on 牛蒡 and 黄秋葵 (burdock, okra) export
vegetables, a grading and freezing plant and contract farming (沅垄县, 棠浦县; all invented).

Layouts: project heads with money blocks (one-year, two-year and three-year with 中期 and 年度
columns), department heads with budget and task blocks, numbered / pointed / abbreviated tier
labels (``一、产出指标（50分）``, ``（一）数量指标``, ``*产出``), headers 指标内容 · 绩效标准,
考核指标 · 目标值（年度）, 预期实现值, 绩效目标值, operators in their own column (symbols or
words), unit columns, a flat department list, two stacked projects, a table on a second sheet, a
budget-system export with codes in the first columns, a repeated header, notes, signatures.

Planted mistakes (code, highest accepted severity, place):

* hr02: D104 warning Sheet1!D9 row (goal 4500亩, indicator ≥5400亩); Y102 error Sheet1!D12 row
  alt D104 (deadline 2026-01-31 in a one-year 2025 project).
* hr03: D204 warning Sheet1!D9 (年度目标 = 中期目标); D201 error Sheet1!E13 (3条 in a year,
  2条 over three years); D202 warning Sheet1!E14 (cumulative 1500户 copied).
* hr05: B101 error Sheet1!C21 (second project 50 ≠ 35 + 10); D103 warning Sheet1!C26 row alt
  D101, D102 (贴息户数 / 贴息农户数).
* hr08: F201 warning at Sheet1!C11, C13, C17 rows (库容 under 质量, 合格率 under 时效,
  客商满意度 under 社会).
* hr09: Y103 warning Sheet1!B7 alt Y101 (2024 in a 2025 goal); B107 warning Sheet1!D13 row
  (1000元/亩 × 1800亩 = 180 > 150); B102 error Sheet1!D22 alt B101 (lines add to 135, 合计 150).
* hr11: B101 error Sheet1!B4 row (150 + 310 ≠ 480); B102 error Sheet1!D9 (tasks 320, 合计 310);
  D104 warning Sheet1!D12 row (goal 1200户, indicator ≥2100户).
* hr14: Y104 error Sheet1!F4 row alt Y102, Y101 (end 2024-12-31 before start 2025-01-01); Y102
  error Sheet1!D12 row alt Y103 (完工 2024年10月31日前); D102 error Sheet1!C15 row alt D101,
  D103 (库温达标率 ≥98% under 质量 and ≥95% under 生态效益).
* hr16: B107 warning Sheet1!D9 row (2800元/吨 × 1500吨 = 420 > 300); X101 error Sheet1!D11
  row (template example row ``（示例）培训农户人次 ≥**人次``); F109 warning Sheet1!B13 row.
* hr18: B103 error Sheet1!E5 (年度 1300 > 中期 1200); D201 error Sheet1!E12 (2处 / 1处); D101
  warning Sheet1!C17 row alt D102, D103 (冷链温控达标率 under 质量 and 可持续影响).

Look-alikes in the correct returns: hr01 goal 3200亩 with its part 800亩 in brackets, =100% on a
合格率, typed percent cells, 300元/亩 × 3200亩 = 96 ≤ 150; hr04 tier points and indicator
scores both 100, 百分点 rates, 为2027年… in a 2025–2026 project, a 发生率下降幅度 with ≥, unit
costs equal in both columns; hr06 flat list, 0起, % in the unit column with bare numbers; hr07
word operators, a 发生率 with 小于等于, a note row between tiers, a fill date in 2024; hr10 a
percent-typed 100% without operator, ≥2百分点, 2座×300吨 = 600吨; hr12 =0起, header on row 3;
hr13 下降率 with ≥, a repeated header, 2 × 150 = 300 ≤ 350; hr15 period counts beside smaller
annual counts, a deadline in the project's second year, detail lines adding to 360; hr17 a
note explaining that 金额合计 is 项目支出, a goal count with its part in brackets.

Judgements: a date outside a one-year project and an end before the start are errors (cannot
be); text–indicator conflicts, cost × count above the money and wrong tier-2 are warnings; a
conflicting duplicate is an error; the duplicate in hr05's second project is only a near one.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout684 import burdock, okra, plant
from tests.variants.holdout684.registry import HOLDOUT684
from tests.variants.kit import Variant

MODULES = (burdock, okra, plant)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT684, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 684th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
