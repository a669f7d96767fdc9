"""Seventeenth held-out corpus: invented returns written blind (without reading goalbook's reader
or rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample on
生态环境 / 水利 / 自然资源 / 林业 projects and transfers: 河道治理 in 公里, 水土流失治理 in
平方公里, 亩 and 公顷, 水质 稳定在Ⅲ类及以上, 优良天数比例, PM2.5 ≤ 微克/立方米 (a 反向
figure), 森林覆盖率, 污水处理, 土壤 and 固废 indicators; central-transfer 区域绩效目标表
(funds by year, 中央补助 / 地方资金), 中央预算内投资计划 tables (总投资 by source, 本年下达),
部门整体 tables of environment, water and forestry bureaus with a 年度主要任务 block (总额 /
财政拨款 / 其他资金), a table continued on a second sheet, a 总表 sheet of several projects'
amounts in front of their goal tables. About half are correct (a careful reviewer marks
nothing; the name ends ``-ok``).

Codes used beyond today's catalogue: none. A ``*`` mark with ``row=True`` on a 金额合计 row
(ia06) tolerates the error that follows from the one task row whose 总额 is wrong.

    from tests.variants.holdout17 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout17 import departments, investment, projects, transfers, values
from tests.variants.holdout17.registry import HOLDOUT17
from tests.variants.kit import Variant

MODULES = (transfers, investment, departments, projects, values)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT17, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the seventeenth held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
