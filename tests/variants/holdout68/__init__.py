"""68th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
projects paid from government funds other than the general budget: 彩票公益金 (民政 welfare
homes, 体育 fitness facilities, 残联 rehabilitation), 政府性基金 (土地出让收入 funded works,
城市基础设施配套费), 国有资本经营预算 (国企 capital injections, 国企退休人员社会化管理) and
地方政府专项债券 with 项目收益; money sources named that way (彩票公益金, 政府性基金, 债券资金,
单位自筹), 政府采购 amounts beside the budget, goals for facilities built, people served,
资金使用合规率 and 国有资产保值增值率. 18 returns: 9 correct and 9 with one to three planted
mistakes (sources not adding up, a 政府采购 amount above the budget, rates over 100 %, 反向
indicators with ≥, 中期 counts copied into 年度, unit conflicts, a rate as a count, weights not
adding up, a title year that disagrees with the budget year).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout68 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout68 import bonds, funds, lottery
from tests.variants.holdout68.registry import HOLDOUT68
from tests.variants.kit import Variant

MODULES = (lottery, funds, bonds)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT68, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 68th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
