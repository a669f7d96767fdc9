"""46th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), exported by budget systems and other tools, round
two: 预算管理一体化系统 and 财政绩效系统 exports with every cell stored as text, 指标编码 columns,
the value split into 比较符 │ 指标值 │ 计量单位 │ 指标方向, 年度/中期 in a flag column with each
indicator on two rows, numeric codes before tier labels (01 产出指标), hidden helper columns,
merged-cell remnants, one project per sheet under a 汇总 sheet, system footers (打印时间, 第1页
共2页), percent and 万元 number formats, OA exports with PDF artefacts. About half are correct
(names ending ``-ok``: a careful reviewer marks nothing).

Only catalogue codes are used for the marks (``python -m goalbook rules``).

    from tests.variants.holdout46 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout46 import departments, exports, oa, workbooks
from tests.variants.holdout46.registry import HOLDOUT46
from tests.variants.kit import Variant

MODULES = (exports, workbooks, oa, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT46, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 46th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
