"""257th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
urban management (环卫保洁, 市政设施维护, 城市照明, 公共停车, 园林绿化养护): department tables
with task lists, shares of 基本支出 and 项目支出, prior years, footnotes, signature and date
lines, subtotal rows and repeated headers (variant items 3, 4, 12). 9 of the 18 returns are
correct; the other 9 carry 2–3 planted mistakes a careful reviewer marks (20 in all):

* 资金总额 ≠ its parts: 基本支出 + 项目支出 short of it in a budget row (rg02), the 2024
  column of a three-year block whose 财政拨款 + 其他资金 exceed it (rg14), a money block
  written down whose 财政拨款 + 其他资金 fall short (rg18) (B101, error);
* task lines that do not add up: lines 40 short of 金额合计 (rg02), a 项目支出小计 above its
  three lines (rg12; the 合计 below tolerates an error) (B102, error);
* a share with transposed digits: 项目支出 76.11% for 67.11% (rg04) (B111, error);
* a task amount typed in 元 in a 万元 table, 10 000× (rg06; B102 accepted, the 金额合计
  tolerates an error) (B110, error);
* last year's execution above last year's budget (rg14) (B104, warning);
* a unit cost × count above the whole budget: 380元/盏 × 42000盏 (rg16) (B107, warning);
* a total typed as text with a thousands separator (rg16) (X103, warning);
* a placeholder ``≥XX%`` left in a 达标率 (rg06) (X101, error);
* a 投诉率 with ≥ (rg04) (T108, warning);
* a completion date in the next year in an annual table (rg04) (Y102, error);
* the indicator sheet titled with last year while the table is 2026's (rg18) (Y101, error);
* in flat lists: weights adding to 95 (rg08, file mark) (W101, error); a 覆盖率 of 105% in an
  operator column layout (rg08) (T106, error); a 成活率 given as ``≥3200株`` (rg10) (T105,
  error); a rate restated below a repeated header with another value (rg10) (D102, error); a
  count with no unit in the value nor the unit column (rg12) (T104, warning);
* a row repeated below a header repeated after a page break (rg16) (D101, warning).

Legitimate look-alikes sit in the correct returns (rg01, rg03, rg05, rg07, rg09, rg11, rg13,
rg15, rg17): shares rounded to two decimals that match their amounts (across, down, by year,
and the 增减率 of a comparison with last year), 金额合计 = 项目支出 rather than 资金总额 (with a
footnote saying so), task lists with 小计 rows by category and by 基本/项目支出 that add up,
tasks split by 财政拨款/其他资金, 测算依据 texts whose products equal the task money, unit costs
× counts exactly at their task money, three-year blocks and a change column that add up, last
year's execution below and equal to its budget (执行率 100% typed in Excel), amounts in 万元 by
number format, 100% and 95% typed in Excel, ``=0起`` inline and ``等于 │ 0 │ 起`` in words, 下降率
with ≥, 故障率, 投诉率 and 成灾率 with ≤, 实施周期 and 年度 columns equal in a one-year table
(with a footnote), tier labels with numbering and points (two levels, one adding to 100), flat
lists with 指标性质 or 指标方向 columns and a 合计 row of weights or points, headers repeated
after a page break, instruction rows inside and footnotes under the tables, signature lines
with a 填报日期 in the autumn before the budget year, a goal citing last year's figure, near-twin
names for two areas (主城区 / 城郊结合部) with different values, two-sheet returns.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout257 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout257 import flat, prior, tasks
from tests.variants.holdout257.registry import HOLDOUT257
from tests.variants.kit import Variant

MODULES = (tasks, flat, prior)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT257, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 257th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
