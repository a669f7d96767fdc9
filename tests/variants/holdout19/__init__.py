"""Nineteenth held-out corpus: invented returns written blind (without reading goalbook's reader
or rules, nor the returns of the other corpora) on 交通, 住建, 城市管理, 应急 and 公安 projects,
many funded by 政府专项债券 over several years: 道路改造, 老旧小区改造, 路灯和管网, 应急物资储备,
消防 and 安全生产 (事故起数 and 死亡人数 as 反向 figures, 0起 a legitimate target), 工程进度 by
quarter, 中期 and 年度 side by side, 总投资 with its sources, cumulative figures growing year by
year, returns that came through a PDF converter, and returns with the office's own columns
(评价方法, 数据来源, 责任科室, 备注). Names start with ``ic``; about half are correct (``-ok``: a
careful reviewer marks nothing).

    from tests.variants.holdout19 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks

The marks use catalogue codes only (``python -m goalbook rules``); no code is proposed here.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout19 import bonds, converted, departments, safety
from tests.variants.holdout19.registry import HOLDOUT19
from tests.variants.kit import Variant

MODULES = (bonds, safety, converted, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT19, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the nineteenth held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
