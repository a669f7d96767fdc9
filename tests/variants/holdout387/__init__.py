"""The 387th held-out set: tea-art training and tea-culture promotion (茶艺培训 / 茶文化推广).

18 invented returns, 9 correct and 9 with planted mistakes (23 required marks), written to
measure ``goalbook check`` out of sample. Places, units, people, phone numbers and figures are
invented (渌峰县, 岫川市, 蘅塘区 and their bureaus). Budget year 2025 throughout.

Modules: ``training`` (wg01–wg06, 茶艺培训), ``promotion`` (wg07–wg12, 茶文化推广), ``forms``
(wg13–wg18, both halves of the theme in the forms other offices send).

Layouts
-------
* wg01 project, OLD-NAT, operator and unit columns, percentages typed in Excel, 万元 in the
  number format (correct).
* wg02 the same layout with a typed 105 %, a rate given as a count, money not adding up.
* wg03 department, flat list 指标名称 · 权重 · 计量单位 · 指标性质 (operator) · 指标值, a 合计
  row (correct).
* wg04 department, flat list 指标名称 · 指标值 · 指标性质 (direction) · 计量单位 · 权重.
* wg05 project, NAT-2021, labels ``一、产出指标（40分）`` / ``（一）数量指标`` / ``1.``, an
  indicator points column and a 合计 row (correct).
* wg06 project, NAT-2021, a tier-1 score column beside the indicator score column.
* wg07 three projects stacked in one sheet, OLD-NAT, one value column (correct).
* wg08 two projects stacked, OLD-NAT.
* wg09 three-year project (2025–2027), NAT-2021, 中期 and 年度 money and value columns (correct).
* wg10 two-year project (2025–2026), NAT-2021, 中期 and 年度 value columns.
* wg11 project, OLD-NAT, weight column, an instruction row inside the table, 小计 rows, the header
  repeated after a page break, 合计, 注 / 填表说明, signature lines (correct).
* wg12 project, OLD-NAT, value and 备注 columns, a 注 row between tiers, a stamp line.
* wg13 project head and budget detail lines on 基本信息, the table on a second sheet 绩效指标
  under a two-row header 考核指标 · 目标值（年度） · 评价标准 (correct).
* wg14 project, NAT-2021, value header 预期目标, template rows.
* wg15 project, OLD-NAT, detail lines below the table, PDF/Excel conversion artefacts.
* wg16 department, NAT-2021, budget with a share row, key tasks with 金额合计 (correct).
* wg17 the same department layout with money defects.
* wg18 budget-system export: sheet 项目支出预算表, then 项目支出绩效目标表 with the header on
  the third row, 项目编码 and 项目名称 in the first columns, headers 指标内容 · 指标方向 (operator)
  · 绩效标准 · 计量单位, tiers repeated in every row, typed percentages (correct).

Planted mistakes (return, code, highest accepted severity, place)
-----------------------------------------------------------------
* wg02: B101 error at Sheet1!C5, row (年度资金总额 36 ≠ 财政拨款 30 + 其他资金 4); T106 error
  at Sheet1!E11, row (合格率 typed as 105 %); T105 error at Sheet1!E12, row (取证率 ≥ 120 人).
* wg04: T112 error at Sheet1!B15, row (``≥3000场`` against the unit column 人次); T108 warning
  at Sheet1!B16, row (投诉率, 反向, with ≥); W101 error, book level (weights add to 85).
* wg06: W103 error at Sheet1!B9 (产出指标 declared 40, its indicators 30); F105 error at
  Sheet1!C14 (时效指标 under 效益指标). W101 at book level is tolerated (not required): the
  indicator points add to 90 against the declared 100 as a consequence of the same slip.
* wg08: B101 error at Sheet1!C20, row (second project: 30 ≠ 22 + 6); T105 error at Sheet1!D26
  (茶艺体验课程完成率 ``40节``).
* wg10: D201 error at Sheet1!E11 (annual 24 门 above the two-year 20 门); D202 warning at
  Sheet1!E12 and Sheet1!E13 (cumulative counts copied from 中期 to 年度).
* wg12: T108 warning at Sheet1!D11, row (抽检不合格率 ≥2 %); T108 warning at Sheet1!D14, row
  (cost cap written ``=1.5万元``).
* wg14: F110 error at Sheet1!C11 (a value ``≥30家`` without a name; the message must not quote
  an empty name); F109 warning at Sheet1!B17, row (生态效益指标 left from the template).
* wg15: X104 warning at Sheet1!F4 (计划完成日期 typed as the text ``46022``); X105 warning at
  Sheet1!C20, X103 accepted (``16.245 8``); X106 error at Sheet1!C22, B108 accepted
  (``8.6万8.6万（含茶具采购）``).
* wg17: B101 error at Sheet1!B4, row (基本支出 260 + 项目支出 120 ≠ 资金总额 400); B111 error at
  Sheet1!D5 (其他资金 share 12 % for 40 / 400 = 10 %); B102 error at Sheet1!D10 (tasks
  65 + 40 + 20 = 125 against 金额合计 120).

Legitimate look-alikes in the correct returns
---------------------------------------------
* Typed percent cells read as 90 %, 85 %, 92 % (wg01, wg18, wg03's satisfaction), with ``%``
  also in the unit column; ``= 100%`` on 按计划开班率 (wg01) is the ceiling, not T107.
* Unit cost × count equal to the money: wg01 1500 元 × 320 = 48 万, wg05 1 万 × 60 = 60 万,
  wg13 800 元/课时 × 120 = 9.6 万 (the 讲师课酬 line), wg07 5 万 × 5 = 25 万.
* 下降率 with ≥ (wg03 茶叶质量投诉量下降率 ≥10 %; also in wg12); ``≤0起`` on incident counts
  (wg03, wg07, wg12), not a zero-target.
* Rates raised in 百分点: wg05 ``≥3百分点``, wg16 ``≥3百分点`` (and wg06 ``≥5百分点``).
* Points at two levels: wg05 tier labels carry 40/10/30/20 and the indicator points add to the
  same 100, shown in a 合计 row; wg03's weight 合计 row (100) is not an indicator.
* wg07: 活动参与群众满意度 ≥90 % and ≥85 % in two stacked projects: not a duplicate.
* wg09: rates, the operation period and satisfaction equal in 中期 and 年度; counts lower.
* wg11: instruction row, 小计 / 合计 rows, the repeated header, 注 lines explaining the total and
  the 1800 人次 (36 × 50), 填表说明, signature lines and a fill date in December 2024.
* wg16: shares 88 % + 12 % and 62 % + 38 % of 500; tasks 62 + 78 + 50 = 190 = 项目支出.
* Department fill dates in November/December 2024 (the year before the budget year).

Judgements where a reviewer could hesitate
------------------------------------------
* wg02's money slip is marked at the total (row), not at a part: nothing says which is wrong.
* wg04's ``≥3000场`` is a unit conflict (error); T119 is not offered as an alternative.
* wg06: the misplaced 时效指标 block keeps the 效益 points at 30, so W103 fires only for 产出.
* wg10's goal texts carry no numbers, so no D104 can arise from the copied annual values.
* wg12's ``=1.5万元`` is marked T108 (as the main corpus does for ``=`` on a cost cap).
* wg15's ``46022`` sits in the 计划完成日期 cell; only X104 is asked for.
* wg17's share row is consistent with 400 for 基本支出 and 项目支出 (65 %, 30 %); only the
  其他资金 share is wrong. The 金额合计 120 equals 项目支出, so the B102 is the tasks' sum.
* wg18 repeats tiers in every row as exports do; it is one project, not a stacked sheet.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout387 import forms, promotion, training
from tests.variants.holdout387.registry import HOLDOUT387
from tests.variants.kit import Variant

MODULES = (training, promotion, forms)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT387, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 387th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
