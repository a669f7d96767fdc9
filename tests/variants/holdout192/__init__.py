"""192nd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample.
Theme: correct returns that are hard to read, round forty-five: returns from units that print
and scan their forms or fill them on phones. Every value is typed as text (money too:
``180.00``, ``1,250,000元``, ``叁佰万元整`` beside its figure), 指标值 with full-width operators
and digits (``≥９５％``, ``＞＝`` in an operator column, ``９２．５％``), a 计量单位 column
holding %, 个, 人次 beside bare numbers, a 备注 column with long notes, tier-2 names with their
tier-1 prefixed (``产出-数量指标``, ``投入与管理-财务管理``), indicators numbered 1、2、3、
inside the 三级指标 cell, and a signature block (单位负责人 / 财务负责人 / 填表人) with dates
typed as text (``2026.10.15``). Layouts: one-year project tables, three- and two-year tables
with 中期 and 年度 columns, 部门整体 tables, stacked projects, a Shanghai table in 元, operator
and direction columns, pct cells and amounts with 万元 in the number format.

12 of the 18 are correct (look-alikes: ``=0起`` accidents, a 成本 or 农药 增长率 ≤0%, ``=100%``
on rates, ‰ rates, the same name in stacked projects, standards × counts equal to the money,
预算执行率 under Shanghai's 投入与管理). The other 6 carry 1–3 planted mistakes placed in these
habits: 资金总额 (typed as text) ≠ 财政拨款 + 其他资金 in the one-year or the 中期 column,
基本支出 + 项目支出 ≠ 资金总额, a full-width 完成率 of ≥１０２％ and a 满意度 of ＞＝１００％, ≥
on a 投诉率 and ＞＝ on a 办结时限, a % value against 人次 in the unit column, an impossible
text fill date (2026.09.31), an annual count above its 中期 count, ``1,250,000元`` in a 万元
block, a numbered indicator repeated with another target, a 服务对象满意度指标 prefixed under
效益.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout192 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout192 import departments, periods, single, stacked
from tests.variants.holdout192.registry import HOLDOUT192
from tests.variants.kit import Variant

MODULES = (single, periods, departments, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT192, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 192nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
