"""265th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
copied and converted returns of housing provident fund, land reserve and public resource
trading centres: numbers split by spaces, amounts pasted twice, decimal points lost, empty
template rows, names missing, 中期 equal to 年度 (variant items 6, 8, 9, 13). 9 of the 18
returns are correct; the other 9 carry 2–3 planted mistakes a careful reviewer marks (21
required marks in all):

* a money cell split by a space and stored as text: a cost line ``48.362 5`` in a money block
  with 测算依据 (ro02), a 年度资金总额 ``128.537 5`` in the second of two stacked projects (ro11)
  (X105, warning, X103 accepted);
* an amount pasted twice: a task amount ``45万45万(含宣传物料)`` (ro06), a 年度资金总额
  ``260万260万（含场地运维）`` (ro14) (X106, error, B108 accepted);
* a decimal point lost, an amount 10 000× its share: 其他资金 365000 for 36.5 (ro07), a task
  amount 380000 for 38 (ro18) (B110, error, B101/B102 accepted; the total or 金额合计 cell,
  itself right, tolerates B101/B102 without asking for it);
* a unit cost rounded to 0: ``≤ │ 0 │ 万元/亩`` in an operator column (ro07), ``≤0万元/宗``
  inline (ro14) (T115, error);
* a tier-2 kept from the template with no indicator and no value: 时效指标 (ro06, ro11, ro18)
  (F109, warning, at the row);
* a value with no indicator name (ro02, ro11, ro18) (F110, error, at the empty name cell; the
  message must not quote an empty name, item 13);
* a cumulative count copied from the 中期 into the 年度 column of a multi-year project: 走访重点
  企业数 and 开展政策宣讲场次 (ro04), 完成地块测绘宗数 (ro09), 建成远程异地评标席位 beside a unit
  column (ro16) (D202, warning, at each annual cell);
* the 年度目标 text identical to the 中期目标 text in a multi-year project (ro04, ro16) (D204,
  warning, at the 年度目标 cell);
* an annual count above the two-year count: 完成地块权属调查宗数 ≥60宗 / ≥75宗 (ro09) (D201,
  error).

Legitimate look-alikes sit in the 9 correct returns (ro01, ro03, ro05, ro08, ro10, ro12, ro13,
ro15, ro17): an amount with a note in brackets ``52万(其中夜间值守 8万元)`` (ro01, tolerated
up to a warning with ``ok``), spaced numbers in 测算依据 text and in phone numbers (ro01, ro15),
a 12329 hotline in an indicator name (ro01), 总额 = 财政拨款 and 年度资金 = 总额 where 其他资金 is
0 (ro01, ro05, ro12, ro13), a task text naming 45万元 twice (ro05), money in 元 by number format
with seven-digit amounts (ro08), small but real values (≤0.3%, ≤0.2万元/亩, ≤0.08万元/宗,
≤0.3元/条), =0起 for accidents and illegal occupation (ro08, ro10, ro12), rates, time limits,
unit costs and grades equal in 中期 and 年度 columns while every cumulative count is smaller in
the year (ro03, ro10, ro12, ro17), a one-year stacked project whose 实施期 and 年度 columns are
equal (ro12), 中期目标 and 年度目标 texts that share wording but differ (ro03, ro10, ro12, ro17),
merged tier cells continuing over rows with empty tier cells, a typed 95% / 100% (ro03, ro08,
ro12, ro13), a date value in an operator layout (ro08), tier-1 points adding to 100 with
numbered tier-2s (ro15), a flat list with weights adding to 100 (ro13), footnotes and
signature lines. Every unit cost × count stays within its money.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout265 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout265 import fund, land, trading
from tests.variants.holdout265.registry import HOLDOUT265
from tests.variants.kit import Variant

MODULES = (fund, land, trading)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT265, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 265th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
