"""187th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round thirty-three (8 correct of 18; the other 10 carry 1–2 planted mistakes a
careful reviewer marks, 18 required marks in all): a 资金总额 that equals 财政拨款 alone while
其他资金 is not zero (a one-year project head, the 年度 column of a two-year project, a 部门整体
budget); a 每公里 standard × the 公里 under 数量指标 above the 年度资金 of a one-year table (alone
and in a stacked project); a 完成率 written ≥100人 (one-year, the 年度 column of a three-year
project, a stacked project); a plain 满意度 written ≥95 with the unit 分; a 时效 deadline in the
year after the budget year (a project, a 部门整体 table); a tier-2 name (服务对象满意度指标,
经济成本指标) written in the tier-3 column with the tier-2 cell empty; a 年度目标 that promises 30
公里 while the indicator says ≥20公里; the same count under 产出 and again under 效益. The correct
returns hold the look-alikes: a 下降率 written ≥10% as the size of a fall, 事故发生数 =0起, a
资金使用率 ≤100% under Shanghai's 投入与管理, a 满意度测评得分 ≥95分 (a score, legitimately in
分), a 满意度 ≥95%, the same 群众满意度 in two stacked projects, standards × counts within the
money, weights adding to 100.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout187 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout187 import departments, periods, single, stacked
from tests.variants.holdout187.registry import HOLDOUT187
from tests.variants.kit import Variant

MODULES = (single, periods, departments, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT187, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 187th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
