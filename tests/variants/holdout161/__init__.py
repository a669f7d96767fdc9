"""161st held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
forestry and grassland (森林抚育, 公益林生态效益补偿, 古树名木保护, 松材线虫病防治, 湿地保护修复,
野生动物疫源疫病监测, 林长制, 草原禁牧补助, 国有林场, 国家储备林): one-year and multi-year project
tables (中期 and 年度 columns, one with two complete column sets; areas in 亩/公顷/万亩 with per-亩
standards), three 部门整体 tables from county, city and district units and two pairs of stacked
projects. 10 of 18 are correct; the other 8 carry 1–2 planted mistakes a careful reviewer marks:
money that does not add up (资金总额 against 财政拨款 + 其他资金, in the 中期 column
only; 基本支出 + 项目支出; key tasks against the 金额合计), a per-亩 standard × the area above the
money, a rate as a count (twice) and over 100 %, a ≥ on a 成灾率, a 2025 deadline in a 2026
table, an annual count above its 中期 count, a duplicate indicator, a tier-2 under
the wrong tier-1, a vague value. The correct returns hold look-alikes: =0起 counts, ‰ rates, a
standard × area equal to the money, ≤100% on a 公用经费控制率, the same satisfaction name in two
stacked projects, word operators.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout161 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout161 import departments, periods, single, stacked
from tests.variants.holdout161.registry import HOLDOUT161
from tests.variants.kit import Variant

MODULES = (single, periods, departments, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT161, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 161st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
