"""235th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
city management and sanitation (垃圾分类, 环卫保洁, 市政设施维护, 路灯, 公厕): 测算依据 blocks
with quantities and unit prices, contract amounts, money in 元 carried by number formats beside
万元 heads, shares of sources, two projects stacked in one sheet, percentages typed as Excel
stores them (variant items 1, 2, 9, 12). 9 of the 18 returns are correct; the other 9 carry
2–3 planted mistakes a careful reviewer marks (20 in all):

* a 测算依据 block whose lines add up to 245.6 under a 合计 of 246.6 (qk02) (B102, error, B101
  accepted);
* a 达标率 typed 102% (stored 1.02 with a percent format) (qk02) (T106, error);
* a 万元 head whose 年度资金总额 is typed in 元 (shown 3,260,000.00元) beside parts of 300万元
  and 26万元 (qk04) (B105, error, B110 and B101 accepted);
* a contract amount split by a space, ``250.000 0`` (qk04) (X105, warning, X103 accepted);
* a grant pasted twice, ``72万72万(含保洁作业经费)`` (qk06) (X106, error);
* a cost cap × count above the project's money: 1.2万元/条 × 120条 = 144万 > 96万 (qk06), and
  18元/吨 × 150000吨 = 270万 > 210万 in the second of two stacked projects, within the sheet's
  790万 (qk08) (B107, warning);
* a 完成时间 in 2027 in a one-year project of 2026 (qk06) (Y102, error);
* a 年度资金总额 that is not its parts: 210 ≠ 160 + 40 in the second stacked project (qk08),
  资金总额 2450 ≠ 基本支出 1520 + 项目支出 880 in a department table (qk14) (B101, error);
* an 其他资金 typed as text with separators, ``126,400.00`` (qk10) (X103, warning);
* a second stacked project that ends (2025-12-31) before it starts (2026-03-01) (qk10) (Y104,
  error, Y102 accepted);
* a 占比 that is not amount ÷ total: 65% for 90 of 150 in the second stacked project (qk12),
  92.00% for 2230 of 2450 (qk14) (B111, error);
* a unit cost rounded to 0 in 万元 (``≤ │ 0 │ 万元/盏``) (qk12) (T115, error);
* a 上年执行数 2356.8 above the 上年预算 2310 (qk14) (B104, warning);
* a task amount 4560 for 45.60 (qk16) (B110, error, B102 accepted; B102 at the 金额合计
  accepted, not asked for);
* dates typed as serial numbers in text cells: a 填报日期 ``46006`` (qk16), a 计划开始日期
  ``46023`` (qk18) (X104, warning);
* a 年度资金总额 650 above the 中期资金总额 560 (qk18) (B103, error).

Legitimate look-alikes sit in the 9 correct returns (qk01, qk03, qk05, qk07, qk09, qk11, qk13,
qk15, qk17): 测算依据 blocks whose quantities (units in the number format) × unit prices in 元
give amounts in 万元 exactly (qk01, qk05); a whole return in 元 by number formats, with a
contract amount in the text (qk03, and a department table in qk17); a 测算依据 in 元
(4,200,000.00元) under a 万元 head of 420万元 (qk15); 当年财政拨款 + 上年结转 with a bracketed
note ``88万(其中设备更新52万元)`` + 其他资金 (qk05, a warning tolerated); two stacked projects
whose 权重 add to 100 each (200 in the sheet) and whose cost caps × counts equal their own money
(qk07); a two-year project stacked over a one-year one, with a 2027 deadline in the 中期 column
(qk09); 占比 beside each source (80/20, 60/40) in stacked projects (qk11) and rounded shares
(93.55/6.45, 66.67/33.33, 93.87/6.13) in department tables (qk13, qk17); 上年执行数 below
上年预算 (qk13); tasks adding up to 项目支出 (qk13, qk17); rates typed as Excel stores them
(``pct(1)`` shown 100%, ``pct(0.98)``, ``pct(0.9)``, ``pct(0.88)`` in operator columns) and a
date cell as a value (qk11); ``= │ 0 │ 起`` for accidents (qk05, qk11); a 单个乡镇 cost in
万元/个 beside a count of containers in 个 (qk15); a real date in ``yyyy"年"m"月"d"日"``
format (qk17). Every unit cost × count stays within its money.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout235 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout235 import basis, budget, stacked
from tests.variants.holdout235.registry import HOLDOUT235
from tests.variants.kit import Variant

MODULES = (basis, stacked, budget)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT235, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 235th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
