"""The 320th held-out set: overseas Chinese affairs (侨务), 18 invented returns of the 榕汀市
侨务办公室, 归国华侨联合会, 侨商服务中心 and their centres, budget year 2025.

Theme, in two halves: 归侨侨眷帮扶 and 华文教育支持 (``kinfolk``: tr01–tr06, and tr16), then
海外侨胞寻根服务, 侨资企业服务 and 侨务宣传 (``roots``: tr07–tr12; ``publicity``: tr13–tr18).
Nine returns are correct, nine carry 2–3 planted mistakes (22 required marks).

Layouts: project heads (one-year money blocks, a three-year and a two-year 中期/年度 block) and
department heads (budget with typed shares, tasks with 金额合计); tier-1 and tier-2 merged down;
numbered labels with points (tr01), * marks, abbreviations and ★ core indicators (tr12); header
words 指标内容 / 绩效标准 (tr13), 预期目标 (tr11); operator columns headed 指标方向 (tr02,
tr07) or 比较符 (tr16, tr18), 指标性质 as operator in a flat list (tr06); unit columns
(计量单位, 度量单位); two stacked projects (tr04, tr17); a flat department list (tr06); 中期 and
年度 value columns (tr05) and two complete column sets under a two-row header (tr10); a note
row, an instruction row and a header repeated after a page break inside tables, 注 / 说明 /
填表说明 and signature lines under them (tr03, tr12, tr13); a budget-system export with codes in
the first columns, the header on the third row and the indicators on a second sheet (tr07);
tier-1 points in a score column merged down (tr15); budget detail lines below a table (tr14).

Planted mistakes (return, code, highest accepted severity, place):

* tr02-huawen-operator: T106 error at Sheet1!E11 (结业合格率 typed 105%); T108 warning, row,
  at Sheet1!D12 (流失率, a 反向 rate, with ≥).
* tr04-huawen-stacked: T105 error at Sheet1!D11 (教材配送到位率 12000册); B101 error, row, at
  Sheet1!C21 (the second project's 年度资金总额 60 ≠ 50 + 8).
* tr05-yanglao-multiyear: D204 warning at Sheet1!D9 (年度目标 = 中期目标); D201 error at
  Sheet1!E11 (走访慰问 annual 3600 > period 3000); D202 warning at Sheet1!E12 (健康档案 900
  copied).
* tr08-xungen-direction: T108 warning, row, at Sheet1!D12 (投诉率 ≥1%); T105 error at
  Sheet1!D13 (答复及时率 ≤15个工作日); T108 warning, row, at Sheet1!D14 (人均接待成本 =380元/人).
* tr09-qishang-department: B111 error at Sheet1!F5 (项目支出 share 42.50%, should be 40.63%);
  B102 error at Sheet1!D10 (金额合计 260, tasks 90 + 100 + 50 = 240).
* tr11-xungen-template: F110 error at Sheet1!C11 (a value under a name cell holding U+3000);
  F109 warning, row, at Sheet1!B14 (社会成本指标 left from the template).
* tr14-qiaoxiang-artefacts: X104 warning at Sheet1!F4 (计划完成日期 the text 46022 =
  2025-12-31); X105 warning at Sheet1!C5, X103 accepted (年度资金总额 38.5 6); X106 error at
  Sheet1!B18, B108 accepted (15.2万15.2万).
* tr15-waixuan-points: W103 error at Sheet1!B9 (产出 50, indicators 45) and at Sheet1!B14
  (效益 30, indicators 35).
* tr18-qizi-money-units: B105 error at Sheet1!C6 (其他资金 30,000.00元 in a 万元 block); T115
  error at Sheet1!E13 (单场对接活动成本 ≤0万元/场); B107 warning, row, at Sheet1!E14 (12元 ×
  50000册 = 60万元 > 45万元; tolerated up to warning at the count cell E10 too); B101 at book
  level tolerated (it may follow from the 元 cell).

Legitimate look-alikes in the correct returns: tier points in the tier labels, indicator points
adding to 100 and a 合计 row of 100 (tr01); 100% typed without an operator and ``= 100%`` at the
ceiling (tr01, tr16); typed percent cells (tr01, tr03, tr06, tr16); 侨界信访积案下降率 ≥10%
and 群体性事件发生数 =0起 (tr03), 安全事故发生数 = 0 起 (tr06, tr17); 金额合计 equal to 项目支出,
not 资金总额, with project tasks only (tr03); shares rounded to 0.01% adding to 100%; a rate
raised ≥3百分点 / ≥2百分点 (tr16; tr15 too, beside its planted marks); 差错率 ≤1‰ (tr13);
rates as bare numbers with % in the unit column and a 0 其他资金 (tr07); word operators
不少于 / 不低于 / 不超过 / 以内 (tr12); the same indicator names with different values in two
stacked projects (tr17); 签约金额 and 新增产值 in 亿元 / 万元 as outcomes, not project money
(tr10, tr12); fill and signature dates in 2024; every unit cost × count within its money.

Judgements: the 05-1 money sheet and the 05-2 indicator sheet of tr07 are one return of two
projects, not stacked tables without heads; in tr05 rates, times and unit costs equal in both
columns are fine and only cumulative counts are marked; the instruction row and the repeated
header in tr13 split one 产出 block and are not indicators; 投诉率 under 质量指标 (tr08) is not a
placement mistake; a 及时率 given in working days (tr08) is a rate given as something else
(T105), not a time given as a percent; in tr18 the B107 finding may land at the price or the
count, and B101 from reading 30000 as 万元 is the consequence of B105, not a second mistake.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout320 import kinfolk, publicity, roots
from tests.variants.holdout320.registry import HOLDOUT320
from tests.variants.kit import Variant

MODULES = (kinfolk, roots, publicity)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT320, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 320th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
