"""The 476th held-out set: cloisonné (景泰蓝) workshops and apprentice subsidies.

18 invented returns (9 correct, 9 with planted mistakes, 23 required marks), budget year 2026,
invented places 滨沅县, 铜泉市, 澄砂区. ``workshops`` holds the workshop projects (zr01–zr06),
``apprentices`` the apprentice-subsidy projects and lists (zr07–zr12), ``offices`` department
returns, budget-system exports and returns with operators in words (zr13–zr18).

Layouts: project heads with 万元 only in the number format; numbered tier labels with points
(zr01), operator and unit columns with typed percent cells (zr01, zr02); two projects stacked
in one sheet (zr03, zr04); tier-1 score column beside indicator scores with a 合计 row (zr05,
zr06); three-year projects with 中期 and 年度 columns (zr07, zr08); flat department lists in
two column orders (zr09, zr10); *, ★ and abbreviated labels under 指标内容 / 绩效标准 (zr11);
预期目标 header with a template row and a nameless value (zr12); department heads with shares
and tasks (zr13, zr14); budget-system exports, indicators on sheet 05-2 with codes in the first
columns and the header on row 3, repeated after a page break (zr15), header 预期实现值 (zr16);
operators in words in a 比较方式 column with note rows inside and under the table (zr17, zr18).

Planted mistakes (return: code, highest accepted severity, place):

* zr02: T106 error Sheet1!E10 (成品抛光合格率 ≥102%); T108 warning Sheet1!D13 row (单件铜胎成本
  with ≥).
* zr04: B101 error Sheet1!C19 (second project 52 ≠ 40 + 8); T105 error Sheet1!D25
  (掐丝工序合格率 ≥300件).
* zr06: X104 warning Sheet1!F4 (计划完成日期 “46022” as text); W103 error Sheet1!B9 (产出 50,
  indicators 45); W103 error Sheet1!B13 (效益 30, indicators 35). Both levels still total 100.
* zr08: D204 warning Sheet1!D9 (年度目标 = 中期目标); D202 warning Sheet1!E11 and Sheet1!E12
  (资助学徒人数, 示范传习工位 copied into the year).
* zr10: T112 error Sheet1!B9 (1800元 against unit column 人); T108 warning Sheet1!B10 row
  (反向 流失率 with ≥); W101 error book level (weights 95).
* zr12: F105 error Sheet1!B11 (社会效益指标 under 产出指标); F109 warning Sheet1!B15 row
  (生态效益指标 left empty); F110 error Sheet1!C17 (a ≥85% without a name).
* zr14: B101 error Sheet1!B4 (380 + 240 ≠ 600); B102 error Sheet1!D9 (tasks add to 230, not
  240).
* zr16: T105 error 部门项目支出绩效目标05-2!F5 (通过率 ≥35人); T113 warning
  部门项目支出绩效目标05-2!F6 (补贴发放时限 100%).
* zr18: T108 warning Sheet1!D9 row (正向 count with 小于等于); F202 warning Sheet1!C13
  (预算执行率 under 成本指标); T107 warning Sheet1!D15 row (学徒满意度 等于 95).

Legitimate look-alikes in the correct returns: typed percent cells (zr01, zr09, shares in
zr13); 釉料损耗下降率 ≥10% and 学徒中途流失下降率 大于等于 10 (a 下降率 is 正向); 0 次 / 0 起 on
incident counts (zr01, zr09, zr17); =100% on rates (zr03, zr07, zr13); ≥3百分点 and ≥5百分点
rate raises (zr05, zr11); tier points and indicator points both adding to 100 with a 合计 row
(zr05); the same 项目验收合格率 with different values in two stacked projects (zr03); unit
cost × count equal to the money (zr03 3 × 15 = 45, zr11 16 × 3 = 48, zr13 50 × 1500 × 12 =
90, zr15 40 × 1500 × 12 = 72); rates and caps equal in 中期 and 年度 (zr07); fill and signature
dates in 2025; note, 说明, 填表说明, stamp and repeated header rows (zr05, zr13, zr15, zr17).

Judgements: a date serial typed as text is marked X104 only, as a warning (the date itself is
plausible). A satisfaction written 等于 95 in a word-operator column is T107 (warning), marked on
the row because the operator and the value sit in separate cells. 预算执行率 under 成本指标 is
F202 (warning), not an impossibility. In zr06 both W103 are errors: the declared tier score and
its indicators cannot both hold. In zr04 and zr14 the B101 mark sits at the total, the cell a
reviewer would query. 人均以工代训补贴 1800元 in zr10 has a 元 unit against 人: T112 only.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout476 import apprentices, offices, workshops
from tests.variants.holdout476.registry import HOLDOUT476
from tests.variants.kit import Variant

MODULES = (workshops, apprentices, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT476, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 476th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
