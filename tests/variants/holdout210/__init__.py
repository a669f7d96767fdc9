"""210th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
returns re-typed or converted from PDF and Word, and typed by hand in WPS, as they arrive
(variant items 4, 5, 9), from agriculture, water, civil-affairs and culture offices.

10 of the 18 returns are correct; the other 8 carry 1–2 planted mistakes a careful reviewer
marks: a 资金总额 split by a space and stored as text (386.452 8, warning) beside a 综合利用率
given in 万吨; a 年度 资金总额 that is not its 财政拨款 + 其他资金; a detail line pasted twice
(48万48万); a 反向 管网漏损率 written ≥１２％ and a date of 6月31日; a detail line whose decimal
point was lost (356800 for 35.6800); a 完成率 of ≥１０５％ and the row before a page break typed
again after it; key tasks that do not add up to their 金额合计 and a count given as 若干个; a
覆盖率 given as ２６个 and a 反向 丢失率 written ≥２％ beside its 反向 direction cell.

The correct returns hold legitimate look-alikes: values typed in full width (≥５０００亩, ９５,
％ in a unit column, ≧ ≦ ＝ as operators, ≥５百分点), values with a note on a second line
(≥95%\\n（省考核）), ＞=90%, =100% and a 100% percent cell, header cells and tier labels broken
over two lines (一级\\n指标, 产出\\n指标), tier labels with points, tiers merged or repeated in
every row, an indicator name wrapped over two rows (with its values merged down, or alone on the
second row), title, unit, page-footer, note, 填表说明, stamp and signature rows, a fill date in
the year before, a 0-起 harm target, ≤3‰ on a rate, a 下降率 ≥１０％, a 20年一遇 standard, amounts
to four decimals, the same indicator name in two stacked projects with different values, cost
standards × counts equal to the money.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout210 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout210 import civil, culture, farm, water
from tests.variants.holdout210.registry import HOLDOUT210
from tests.variants.kit import Variant

MODULES = (farm, water, civil, culture)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT210, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 210th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
