"""186th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round forty-three: returns as staff actually leave them, a
header block with the unit's name merged over two rows, a 绩效指标 table with an extra 序号
column on the left and a 备注 column on the right (同上年, 按实际), operators (≥ ≤ =, or 大于等于)
in their own column and units in another, blank spacer rows between tier-1 groups, a hidden
column of last year's values (上年指标值), a 年度目标 written as numbered lines in one cell, and
a small unrelated sheet (填报说明 or 附件清单) before the table sheet. One-year and multi-year
project tables, 部门整体 tables (one with 实施周期 and 年度 columns), stacked projects, a
Shanghai-framework return with money in 元, percentages stored as Excel stores them, amounts
with 万元 only in the number format, a 分值 column, footnotes and signature lines.

12 of the 18 returns are correct; they hold legitimate look-alikes (=0起 / =0件 / =0人 zero
counts, a 农药使用量增长率 ≤0%, =100% at a rate's ceiling, the same 满意度 name in two stacked
projects, 预算执行率 under Shanghai's 投入与管理, a 2025年度 self-evaluation report listed in the
附件清单). The other 6 carry 2–3 planted mistakes each, placed in those habits: ≥ chosen in the
operator column for a 投诉率 and a 合格率 of ≥100 (on13); an annual count above its period count
and a stale 2025 in the numbered 年度目标 (on14); 基本支出 + 项目支出 missing the 资金总额 and a
value typed only in the hidden column (on15); the tier-1 left blank after a spacer row and a
合格率 given the unit 个 (on16); = on a 满意度, a stacked project's sources missing its total and
an activity count (场) under 社会效益指标 (on17); 按实际 typed as the value and an indicator
copied into a later group with another value (on18).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout186 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout186 import departments, periods, projects, stacked
from tests.variants.holdout186.registry import HOLDOUT186
from tests.variants.kit import Variant

MODULES = (projects, periods, departments, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT186, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 186th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
