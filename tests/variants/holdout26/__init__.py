"""26th held-out corpus: invented education returns written blind (without reading goalbook's
reader or rules, nor the returns of the other corpora), to measure ``goalbook check`` out of
sample: what a county finance bureau receives from its education bureau, its schools and
kindergartens, its vocational school and its 学生资助管理中心 in one budget season (2026).
About half are correct (name ending ``-ok``: a careful reviewer marks nothing).

Shapes: student aid whose standard times the students is the money (国家助学金, 营养改善计划 5元/
生·天 × 供餐天数, 学前教育资助), 学年 spans crossing the budget year (2026—2027学年秋季学期),
several schools stacked on one sheet under a 学校名称 column, one school per sheet plus a 汇总,
学段 value columns (小学 │ 初中), teacher training and 校舍维修 with detail lines, 中期/年度
columns, department tables of an education bureau and a kindergarten, separate 比较符 / 计量单位
/ 指标方向 columns, signature and 注 lines, a header repeated after a page break.

Codes used beyond the catalogue: none (X105, X106, F110 and the others are in ``goalbook
rules``).

    from tests.variants.holdout26 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout26 import aid, departments, projects, schools
from tests.variants.holdout26.registry import HOLDOUT26
from tests.variants.kit import Variant

MODULES = (aid, schools, projects, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT26, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 26th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
