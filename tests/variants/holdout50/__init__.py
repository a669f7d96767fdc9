"""50th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
small agencies and mass organisations (群团与统战): 民族宗教事务局, 妇联, 团委, 总工会, 供销合作社,
侨联, 科协, 人防办, 气象局, 地震局, 残联. Indicators such as 活动场次, 覆盖人群, 志愿者人数,
慰问困难职工户数 with per-household standards (元/户), 科普活动参与人次 (万人次), 人防工程维护面积
(万平方米, 元/平方米), 预警信息发布时效 (分钟), 预报准确率, 地震监测台站运行率; project tables and
部门整体 tables (基本支出/项目支出, key tasks, indicators grouped by 职责); numbered indicators
(序号), points per tier, unused template rows, 备注 and 指标值设定依据 columns, a two-row header,
word operators, a direction column, a three-year project with 中期 and 年度 columns, two
projects stacked.

18 returns: 9 correct (jh01–jh09) and 9 with 1–4 planted mistakes (jh10–jh18). Every code used
is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout50 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout50 import faults, mistakes, offices, projects
from tests.variants.holdout50.registry import HOLDOUT50
from tests.variants.kit import Variant

MODULES = (projects, offices, mistakes, faults)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT50, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 50th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
