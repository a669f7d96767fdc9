"""82nd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
returns typed by hand at township level (乡镇人民政府, 街道办, 村级 projects), the messiest a county
receives but each a real attempt at the standard 项目支出 form: merged tier cells, tiers
abbreviated (产出, 数量, 效益) or numbered (一、产出指标 / 1.数量指标), empty columns between the
columns, an indicator table starting on row 12 under a long head with a 资金测算依据 line in 元
under a 万元 block, numbers typed as text with a space (1 200), a hidden row, sheets named
Sheet1 (2) or 打印版, a 备注 with the basis, 说明 and signature lines under the table, two projects
stacked, 中期 and 年度 columns. 10 of the 18 returns are correct; 8 carry 1–3 ordinary mistakes
(money not adding up, a rate as a count, 满意度 without %, a rate above 100 %, a year that
disagrees, a 反向 rate with ≥, a missing 效益 tier, duplicates, 中期 counts copied into 年度).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout82 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout82 import streets, township, villages
from tests.variants.holdout82.registry import HOLDOUT82
from tests.variants.kit import Variant

MODULES = (township, streets, villages)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT82, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 82nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
