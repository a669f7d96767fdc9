"""The 817th held-out set: 18 invented returns of 澄屿市's 12345 hotline (call handling,
work-order closure, citizen callbacks), nine correct and nine with 2-3 planted mistakes (25
required marks, 20 of them found only by comparing one part of a return with another).

Layouts: project heads (one year, two-year and three-year with 中期 and 年度 columns), department
heads with key tasks and 金额合计, two projects stacked in one sheet, flat lists in two column
orders, a budget-system export (money on sheet 05-1, indicators on sheet 05-2 under 预期实现值
with codes in the first columns), tier-1 and indicator score columns, operator and unit columns,
numbered / starred / pointed tier labels, 注 / 说明 / 填表说明 rows, signature and date lines.

Planted mistakes (return: code, highest accepted severity, place):

* keu02-seat-expansion: B101 error at 年度资金总额 (100 + 10 ≠ 120); D104 warning (row) at
  话务员岗前培训 ≥80人次 against the goal's 120人次; B107 warning (row) at 坐席设备购置单价
  ≤3.5万元/个 × 40个 = 140 > 120.
* keu03-platform-three-years: D204 warning at the 年度目标 cell (copied from 中期目标); D201 error
  at the annual 区级分中心接入数 ≥12个 against the period's ≥10个; D202 warning at the annual
  知识库新增条目 ≥3000条 copied from the period column.
* keu06-stacked-transcription: B101 error at the second project's 年度资金总额 (30 + 10 ≠ 45);
  Y103 warning (alt Y101) at its 年度目标 naming 2024; D102 error (row, alt D103) at
  来电录音转写量 ≥60万通 beside 来电录音转写数量 ≥80万通.
* keu08-department-tasks-short: B102 error at 金额合计 (90 + 40 + 50 ≠ 190); F201 warning (row)
  at 工单按期办结率 under 数量指标.
* keu10-flat-duplicate-date: D101 warning (row, alt D103) at 工单一次性办结率 (same as
  工单一次办结率); Y102 error at the date cell 2025年12月31日 in a 2026 return; W101 error at
  book level (weights 95).
* keu12-export-callback-system: Y101 error (row, alt Y102) at 计划开始日期 2025-01-01 on sheet
  05-1 of a 2026 budget; X104 warning at the text "46295" (a date serial); F201 warning (row) at
  来电市民回拨满意度 under 社会效益指标.
* keu14-callback-points-wrong: W103 error (alt W101) at 产出指标's score 50 (indicators 45);
  D104 warning (row) at 工单回访率 ≥20% against the goal's 30%; T108 warning (row) at
  市民重复来电率 ≥3%.
* keu16-redo-two-years-wrong: D104 warning (row) at the period's 累计回访市民 ≥8万人次 against the
  中期目标's 10万人次; D203 warning (alt T108) at the annual 重办响应时限 ≥2个工作日 (period ≤);
  Y102 error at the annual 重办工单清零时间 2028年3月31日前 (project 2026-2027).
* keu17-survey-template-rows: F110 error at the empty name cell of a 时效 value 11月30日前;
  F109 warning (row) at 生态效益指标 left without an indicator.

Legitimate look-alikes in the correct returns: percent cells with an operator column (keu01,
keu09, keu11, keu18); 下降率 with ≥ (keu01, keu09, keu15); =100% on a rate (keu02, keu04,
keu18); 0起 on an incident count (keu18); ≥5百分点 / ≥2百分点 (keu04, keu13); tier points and
indicator points both adding to 100 (keu04, keu13); a goal's total with its parts in brackets
beside three counts (keu07, keu18); 为2028年… in the 中期目标 of a 2026-2027 project (keu04,
keu15); period counts above the year's, rates and unit costs equal in both columns (keu04,
keu15); unit cost × count equal to the money (keu05, keu07, keu18: 60 × 8 = 480, 48万 × 10元 =
480万, 8万 × 20元 = 160万); the same satisfaction indicator with different values in two stacked
projects (keu05); a 注 row and a repeated header inside the export table (keu11); a footnote on
what 金额合计 covers (keu18); fill and signature dates in 2025 (the year before the budget).

Judgements: the goal's 120人次 against ≥80人次 (keu02) and 10万 against ≥8万 (keu16) are
warnings, the goal text may count differently; the 2024 goal in keu06 is a leftover (Y103
warning, Y101 accepted); identical rows differing by 性 (keu10) are D101 or D103, values equal
so no D102; the 05-1 plan dates in keu12 are one problem per row (start and end both 2025), so
one row mark; X104's serial in keu12 reads 2026-09-30, inside the year, so no Y102 there; W103
in keu14 also makes the indicator points total 95, hence W101 accepted; a tier-2 in a
three-year project with a period deadline in 2028 (keu03) is within its period.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout817 import callbacks, calls, orders
from tests.variants.holdout817.registry import HOLDOUT817
from tests.variants.kit import Variant

MODULES = (calls, orders, callbacks)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT817, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 817th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
