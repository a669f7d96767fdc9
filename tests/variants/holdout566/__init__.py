"""The 566th held-out set: chili pepper and garlic (辣椒、大蒜) processing cooperatives.

18 invented returns, 9 correct and 9 with planted mistakes (23 required marks), written with
``kit.py`` and ``heads.py`` unchanged. Places, units, people and figures are invented (朱岗县,
赭川县, 蒜岭县; phone numbers 0000-…); budget year 2025, fill dates in 2024.

Modules: ``peppers`` (dd01–dd06, chili), ``garlic`` (dd07–dd12, garlic), ``cooperatives``
(dd13–dd18, federations and service centres handling both crops).

Layouts: project heads with one-year money rows (万元 in the number format) or 中期/年度 money
rows; department heads with budget, share row and key tasks; an operator column 指标性质 (≥ ≤ =
or 大于等于 / 小于等于 / 等于) with a unit column; values inline under 指标值, 绩效标准 (with
指标内容), 预期目标, 年度指标值 or 中期/年度 columns; tier-1 and tier-2 merged down; a tier-1
score column next to an indicator score column; numbered labels with points (一、产出指标（50分）,
1.数量指标); labels with * and abbreviations (数量, 社会效益) and ★ core indicators; a two-row
header repeated after a page break; three and two projects stacked in one sheet; flat lists in
two column orders; a budget-system export (sheets 部门项目支出预算05-1 / 部门项目支出绩效目标05-2,
codes in the first columns, header on the third row); notes, 填表说明 and signature lines.

Planted mistakes (return: code, highest accepted severity, place):

* dd02-chili-percent-wrong: B105 ≤error at the 其他资金 cell (200,000.00元 in a 万元 block;
  B101 on the file tolerated, not required); T106 ≤error at the 辣椒酱出厂合格率 value (typed
  105%); T108 ≤warning, row, 黄曲霉毒素超标率 with ≥.
* dd04-chili-three-years: D204 ≤warning at the 年度目标 cell (copied from the 中期目标 of a
  three-year project); D202 ≤warning at the annual 新建标准化厂房面积 (≥2000平方米 both
  columns); D201 ≤error at the annual 培训椒农 (≥800人次 against ≥600人次 for three years).
* dd06-chili-tier-points-wrong: W103 ≤error at 一、产出指标（50分） (indicators add to 45);
  W103 ≤error at 二、效益指标（30分） (add to 35); F105 ≤error at 2.可持续影响指标 placed under
  满意度指标.
* dd08-garlic-stacked-wrong: B101 ≤error, row, second project's 年度资金总额 50 ≠ 30 + 15;
  T105 ≤error at 黑蒜产品抽检合格率 ``≥400吨``.
* dd10-garlic-flat-defects: T112 ≤error at 蒜米加工量 ``≥450吨`` with 万元 in the unit column;
  T108 ≤warning, row, 社员投诉率 declared 反向 with ≥2%; W101 ≤error on the file (weights 95).
* dd11-garlic-template-rows: F110 ≤error at the empty name cell of a row valued ``≥1条``;
  F109 ≤warning, row, 社会成本指标 left from the template.
* dd14-coop-department-money-wrong: B101 ≤error, row, 资金总额 500 ≠ 基本支出 210 + 项目支出
  280; B102 ≤error, row, 金额合计 280 ≠ 120 + 100 + 50.
* dd16-coop-artefacts: X104 ≤warning (alt Y106) at 计划完成日期 typed as the text ``46022``;
  X103 ≤warning (alt B108) at 年度资金总额 ``1,260,000.00`` stored as text; X101 ≤error at
  ``≥XX%``.
* dd17-coop-operator-words: T108 ≤warning, row, 鲜椒分拣破损率 大于等于 3%; T108 ≤warning,
  row, 每吨分拣配送成本 等于 120元/吨 (a cost cap with 等于).

Legitimate look-alikes in the correct returns: typed percent cells with % also in the unit
column and ``=`` pct(1) on a 抽检合格率 at the ceiling, ≤ on a 霉变率 (dd01); ``≥8%`` on a
损耗下降率 and ``=0起`` on 食品安全事故 (dd03, and 大于等于 / 等于 0起 in the wrong dd17);
``≥5百分点`` on a proportion raised, 100 points at the tier level and 100 at the indicator level,
a 合计 row (dd05); 大蒜加工量 and 社员满意度 with different values in different stacked projects,
其他资金 0, cost standard × count equal to the budget (6 × 5 = 30, dd07); a flat list without
tiers, bare numbers with % in the unit column, weights 100 (dd09); an instruction row between
tiers, a footnote restating the total 65 = 50 + 15, 填表说明, a signature line dated 2024-12-05
(dd12); shares 90.48% + 9.52% and 42.86% + 57.14% typed as percents, 金额合计 = 项目支出
(dd13); a 下降率 with ≥ and ``=0批`` (dd14); the export's codes and header on row 3 (dd15);
``*`` / ★ labels, abbreviated tier-2s, ``=100`` with % in the unit column and the repeated
header row (dd18).

Judgements where a reviewer could hesitate:

* dd02: the 元 cell makes 100 + 200000 ≠ 120, so B101 may follow; only B105 is asked for.
* dd04: a cost standard ≤1200元/平方米 × 2000平方米 = 240万 stays within the 300万 annual money
  even with the copied area, so no B107; 户均增收 ≥3000元 (3 years) against ≥1000元 (a year)
  is a cumulative figure correctly split; rates equal in both columns are fine.
* dd06: the misplaced 可持续影响指标 is an error (a structure that cannot be) and its points
  are counted in the 满意度 block, which therefore adds up (20).
* dd08, dd14: B101 marks are row marks, since a reviewer cannot tell which part is wrong.
* dd10: the unit conflict is an error (domain §4.2 rule 2); no rate problem is marked.
* dd16: money is in 元 throughout the block (label 项目资金（元）), so no mixed units; the text
  serial 46022 is 2025-12-31, inside the year once read.
* dd17: 配送订单响应时间 小于等于 24小时 is a 反向 response time with ≤ (correct).
* 带动社员户均增收 targets in 元 (or 元/户) are outcome figures, not cost caps.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout566 import cooperatives, garlic, peppers
from tests.variants.holdout566.registry import HOLDOUT566
from tests.variants.kit import Variant

MODULES = (peppers, garlic, cooperatives)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT566, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 566th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
