"""142th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round eighteen (8 correct of 18; the other 10 with 1–2 planted mistakes a
careful reviewer marks and a hurried one misses): 分值/权重 adding up to 95 or 105, a 满意度
tier-2 placed under 效益指标, a project table with no 成本指标 at all, one indicator twice with a
word changed (培训人数 / 参训人数, 渠道 / 渠系清淤长度), 财政拨款 + 其他资金 off the total by two
swapped digits (1254 against 1245, 3562.8 against 3526.8), an impossible date (2026-02-30), a
年度资金 above the 中期资金, a 及时率 of 105%.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed. The
impossible date has no code of its own: it is marked Y102 / T116 with alternatives.

    from tests.variants.holdout142 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout142 import correct, mistakes_a, mistakes_b
from tests.variants.holdout142.registry import HOLDOUT142
from tests.variants.kit import Variant

MODULES = (correct, mistakes_a, mistakes_b)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT142, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 142th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
