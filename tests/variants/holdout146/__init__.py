"""146th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
emergency management and public safety (应急管理局, 消防救援大队, 公安局, 司法局, 气象局,
地震监测中心): 应急演练场次, 物资储备 in 万件 and 台套, 预警信息覆盖率, response times
(接警到场时间≤15分钟, 48小时内), 安全生产检查家次, 法律援助案件 with a cost per 件, 监测站点 with
数据传输率, multi-year equipment projects with 中期 and 年度 columns, lower-is-better counts
(较大事故起数 0起, 事故率 ≤), a bureau's 部门整体 table and a flat department list. 18 returns:
10 correct and 8 with one to two planted mistakes (a response time with ≥, a cost per 件 × 件数
far above the money, ≥ on a 事故率, an annual count above the 中期 one, a 覆盖率 given as a
count of villages, a rate as a count, a rate above 100 %, money and task lines not adding up,
a date after the budget year, a conflicting duplicate, a missing 满意度 tier, a unit conflict,
a 中期 count copied into 年度).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout146 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout146 import bureaus, mistakes, projects
from tests.variants.holdout146.registry import HOLDOUT146
from tests.variants.kit import Variant

MODULES = (projects, bureaus, mistakes)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT146, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 146th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
