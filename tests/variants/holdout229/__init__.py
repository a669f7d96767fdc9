"""229th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
workbooks of several projects (variant items 2, 8, 10, with 1 and 12): a 项目汇总 sheet listing
each project's money beside one sheet per project, and sheets with two or three projects
stacked, some over several years with 中期/年度 columns, each project with its own weights or
points, money and findings; a project whose sheet is correct beside one with mistakes. 9 of the
18 returns are correct; the other 9 carry 2–3 planted mistakes a careful reviewer marks (20 in
all):

* a 项目汇总 合计 that is not the sum of its lines (115 for 60 + 45, and ≠ 95 + 10) (qe02)
  (B102, error, B101 accepted);
* a 项目汇总 line whose 年度资金 (56 = 46 + 10) is not what the project's own sheet says
  (65 = 55 + 10) (qe04) (B101, error, B102 accepted; accepted, not asked for, at the sheet's
  cell too);
* a one-year project sheet or stacked project whose weights add to 95 (qe02) or 105 (qe18) beside
  one adding to 100 (W101, error, at the weight header row);
* points at two levels where the indicator points under 产出指标（50分） add to 55 and under
  效益指标（30分） to 25, the total still 100 (qe06) (W103, error, at each tier cell);
* cumulative counts copied from 中期 into 年度 in a multi-year project (qe04: 12项, 800人次;
  qe14: 180000人次, 360场) (D202, warning, at each annual cell);
* a 年度目标 text identical to the 中期目标 text of a 3-year project (qe14) (D204, warning);
* an annual count above its period count (≥60个 for ≥40个) (qe16) (D201, error);
* a 年度资金总额 330 above the 中期资金总额 300 (qe16) (B103, error; the 财政拨款 line accepted,
  not asked for);
* a 当年预算 42 beside a 总预算 48 in a one-year project (qe12) (B109, warning);
* a unit cost × count (1200元 × 200人 = 24万元) above the second project's own 20万元, though
  within the first project's money and the sheet's total (qe08) (B107, warning);
* one indicator listed twice with different values within a project (≥200人 / ≥250人), while
  the other project of the sheet has the same names with its own values (qe08) (D102, error,
  D101/D103/D104 accepted);
* a stacked project with no 效益指标 beside two complete ones (qe10) (F106, error, file level);
* a date in 2027 in a one-year 2026 project (qe10) (Y102, error, Y103 accepted);
* an end date before the start date in the second stacked project (qe12) (Y104, error);
* 时效指标 under 效益指标 in the third stacked project (qe18) (F105, error).

Legitimate look-alikes sit in the correct returns (qe01, qe03, qe05, qe07, qe09, qe11, qe13,
qe15, qe17): summaries whose lines and 合计 add up (with 中期 and 年度 money, a 占比 column typed
as 60.00 % / 40.00 % / 100.00 %, project periods such as 2026—2028年 beside a 2026 title);
weights adding to 100 per project (200 in a sheet) and points on the tier label and on each
indicator (产出指标（50分）, 一、产出指标（45分）) adding to 100 per project; the same indicator
name in two projects of a workbook, with the same or different values; unit costs × counts
within each project's own money while above a smaller neighbour's; multi-year projects with
counts split by year and rates, costs, times and grades equal in both columns, beside a
one-year project whose two columns are equal; 百分点 targets (inline, in a unit column, 中期 and
年度); typed 95 % / 98 % / 85 % / 90 % and 100 % (Excel percent format); money in 万元 carried by
the number format; 测算依据 lines that add up; a 下降率 with ≥, a 增长率 ≤0%, a 每周开放时长
≥, 0起 with = (inline and in an operator column); numbered separator rows, repeated titles,
footnotes and signature lines.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout229 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout229 import period, sheets, stacked
from tests.variants.holdout229.registry import HOLDOUT229
from tests.variants.kit import Variant

MODULES = (sheets, stacked, period)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT229, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 229th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
