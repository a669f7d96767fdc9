"""196th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round thirty-six: mistakes a careful reviewer catches only by reading two places
together (8 correct of 18; the other 10 carry 1–2 planted mistakes): a 年度绩效目标 naming
体检12000人次 while the indicator says ≥10000人次, a 中期目标 naming 24个 centres against ≥20个,
a stacked project's goal naming 600人 against ≥500人; money sources that miss the 年度 资金总额
(450 ≠ 380 + 50) and, in another return, the 中期 one (800 ≠ 640 + 140) while the other column
adds up; 补助标准 2万元/户 × 160户 above a multi-year table's 年度 280万元; a deadline after the
budget year (the date 2027-03-31 in a 2026 one-year project, 2027年1月底前 in a 2026 department
table); a 达标率 typed 102% and 105% and a 满意度 typed 110% as percent cells; a 反向 停机率 and a
重复投诉率 with ≥ in an operator column; the same indicator under two tier-2s with different
values (twice); a 增长率 written ≥600户 and ≥10家. The correct returns hold legitimate
look-alikes: a standard × count exactly equal to the money (one-year, both columns of a
multi-year table, both stacked projects, a department task), 下降率 with ≥ (inline and as 大于等于),
投诉率 =0% (inline and in an operator column), 100% cells for 合格率, 达标率, 及时率 and 覆盖率,
the same names in two stacked projects with different values, deadlines inside the year written
2026.11, 2028.10/2026.10 (text cells), 11月底前 and 10月底前, a fill date in the year before,
实施周期 and 年度 columns legitimately equal in a department table, weights adding to 100.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout196 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout196 import departments, periods, single
from tests.variants.holdout196.registry import HOLDOUT196
from tests.variants.kit import Variant

MODULES = (single, periods, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT196, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 196th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
