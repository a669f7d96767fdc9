"""24th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. The
theme: transfer payments and special funds of county agriculture and rural bureaus (农业农村局):
衔接推进乡村振兴补助资金 区域绩效目标表 with 中央/省/市/县 shares, 耕地地力保护补贴 by county,
高标准农田 special funds with 子项目 lines and a 资金分配表 sheet, 农机购置补贴, 动物防疫,
小型水利工程维修养护 over 2026—2028 with 中期/年度 values, a bureau's department table, stacked
衔接资金 projects and scored tables. About half are correct (name ending ``-ok``): a careful
reviewer marks nothing.

Marks use catalogue codes only (``python -m goalbook rules``); no code is proposed here.

    from tests.variants.holdout24 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout24 import department, epidemic, farmland, regional, scored, water
from tests.variants.holdout24.registry import HOLDOUT24
from tests.variants.kit import Variant

MODULES = (regional, farmland, epidemic, water, department, scored)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT24, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 24th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
