"""247th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
emergency management (应急物资储备, 消防救援站建设, 安全生产监管执法, 防汛抗旱, 地质灾害防治):
response and arrival times, reverse rates and counts (事故起数, 死亡人数) against their operators,
operators in their own column and in words, template rows left empty, values without a name,
footnotes and signature lines inside and under the table (variant items 4, 6, 11). 9 of the 18
returns are correct (qw01, qw03, qw05, qw07, qw09, qw11, qw13, qw15, qw17); the other 9 carry
2–3 planted mistakes a careful reviewer marks (22 in all):

* ≥ (or its words) on a 反向 time or harm: 火警平均到场时间 ≥15分钟 (qw02), 调拨装车响应时间
  ≥2小时 (qw04), 生产安全事故起数 不少于15起 (qw06), 险情处置到场时间 ≥30 beside a declared 反向
  (qw08), 生产安全事故死亡人数 ≥4人 (qw16), 出动响应时间 30分钟以上 in the second of two stacked
  projects (qw18) (T108, warning, D104 accepted where the goal text gives the cap);
* ≤ on a 正向 完成率 in an operator column (qw12) (T108, warning);
* a response time without an operator: 接警后出动时间 1分钟 (qw02) (T117, warning, T103 accepted);
* = on a 覆盖率 with % in the unit column (qw10) (T107, warning, T108 accepted);
* a 完成率 given in 人次 (qw10) (T105, error); a 发布时间 given as 100% (qw10) (T113, warning);
* a 完好率 of 105% typed as Excel stores it (qw18) (T106, error);
* 小时 in the value against 分钟 in the unit column (qw08) (T112, error);
* template tier-2 rows left empty: 经济效益指标 (qw04), 生态效益指标 (qw12) (F109, warning);
* values without an indicator name: one value column (qw06), 中期 and 年度 columns (qw14)
  (F110, error, at the empty name cell);
* a footnote inside the table saying the values are 2025 targets in a 2026 table (qw02) (Y101,
  error, Y103 accepted); a fill date 2025年11月31日 on the signature line (qw08) (Y106, error);
* 中期 and 年度: a cumulative count equal in both columns of a two-year project (qw14) (D202,
  warning); an annual count above the period one (qw14) (D201, error); D104 accepted for both,
  as the 年度目标 text gives the year's own numbers;
* 资金总额 980 ≠ 财政拨款 900 + 其他资金 60 in a department table (qw16) (B101, error).

Legitimate look-alikes in the correct returns: =0起 and =0人 on harms (inline, in an operator
column as 等于 0, beside a declared 反向), ≤ and 内/以内/不超过 on arrival, dispatch, response
and publication times, a 下降率 with ≥ (qw03, qw09, qw15), 100% typed as Excel stores it (qw01,
qw05) and 95% / 92% (qw07, qw15), =100% and 等于 100 on 合格率 ceilings, a date value beside
反向, a 指标性质 column holding the direction beside an operator column headed 指标方向 (qw11),
operators in words in a 指标性质 column (qw07), numbered tier labels (qw05), equal caps and rates in
the 中期 and 年度 columns of a three-year project (qw13), weights adding to 100 with a note on
预算执行率 (qw09), a flat list with a header repeated after a page break (qw17), footnotes that
contain ≥/≤, years and numbered items, fill dates in the year before the budget year, signature
lines. Money adds up in every correct return (总额 = sources = 基本 + 项目 支出; tasks = 项目支出)
and every unit cost × count stays within its money; money in 万元 by number format in most, in 元
(qw11).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout247 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout247 import blocks, columns, inline
from tests.variants.holdout247.registry import HOLDOUT247
from tests.variants.kit import Variant

MODULES = (inline, columns, blocks)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT247, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 247th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
