"""27th held-out corpus: invented returns written blind (without reading goalbook's code, nor
the returns of the other corpora), to measure ``goalbook check`` out of sample on one theme:
information-technology and digital-government projects (大数据中心, 政务云, 智慧城市, 网络安全,
业务系统建设与运维) as the 信息化 offices of invented counties send them. Availability targets
(系统可用率 ≥99.9%), response times in 秒 and 毫秒 (反向), storage in TB, 并发用户数, 等保三级,
SLA times, cloud resources (vCPU 核, 内存 GB), money split into 硬件购置/软件开发/运维服务/等保测评,
multi-year projects with a 建设期 and a 运维期, unit prices (元/核·年) against the money, and
department tables of 信息化 units. About half are correct (names ending ``-ok``: a careful
reviewer marks nothing).

Codes used: catalogue codes only (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout27 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout27 import departments, forms, layouts, projects
from tests.variants.holdout27.registry import HOLDOUT27
from tests.variants.kit import Variant

MODULES = (projects, departments, layouts, forms)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT27, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 27th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
