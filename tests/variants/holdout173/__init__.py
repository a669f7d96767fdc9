"""173rd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
emergency management and fire rescue (应急管理局, 消防救援大队: 应急物资储备库建设, 森林防火监测,
基层应急救援队伍培训, 安全生产执法检查, 自然灾害风险普查成果应用, 应急广播村村响, 消防站装备购置,
防汛抗旱演练) from county and city units: one-year project tables, multi-year tables with 中期
and 年度 columns (one with two complete column sets), two 部门整体 tables, two pairs of stacked
projects; operator, direction, unit and weight columns, percent cells, amounts in 万元 carried by
the number format, footnotes and signature lines.

10 of the 18 returns are correct (oa01–oa10), with legitimate look-alikes: =0起 accident
counts, a 增长率 of ≤0%, a 下降率 written as a positive ≥5%, a rate change in 百分点, per-个,
per-人次, per-辆 and per-套 standards × counts within the money, the same indicator name with
different values in two stacked projects. The other 8 (oa11–oa18) carry 2–3 planted mistakes
each, of the ordinary kinds a reviewer sends back: 资金总额 ≠ 财政拨款 + 其他资金 (one-year, and
in the 中期 column only), 基本支出 + 项目支出 ≠ 资金总额, a per-台套 standard × the annual count
above the annual money, rates given as counts, a 合格率 over 100 %, ≥ on a 事故发生率, on a 响应
时间 and on a 死亡人数, plan dates a year off the title, an annual cumulative count above its 中期
count, a duplicate indicator, tier-2s under the wrong tier-1, a vague value.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout173 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout173 import departments, periods, single, stacked
from tests.variants.holdout173.registry import HOLDOUT173
from tests.variants.kit import Variant

MODULES = (single, periods, departments, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT173, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 173rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
