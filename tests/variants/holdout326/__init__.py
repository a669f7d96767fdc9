"""The 326th held-out set: 18 invented returns on pig slaughter supervision and meat inspection
(生猪定点屠宰监管, 肉品品质检验, 屠宰环节病害猪处理, 屠宰企业标准化创建, 肉品追溯), with a careful
reviewer's marks, to measure ``goalbook check`` out of sample. Places, units, people, phone
numbers and figures are invented; budget year 2025 throughout.

Modules: ``supervision`` (tx01–tx06: slaughter supervision, diseased pigs), ``inspection``
(tx07–tx12: meat quality inspection, standardisation), ``tracing`` (tx13–tx18: traceability and
standardisation, mostly department returns and a system export).

Layouts: project heads with one-year money blocks (tx01–tx03, tx06–tx11, tx16), three- and
two-year heads with 中期 and 年度 money and value columns (tx05, tx12, the latter with 中央补助 +
地方资金), department heads with tasks and 金额合计 (tx04, tx13–tx15, tx18), a row of typed
shares (tx13, tx14); operator and unit columns (tx01), operators inline (most), two stacked
projects (tx03), flat lists with 指标性质 as operator in words (tx04) or as direction (tx18),
points at two levels with numbered labels (tx07, tx08), headers 指标内容 / 绩效标准 (tx06),
考核指标 / 目标值（年度） / 评价标准 with abbreviated tier labels (tx10), 预期实现值 on a second
sheet (tx09), 预期目标 (tx16), labels marked * and ★ with （一） numbering (tx12), a column-number
row, subtotals, a header repeated after a page break and a total (tx15), a budget-system export
with codes in the first columns and the header on the third row (tx17), budget detail lines
below the table (tx11), 注 / 说明 / 填表说明 and signature lines.

Planted mistakes (return: code, highest accepted severity, place):

* tx02-disease-direction: T108 ≤warning Sheet1!D9 (row), 病害猪无害化处理补助标准 ``=80元/头``
  (= on a cost cap); T108 ≤warning Sheet1!D14 (row), 病害猪宰前检出漏检率 ``≥0.5%`` (≥ on a
  反向 rate); T105 ≤error Sheet1!D15 alt T116, 病害猪收集转运及时率 ``24小时``.
* tx03-stacked-two: B101 ≤error Sheet1!C20, the second project's 年度资金总额 65 ≠ 50 + 10;
  T105 ≤error Sheet1!D26, 病害猪无害化处理场运行合格率 ``2家``.
* tx05-multi-year: D201 ≤error Sheet1!E11, 联网屠宰企业数量 annual ≥30家 above period ≥24家;
  D202 ≤warning Sheet1!E13, 监管人员培训人次 ≥300人次 copied into the annual column.
* tx08-points-mismatch: W103 ≤error Sheet1!B9 alt W101, 产出指标 declared 50, its indicators
  give 45; T107 ≤warning Sheet1!E16, 参与创建屠宰企业满意度 ``=95%``.
* tx09-second-sheet: T105 ≤error 绩效指标!D4, 瘦肉精抽检覆盖率 ``600头``; T113 ≤warning
  绩效指标!D6, 检测报告出具时限 ``100%``.
* tx11-pdf-artefacts: X104 ≤warning Sheet1!F4, 计划完成日期 ``46022`` as text; X105
  ≤warning Sheet1!C17 alt X103, ``12.5 6``; X106 ≤error Sheet1!C18 alt B108, ``8万8万``.
* tx14-department-money-wrong: B101 ≤error Sheet1!B4, 资金总额 380 ≠ 基本支出 130 + 项目支出
  240; B111 ≤error Sheet1!D5, 其他资金 share 15 % for 30 ÷ 380 = 7.9 %; B102 ≤error
  Sheet1!D10 alt B101, tasks 100 + 80 + 50 = 230 ≠ 金额合计 240.
* tx16-template-empty: F110 ≤error Sheet1!C12, a value ``≥95%`` without a name under 质量指标;
  F109 ≤warning Sheet1!B16 (row), 生态效益指标 left from the template.
* tx18-flat-defects: T112 ≤error Sheet1!B8, ``12万元`` with unit column 家; T108 ≤warning
  Sheet1!B11 (row), 肉品追溯信息差错率 反向 with ``≥1``; W101 ≤error book level, weights 95.

Legitimate look-alikes in the correct returns: ``=100%`` (operator =, typed 100 %) on
屠宰检疫覆盖率 and 病害猪无害化处理率 (tx01, tx04, tx06, tx12), ``≤0起`` / ``≤ 0 起`` on
incident counts (tx01, tx04, tx10, tx15), 下降率 with ≥ (tx01 typed 10 %, tx04 typed 8 %),
``≥2百分点`` on a rate raised over the year before (tx07), tier points and indicator points both
adding to 100 (tx07), a 合计 row of weights (tx04, tx15), 注 / 说明 / 填表说明 rows, subtotal,
column-number and repeated header rows that are not indicators (tx06, tx15), a fill date in
November 2024 (tx06 and every department head), rates and unit costs equal in 中期 and 年度
while counts differ (tx12), a cost cap equal to its task's money (tx13 运维费 120 万元),
abbreviated labels 产出 / 数量 / 经济成本 (tx10), ★ on indicator names (tx12), 其他资金 0
(tx10, tx11), the same codes and project name repeated on every exported row (tx17).

Judgements where a reviewer could hesitate:

* tx02 ``=80元/头`` is read as a cost cap written with = (T108 per domain.md §4.2 rule 7), a
  warning; ``24小时`` on a 及时率 is an impossibility for a rate (T105 error, T116 accepted).
* tx05: D202 at the one copied annual cell only; the rates, time limit and unit cost equal in
  both columns are fine. 150 点位 × 0.5 万元 = 75 ≤ 120 annual, 360 × 0.5 = 180 ≤ 300.
* tx08: the indicator scores total 95, so W101 is accepted for the same defect as W103.
* tx11: ``12.5 6`` is read as 12.56 and ``8万8万`` as 8, and the detail lines then add up to 30;
  ``46022`` is 2025-12-31 and is marked only as a serial (X104), not as a date outside the year.
* tx14: with 资金总额 wrong, the 基本 / 项目 shares are left empty; 财政拨款 92 % matches
  350 ÷ 380. 金额合计 240 equals 项目支出, so the fault is the task lines (B102, B101 accepted).
* tx18: ``12万元`` under unit 家 is a unit conflict (T112), not a rate question; bare numbers
  with % in the unit column are percentages.
* Cost standards × counts stay within their money: tx01 14 × 2500 × 12 + 3000 × 80 = 66 万 ≤ 86,
  tx02 6000 × 80 = 48 万 ≤ 52, tx03 5000 × 80 = 40 万 ≤ 60, tx07 1500 × 300 = 45 万 ≤ 64,
  tx12 3000 × 280 = 84 万 ≤ 160 and 1600 × 280 = 44.8 万 ≤ 90, tx15 3 × 20 = 60 ≤ 70.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout326 import inspection, supervision, tracing
from tests.variants.holdout326.registry import HOLDOUT326
from tests.variants.kit import Variant

MODULES = (supervision, inspection, tracing)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT326, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 326th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
