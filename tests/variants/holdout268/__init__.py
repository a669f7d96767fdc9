"""268th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
prisons, drug rehabilitation, legal aid and community correction (监狱改造, 戒毒康复, 法律援助,
社区矫正): department flat lists with weights and direction columns, 中期 and 年度 targets,
indicator tables that start after a long money block or on a second sheet, footnotes and
instructions inside the table (variant items 3, 7, 8; also 1, 4, 5, 10, 11, 12). 9 of the 18
returns are correct; the other 9 carry 2–3 planted mistakes a careful reviewer marks (20 in
all):

* weights of a flat list adding to 95 (rr02, W101, error, on the file);
* one indicator of a flat list without a weight while the others add to 100 (rr06, W102,
  warning, at the empty weight cell);
* ≥ on an indicator declared 反向: a 投诉率 in a flat list (rr02), a 复吸率 in the 年度 column
  of a 实施周期/年度 department table (rr11, D203 accepted) (T108, warning);
* 资金总额 2946 ≠ 财政拨款 2806 + 其他资金 150 (rr04, B101, error);
* a value unit against the unit column: ``≥48场`` beside 人次 (rr04, T112, error);
* a rate given as a head count: 就业安置率 ``320人`` (rr04, T105, error);
* a placeholder ``≥XX场`` left in a flat list (rr06, X101, error);
* a cumulative count equal in 中期 and 年度 of a three-year project (rr07, D202, warning);
* an annual count above its three-year 中期 value (rr07, D201, error);
* the 年度目标 copied word for word from the 中期目标 (rr09, D204, warning);
* a 中期 completion date after the project period 2026—2028 (rr09, Y102, error);
* ``=95%`` on a 满意度 whose 中期 value is ≥95% (rr09, T107, warning; T108, D203 accepted);
* a time limit given as 100% in the 年度 column (rr11, T113, warning; D203 accepted);
* project lines adding to 2098 under a 项目支出 of 2078 in a money table before the indicators
  (rr14, B102, error);
* a cost cap without an operator, ``500元/人·年`` beside 反向 (rr14, T117, warning; T103
  accepted);
* a 计划完成日期 before the 计划开始日期 (rr16, Y104, error);
* a 满意度 target of ≥60% (rr16, T114, warning);
* a 占比 of 75% where the amount gives 70.00% (rr18, B111, error);
* one indicator twice with different values, ≥95% and ≥90% (rr18, D102, error).

Legitimate look-alikes sit in the 9 correct returns (rr01, rr03, rr05, rr08, rr10, rr12, rr13,
rr15, rr17): flat lists without tiers in three header orders (指标名称/考核指标,
指标值/绩效目标值/ 预期目标, 权重/分值), a 合计 row of weights (100) under a list that adds to
100 (rr01), weights of 7.5, an instruction row under the header (rr03, rr17), a header row
repeated after a page break (rr17), footnotes and signature lines inside and under the tables;
=0 and bare 0 on 反向 event counts, ≤ on 反向 再犯罪率/复吸率/投诉率/阳性率 and on time limits
declared 反向; 100 and =100 (等于) at a rate's ceiling, typed 100% (pct(1)) and 85% (pct(0.85))
with % also in the unit column; operators in words (大于等于, 小于等于) in a column of their own
(rr05) and a ≥/≤ column shared by 中期 and 年度 (rr12); 下降 given in 百分点 with ≥ and 正向
(rr03, rr17); tier-1 labels with points (产出指标（50分）) over indicator weights adding to 100
(rr08); rates and unit costs equal in 中期 and 年度, counts strictly smaller in 年度 (rr08,
rr12); a one-year project whose 实施期 and 年度 columns, money and goals all agree (rr10); an
economic benefit of 9000万元 above the project money (rr12); numbered tiers (一、产出指标,
1.数量指标) after 收入, 支出 and 项目明细 blocks with 测算依据 that add up (rr13); indicators on
a second sheet (rr15, rr17). Money adds up in every correct return (总额 = sources = 基本支出 +
项目支出, task lines = 项目支出), and every unit cost × its count stays within its money (money
with the unit in the number format throughout).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout268 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout268 import flat, period, sheets
from tests.variants.holdout268.registry import HOLDOUT268
from tests.variants.kit import Variant

MODULES = (flat, period, sheets)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT268, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 268th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
