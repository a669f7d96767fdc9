"""170th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
ecology and environment (生态环境局 and its county 分局): 大气污染防治网格化监管,
土壤污染状况调查, 农村生活污水治理设施运维, 生态环境监测站运行, 入河排污口排查整治,
危险废物规范化管理, 环境执法装备购置 and 重点区域噪声治理, in one-year and multi-year project
tables (中期 and 年度 columns, per-个, per-站, per-米, per-家 and per-台 standards, operator,
direction and unit columns, word operators, percent cells, 万元 in the number format,
footnotes and signature lines), two pairs of stacked projects and three 部门整体 tables from
county and city units (one with weights).

10 of the 18 returns are correct; they hold legitimate look-alikes (=0起 on accident and
pollution-event counts, a 投诉件数增长率 ≤0%, ≤ on 浓度 and 重污染天数, the same indicator name in
two stacked projects, standards × counts within the money). The other 8 carry 2 planted mistakes
each, of the ordinary kinds a reviewer sends back: 资金总额 ≠ 财政拨款 + 其他资金 (one-year, and in
the 中期 column only), 基本支出 + 项目支出 ≠ 资金总额, tasks not adding up to their 金额合计, a
per-个 standard × the 地块 above the annual money, a rate given as a count (twice), a rate over
100 %, ≥ on a 超标率 and on a 浓度, a deadline in the year before the budget year, a duplicate
indicator and a conflicting duplicate, a tier-2 under the wrong tier-1, a vague value, an annual
cumulative count above its 中期 count.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout170 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout170 import departments, periods, projects, stacked
from tests.variants.holdout170.registry import HOLDOUT170
from tests.variants.kit import Variant

MODULES = (projects, periods, departments, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT170, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 170th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
