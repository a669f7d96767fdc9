"""47th held-out corpus: invented returns written blind (without reading goalbook's code, nor
the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme: transport,
urban management and utilities (交通运输局, 公交公司运营补贴 per 人次 and per 车公里, 城管局
垃圾清运 in 吨 × 元/吨, 供水公司 管网漏损率, 路灯所 亮灯率, 停车泊位, 投诉办结率 and 办结时限), in
the layouts offices send: project forms with one or two value columns, separate 比较符 / 计量单位
/ 指标性质 / 指标方向 columns, tables starting in column B or C, repeated headers after a page
break, multi-year 中期/年度 projects and 部门整体 tables. About half are correct (name ends
``-ok``: a careful reviewer marks nothing).

Every mark uses a code of the catalogue (``goalbook rules``); no code is proposed here.

    from tests.variants.holdout47 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout47 import departments, transit, urban, utilities
from tests.variants.holdout47.registry import HOLDOUT47
from tests.variants.kit import Variant

MODULES = (transit, urban, utilities, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT47, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 47th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
