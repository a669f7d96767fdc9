"""48th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample on
education and student aid, round two: a county's 教育局, 学生资助管理中心, schools and a
vocational school send 国家助学金 and 免学杂费 (per 生·年 × students), 营养改善计划 (元/生·天 ×
students × school days against the money), 教师培训 (人次, cost per 人次), 校舍维修 (per 平方米,
with a detail block), multi-year school construction (中期 and 年度), 巩固率 / 升学率 / 近视率
(反向) / dropouts 0, and department tables of the district with its schools stacked. About half
are correct (a careful reviewer marks nothing; their names end ``-ok``).

Every mark uses a code of the catalogue (``python -m goalbook rules``); none is proposed here.

    from tests.variants.holdout48 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout48 import aid, districts, rates, schools
from tests.variants.holdout48.registry import HOLDOUT48
from tests.variants.kit import Variant

MODULES = (aid, schools, rates, districts)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT48, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 48th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
