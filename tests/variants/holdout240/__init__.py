"""240th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
部门整体支出绩效目标表 of an 教育局, a 卫健委, a 街道办事处, a 交通运输局 and a 档案馆 — 基本支出 +
项目支出 = 合计, 年度主要任务 against 项目支出, 部门职能 and 年度总体目标 texts, tiered indicators
of department forms (履职效能/管理效率, 产出/成本/效益/满意度) and flat lists with weights, tier
labels with numbering and points (variant items 3, 5, 12). 9 of the 18 returns are correct; the
other 9 carry 2–3 planted mistakes a careful reviewer marks (21 in all):

* money that does not add up: 基本支出 + 项目支出 short of 资金总额 (qp02), 财政拨款 + 其他资金
  short of 资金总额 (qp09) (B101, error, any cell of the budget row); tasks adding to more than
  their 金额合计 (qp04) (B102, error, row); project tasks whose 金额合计 exceeds 项目支出 (qp17)
  (B102, error, B101 accepted); a task amount 100× its share, a lost decimal point (qp14) (B110,
  error, B102 accepted); a 占比 that is not its amount's share, in percent format (qp06) and typed
  as text (qp15) (B111, error);
* weights: a flat list adding to 95 (qp07) (W101, error, on the return); a 合计 row claiming 100
  over weights of 105 (qp12) (W101, error, row); a tier-1 ``三、效益指标（25分）`` over
  indicators worth 30 (qp06) (W103, error, W101 accepted);
* tiers: ``（二）质量指标`` numbered under 三、效益指标 (qp02), ``4、生态效益指标`` under
  （一）产出指标 (qp04) (F105, error);
* values: ≥ on a 反向 发生率 (qp02), on a 发生率 beside 反向 in a direction column (qp07), on a
  损毁率 (qp15) (T108, warning, row); a 完成率 given as ``186公里`` (qp04) (T105, error); ``>100%``
  on a 准确率 (qp06) (T106, error); a placeholder ``≥XX`` (qp09) (X101, error, T101/T116
  accepted); a goal and task saying 3000人次 beside an indicator ≥2000人次 (qp12) (D104,
  warning, row);
* years: a 预算年度 cell saying 2025年 under a 2026年度 title (qp14) (Y101, error, row); a deadline
  ``2027年6月30日前`` in a 2026 department table (qp17) (Y102, error, Y103 accepted).

Legitimate look-alikes sit in the correct returns (qp01, qp03, qp05, qp08, qp10, qp11, qp13,
qp16, qp18): tasks adding exactly to 项目支出 (not to 资金总额), 其他资金 0 (with 占比 0%), rounded
占比 in percent format (qp08, qp13) matching their amounts, a prior-year block spent below
budget (qp13, qp18), money in 元 with separators in the number format throughout a return (qp10,
qp18) beside returns in 万元 (WAN format), 测算依据 with products that equal their amounts (qp13,
qp16), tier labels numbered ``一、``/``1.`` (qp01), ``（一）`` (qp13), with points matching their
indicators' points (qp03), abbreviated (qp18), 履职效能/管理效率 tiers with 预算执行率 under
管理效率 (qp05, qp16), 中期/年度 columns with rates equal and counts smaller in the year (qp05),
a 辍学率 with ≤ and a 下降率 with ≥ (qp01, qp03), ``=0起`` on 反向 counts (qp08, qp16), ``=100%``
and bare ``100%`` at the ceiling, pct(1) and pct(0.95) (qp01, qp08, qp13, qp16, qp18), a fixed
资助标准 ``=2000元/人·年`` (qp13), a 孕产妇死亡率 ``≤12`` per ``/10万`` (qp10), a PQI index without
a unit (qp11), a ``≥2百分点`` change (qp16), operators in words in a 指标性质 column (qp11),
an operator column and a direction column (qp08), flat weights adding to 100 (qp08, qp10, qp11),
footnotes and signature lines, 填报日期 in the year before. Every unit cost × count stays within
its money.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout240 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout240 import blocks, flat, tiered
from tests.variants.holdout240.registry import HOLDOUT240
from tests.variants.kit import Variant

MODULES = (tiered, flat, blocks)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT240, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 240th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
