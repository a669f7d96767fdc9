"""51st held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
construction and investment projects (城市管理, 园林绿化, 市政道路, 供水/燃气管网, 老旧小区改造,
政府专项债券 and 中央预算内投资): multi-year 中期 and 年度 columns, total investment split into
财政拨款 / 专项债券资金 / 自筹资金 / 上级补助, 资金测算 and 建设内容 blocks under the table, a
专项债券 income balance, 工程形象进度 in %, 竣工验收合格率, 开工/竣工 dates, lengths and areas
with unit costs (万元/公里, 元/平方米), 质保期, 安全事故 0 起; 18 returns, 9 correct and 9 with
planted mistakes (parts not adding up, area × unit cost above the money, dates outside the
period, 年度 above 中期, 中期 copied into 年度, rates as counts, rates over 100 %, operators
against direction, duplicates, a missing 满意度 tier, mixed money units, a unit conflict).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout51 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout51 import estates, pipes, roads
from tests.variants.holdout51.registry import HOLDOUT51
from tests.variants.kit import Variant

MODULES = (roads, pipes, estates)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT51, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 51st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
