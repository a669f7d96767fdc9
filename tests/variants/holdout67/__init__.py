"""67th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns from very careful offices that fill every optional column, round nine (12
correct, 6 with one or two planted mistakes): 指标解释, 评（扣）分标准 (每降低1个百分点扣1分,
达到95%得满分), 数据来源, 指标值设定依据 (历史标准: 2024年实际值为92%), 历史值 and 标杆值
columns with numbers and years in them; long texts with numbers and dates inside cells; values
with notes in brackets (≥95%（含）, ≥90%（按季度考核）); ranges (90%-95%, 3-5个); 不低于 / 不高于 /
不超过 / 以上 / 以下 in words; ‰ and 万分之; a ratio (1:1.5); indicator names wrapped over two
lines in their cell. Layouts: merged and filled-down tiers, 比较符 and 计量单位 columns, 指标方向
and 指标值类型 columns, weights, two-line headers, the value column last, 中期/年度 columns,
stacked projects, a flat department list, a Shanghai table in 元.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout67 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout67 import (
    departments,
    explain,
    layouts,
    mistakes,
    mistakes2,
    orders,
)
from tests.variants.holdout67.registry import HOLDOUT67
from tests.variants.kit import Variant

MODULES = (explain, layouts, departments, orders, mistakes, mistakes2)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT67, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 67th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
