"""171st held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round thirty-eight: returns built from older or regional
forms: tier columns titled 一级 │ 二级 │ 三级 (no 指标), a head block laid out down columns A and
B for twenty rows before the table, the 年度目标 (and 中期目标) split over three numbered rows,
the value column titled 目标值（2026年）, money in 元 in the head and in 万元 in a 资金来源 block
(each labelled), a 权重（分） column whose tier-1 rows carry their own score beside the
indicators' scores (not to be added twice), and a 审核意见 block with signatures at the bottom.

12 of the 18 returns are correct. The other 6 carry 1–2 planted mistakes each, placed in these
habits: a 产出 tier score of 60 over indicator scores adding to 55 (W103) and a satisfaction of
≥100% (ny03); a 资金来源（万元） block whose 财政拨款 + 其他资金 miss its 合计 (B101) and a
numbered goal line with a deadline in the year before (ny05); an annual dredging volume above its
中期 volume (D201) and ≥ on a 反向 rate (ny09); an 经济效益指标 row swallowed by the merged 产出
cell (F105) and a 完成率 given in 卷 (ny12); 基本支出 + 项目支出 missing the 资金总额 in a head
in 元 (B101) and ≥ on a 重复投诉率 (ny14); a 2027 deadline under 目标值（2026年） in a one-year
project (Y102) and =95% on a 合格率 (ny17). The correct returns hold legitimate look-alikes: a
饮水安全责任事故 = 0 起, a cost growth rate ≤0%, ‰ rates, equal 实施周期 and 年度 columns of a
one-year department table, the same satisfaction name in two stacked projects.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout171 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout171 import departments, periods, single, stacked
from tests.variants.holdout171.registry import HOLDOUT171
from tests.variants.kit import Variant

MODULES = (single, periods, departments, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT171, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 171st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
