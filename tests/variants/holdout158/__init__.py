"""158th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
grain and material reserves, commerce and supply-and-marketing (粮食和物资储备局: 地方储备粮轮换,
储备粮库维修改造, 应急物资储备, 粮食质量安全检验, 粮食应急保障网点; 商务局: 电子商务进农村,
县域商业体系建设, 消费促进活动, 农产品冷链; 供销社: 农资保供, 为农服务中心), from county and city
units: one-year project tables, multi-year tables with 中期 and 年度 columns (one with two
complete column sets), three 部门整体 tables and two pairs of stacked projects.

10 of the 18 returns are correct; the other 8 carry 2 planted mistakes each of the ordinary
kinds a reviewer sends back: 资金总额 not 财政拨款 + 其他资金 (in the one-year block, and in
the 中期 column only), key tasks not adding up to 金额合计, a rate as a count (twice), a coverage
rate over 100 %, operators against the direction (a 损耗率 and a 断链率 with ≥), a title year
before the project, a deadline of the year before, an annual count above its 中期 count, the
same indicator twice (same value, and different annual values), a 时效指标 under 效益指标, a
vague value (覆盖全县大部分乡镇), a unit conflict between the value and the 计量单位 column. The
correct returns hold legitimate look-alikes: =0起 accident counts, =100% on a 及时率, a one-year
project with equal 实施期 and 年度 money, design lives equal in both columns, the same 满意度 name
in two stacked projects, a fill date of the year before.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout158 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout158 import departments, periods, single, stacked
from tests.variants.holdout158.registry import HOLDOUT158
from tests.variants.kit import Variant

MODULES = (single, periods, departments, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT158, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 158th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
