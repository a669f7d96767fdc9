"""The 303rd held-out set: parks, greening and old trees (园林绿化: 公园养护, 古树名木保护,
绿道建设, 行道树修剪, 立体绿化), 18 invented returns (ta01–ta18), 9 correct and 9 with planted
mistakes, to measure ``goalbook check`` out of sample. Places (枫泽县, 苇汀区, 云枥市, 鹭栖市),
units, people, phone numbers and figures are invented. Budget year 2026.

Layouts
-------
* ``parks`` (公园养护, 立体绿化): ta01/ta02 project forms with 指标性质 as operator column, a unit
  column and percent cells typed in Excel; ta03/ta04 department forms (budget with shares, key
  tasks with 金额合计); ta05/ta06 flat lists (ta05: 指标名称 · 权重 · 计量单位 · 指标性质 as
  operator · 指标值 with a 合计 row; ta06: 指标名称 · 指标值 · 指标性质 as direction · 计量单位 ·
  权重 with the total in the header).
* ``trees`` (古树名木保护, 行道树修剪): ta07 numbered labels with points; ta08 labels marked * and ★
  and abbreviated under headers 指标内容 / 绩效标准; ta09 numbered labels with a 注 row between
  tiers; ta10/ta11 three-year projects with 中期 and 年度 columns; ta12 tier-1 score column and
  indicator score column.
* ``greenways`` (绿道建设, 公园提升): ta13/ta14 two projects stacked in one sheet; ta15 head on a
  first sheet, indicators on a second under 预期实现值 with the header repeated after a page
  break; ta16 a budget-system export (05-1 budget sheet, 05-2 indicator sheet, codes in the first
  columns, header on row 3); ta17 operator and unit columns with detail lines below; ta18 a
  tier-1 score column against indicator scores.

Planted mistakes (return, code, highest accepted severity, place)
-----------------------------------------------------------------
* ta02: T106 ≤error at Sheet1!E11 (补植苗木成活率 typed 105%); T108 ≤warning (row) at Sheet1!D14
  (游园安全事故发生率 with ≥).
* ta04: B101 ≤error (row) at 部门整体!B4 (基本 330 + 项目 650 = 980 ≠ 资金总额 960); B102 ≤error at
  部门整体!D9 (tasks 630 ≠ 金额合计 650); F110 ≤error at 部门整体!C16 (a value with no name).
* ta06: T112 ≤error at Sheet1!B8 (≥14栋, unit column 平方米); T108 ≤warning (row) at Sheet1!B10
  (屋面渗漏发生率 ≥2%, declared 反向); W101 ≤error at book level (weights 95, header says 100).
* ta09: T105 ≤error at Sheet1!D11 (修剪作业合格率 ≥8000株); F105 ≤error at Sheet1!B12
  (社会效益指标 under 产出指标).
* ta11: D204 ≤warning at Sheet1!D9 (年度目标 = 中期目标); D202 ≤warning at Sheet1!E12 and
  Sheet1!E13 (cumulative counts copied from the 中期 column of a three-year project).
* ta14: X104 ≤warning at Sheet1!F21 (the second project's 计划完成日期, text 46356); B101 ≤error at
  Sheet1!C22 (its 年度资金总额 40 ≠ 30 + 6); T105 ≤error at Sheet1!D29 (驿站设施完好率 12座).
* ta16: Y102 ≤error at 部门项目支出绩效目标05-2!F7 (2027年6月30日前 in a one-year 2026 project, per
  05-1); F109 ≤warning (row) at 部门项目支出绩效目标05-2!D9 (the empty 经济效益指标 row).
* ta17: T115 ≤error at Sheet1!E13 (每平方米改造成本 0 万元/平方米); X105 ≤warning alt X103 at
  Sheet1!C20 (园路铺装 36.4 2); X106 ≤error alt B108 at Sheet1!C21 (18万18万(含苗木运输)).
* ta18: W103 ≤error at Sheet1!B9 (成本指标 10, indicators 15) and Sheet1!B11 (产出指标 50,
  indicators 45); T108 ≤warning (row) at Sheet1!E9 (=380元/平方米, a cost cap with =).

Legitimate look-alikes in the correct returns
---------------------------------------------
* ta01: percent cells (``pct``) with % also in the unit column; 病虫害发生率 ≤5%; =100% on a
  台账完整率; cost 4.2万元/公顷 × 42.6公顷 = 178.92 ≤ 186.5.
* ta03: shares in 0.00% adding to 100 % both ways; 古树名木保存率 typed 100%; ≥0.5百分点 on a
  coverage rise; a 注 explaining how a rate is computed; 4.5 × 93 = 418.5 ≤ the task's 420.
* ta05: 绿化设施安全事故 ≤0起; a 合计 row of the weights (100); ℃ as a unit; 12000 × 320元 =
  384万 ≤ 项目支出 420, explained in a 说明 row.
* ta07: 衰弱古树比例下降率 ≥10% (a 下降率 written positive with ≥); ≤0起 under 生态环境成本指标;
  tier points in the labels adding to 100.
* ta08: * and ★ marks, abbreviated tiers (产出, 数量, 成本 under 产出), 指标内容 / 绩效标准.
* ta10: annual counts below period counts, rates and unit costs equal in both columns,
  ≥6百分点 / ≥2百分点, 每年4月30日前 as a period value.
* ta12: tier points and indicator points each adding to 100, with a 合计 row and a 注 saying they
  are not added together; ≥3百分点 and ≥5百分点; 化学农药使用量下降率 ≥20%; 45元 × 12000株 =
  54万 ≤ 58.
* ta13: the same names (绿道路面完好率, 沿线游客满意度) with different values in two stacked
  projects; satisfaction ≥88% in the second.
* ta15: a repeated header row, a 说明 row restating the cost arithmetic, 填表说明, a signature
  dated 2025-12-05 (before the budget year, as fill dates are).

Judgements
----------
* ta04: which of 资金总额 / 基本支出 / 项目支出 is wrong cannot be told, so B101 is a row mark on
  the budget row; the 金额合计 equals 项目支出, so B102 is at the 金额合计 (tasks 630).
* ta06: a flat list has no tiers: no tier finding is expected. The header 权重（合计100）
  states the total, so 95 is an error, not the 90 of a separately scored 预算执行率.
* ta09: the 注 row inside the table is not an indicator; the 社会效益 row's name and value are
  sound, only its parent is wrong.
* ta14: the serial 46356 is 2026-11-30, inside the year; only X104 is asked for at it.
* ta16: Y102 is marked error because the 05-1 sheet fixes the project to 2026; the other value
  cells carry the unit in 度量单位 (``≥90`` with ``%``), which is fine.
* ta17: ``=`` with 100% on 竣工验收合格率 is the ceiling; 18万18万 read as 18 makes the lines add
  up (48 + 36.42 + 18 + 23.58 = 126), so no B102 is expected.
* ta18: 产出 45 and 成本 15 offset, so the indicator scores still add to 100 and no W101 is
  asked for; the two W103 marks are the required ones.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout303 import greenways, parks, trees
from tests.variants.holdout303.registry import HOLDOUT303
from tests.variants.kit import Variant

MODULES = (parks, trees, greenways)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT303, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 303rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
