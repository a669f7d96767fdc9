"""231st held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
flat indicator lists and unusual column orders as 部门整体 and project tables of several
provinces lay them out (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值 in varying order, 指标方向
columns, operators in their own column, scores for tiers and for indicators), weights that do and
do not add up, directions against operators (variant items 3, 10, 11). 9 of the 18 returns are
correct; the other 9 carry 2–3 planted mistakes a careful reviewer marks (23 in all, and two
accepted but not asked for):

* weights that do not add up to 100: 95 in a flat list (qg02), 110 in a flat list (qg06), 105 in
  the second of two stacked projects (qg12) (W101, error, on the file); a 合计 row of 100 over
  weights adding up to 95 (qg16) (W101, error, at the 合计 row);
* a tier score that its indicators do not match: 产出 declared 50 in a 一级分值 column over
  indicator scores of 45 (qg14), ``二、成本指标（10分）`` over 8 + 7 (qg18) (W103, error, W101
  accepted; W101 on the file accepted but not asked for);
* a weight left out in a flat list whose other weights add up to 100 (qg04) (W102, warning);
* ≥ on a 反向 indicator: a 事故发生率 (qg02), a 超期率 with 大于等于 in a 指标性质 column (qg04), a
  declared 反向 差错率 (qg06), a 亩均建设成本 in an operator column after the value (qg08), a
  declared 反向 感染率 in the 年度 column only (qg10, D203 accepted), a 单株补植成本 (qg12), a
  人均培训成本 (qg14), a declared 反向 PM2.5 浓度 (qg16), a 清运平均时长 (qg18) (T108, warning);
* ≤ on a 正向 indicator: a declared 正向 完成率 (qg06), a 满意度 in an operator column (qg08), a
  declared 正向 规范管理率 in both value columns (qg10), a 成活率 (qg12) (T108, warning);
* a 反向 unit cost without an operator in the 年度 column, ``≤`` in 中期 (qg10) (T117, warning,
  D203 and T103 accepted);
* =95% on a 无害化处理率 the goal text puts at 95%以上 (qg18) (T107, warning, T108 accepted);
* a 合格率 of 102 with % in the unit column (qg04) (T106, error).

Where a goal text states the intended target, D104 is accepted beside T108/T107.

Legitimate look-alikes sit in the 9 correct returns (qg01, qg03, qg05, qg07, qg09, qg11, qg13,
qg15, qg17): flat lists without tiers whose weight column stands before the value (qg01) or
whose 分值 follow it (qg05), 指标性质 meaning a direction (qg01) and an operator column headed
指标方向 (qg03), the two swapped in words (qg11); a 下降率 正向 with ≥, a 投诉率 and a 差错率
反向 with ≤, 反向 =0起 (symbol and 等于), 等于 on a count, a 生均公用经费标准 正向 with ≥ (a floor
that 800 × 18500 keeps within its 1560万), 反向 times and dates with ≤ or 前; 百分点 changes
(≥2 百分点 in a unit column, ≥0.5个百分点 inline); a 合计 row equal to the weights (qg03);
points at two levels that add up to 100 each (qg13); points adding up to 90 with 预算执行率
scored apart, said in the header and a note (qg15); weights typed as Excel percentages adding
up to 100% (qg17); pct(1) values (qg01, qg17); 中期/年度 columns with counts smaller each year
and equal rates and unit costs (qg09). Every unit cost × count stays within its money, every
amount is in 万元 carried by the number format, every date within its project period.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout231 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout231 import flat, orders, points
from tests.variants.holdout231.registry import HOLDOUT231
from tests.variants.kit import Variant

MODULES = (flat, orders, points)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT231, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 231st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
