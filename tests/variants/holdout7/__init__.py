"""Seventh held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. The
scene: a provincial 财政厅 (the invented 东岚省) reviewing transfer-payment and rolling-budget
tables: 中央对地方转移支付区域绩效目标表 with 中央补助/地方资金 and goals per period, 三年滚动
tables with 2025 · 2026 · 2027 value columns, a workbook with one sheet per year, NAT-2021 tables
using 生态效益指标 and 可持续影响指标, tier-3 names repeated across projects with different
targets, 元 in one block and 万元 in another, an English/Chinese mixed header, grade targets
(优/良, 显著提升, 逐年改善), counts of 0 that are right (安全事故 0起) and zeros that cannot be.
About half are correct (names ending ``-ok``: a careful reviewer marks nothing).

Codes used by the marks are catalogue codes (``goalbook rules``) or proposals of
tests/variants/README.md; no new code is invented here.

    from tests.variants.holdout7 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout7 import mixed, rolling, transfers, yearsheets
from tests.variants.holdout7.registry import HOLDOUT7
from tests.variants.kit import Variant

MODULES = (transfers, rolling, yearsheets, mixed)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT7, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the seventh held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
