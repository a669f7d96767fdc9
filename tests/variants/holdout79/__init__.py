"""79th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round three (8 correct, 10 with 1–3 planted mistakes a careful reviewer marks but
a hurried one misses): a unit cost × the count of a 数量 indicator above the annual budget and the
stated cost total; a 时效 deadline (2027年6月底前) outside a one-year project's budget year, or
after a multi-year project's period; an annual target above the 中期 one for a cumulative count;
a 满意度 written ≥90 without % in a table whose other rates carry %; a 中期资金总额 that is not
the sum of the yearly amounts; a 资金总额 that is not 财政拨款 + 其他资金; a pass rate with ≤
(or 小于等于); a 反向 rate (投诉率, 事故发生率) with ≥; no 效益指标 at all (also in the second of
two stacked projects); one indicator under two tier-2s; a 分值 column adding to 90 under a 合计
of 100. The correct returns hold the same shapes without the slips (cost × count equal to the
budget, a deadline inside a three-year period, yearly amounts adding up, weights to 100).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout79 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout79 import layouts, mixed, projects
from tests.variants.holdout79.registry import HOLDOUT79
from tests.variants.kit import Variant

MODULES = (projects, layouts, mixed)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT79, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 79th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
