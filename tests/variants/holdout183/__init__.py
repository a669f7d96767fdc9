"""183rd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round forty-two: numbers that live in Excel formats
(amounts with ``#,##0.00"万元"``, percentages stored as 0.955 with ``0.0%``, dates as Excel dates
shown ``yyyy"年"m"月"d"日"``, counts with ``0"人"``, operators inside formats such as
``"≥"0.0%``), indicator tables going on to a second sheet (续表) that repeats the header with the
tier-1 of the continued block left unwritten, a long 指标解释 column beside the values, and
=SUM totals whose values are stored. 12 of the 18 are correct; the other 6 carry 1–2 planted
mistakes in these habits: a 合格率 stored 1.05 (shown 105.0%), ≥ on a 投诉率, an annual count
above the 中期 count, an annual rate typed in a ``0"人"`` format, 基本支出 + 项目支出 missing a
=SUM 资金总额, 服务对象满意度指标 under 效益指标, a 知晓率 shown 1200人 on the 续表 sheet, = on a
satisfaction rate, a stacked project's typed total that is not the sum of its sources, a 2027
date in a 2026 project, a per-亩 cost 0.004 shown 0.00, a count of households typed as 85%.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout183 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout183 import departments, periods, single, stacked
from tests.variants.holdout183.registry import HOLDOUT183
from tests.variants.kit import Variant

MODULES = (single, periods, departments, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT183, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 183rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
