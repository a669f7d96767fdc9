"""118th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round twenty-one: 部门整体 tables on the newer
frameworks (履职效能 · 管理效率 · 社会效应 · 服务对象满意度, or 产出 · 效益 · 满意度 with
重点工作任务 as tier-2),
percentages stored every way (0.95 in a General cell, 95 under a % unit or a name carrying （%）,
the text "95.0%", percent cells), Chinese numerals (十二个, 两千人), values with 约/左右 and a
tolerance (±5%), 0 targets (零事故, 0起), indicator names carrying their unit (培训人数（人次）), a
指标解释 column, weights and points with decimals adding to 100; flat lists, a three-year plan,
a second sheet, a two-row header, word operators.

18 returns: 12 correct, 6 with one planted mistake each (资金总额 ≠ 财政拨款 + 其他资金, a 覆盖率
given as a count, decimal weights adding to 99.5, ≥ on a processing time limit, 重点工作任务 amounts
not adding to their 合计, a unit conflict). Every code used is in the catalogue
(``python -m goalbook rules``).

    from tests.variants.holdout118 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout118 import lvzhi, mixed, zhongdian
from tests.variants.holdout118.registry import HOLDOUT118
from tests.variants.kit import Variant

MODULES = (lvzhi, zhongdian, mixed)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT118, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 118th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
