"""209th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
health and disease control (卫生健康局, 县人民医院, 妇幼保健院, 疾病预防控制中心, 中医院: 医疗设备
购置, 基层医疗卫生能力提升, 中医药传承, 孕产妇和儿童健康管理, 传染病监测, 慢性病防控), with
procurement lists written as budget lines, per-台/人/人次 standards, one-year and multi-year
projects and 资金来源 blocks.

10 of the 18 returns are correct; the other 8 carry 1–3 planted mistakes a careful reviewer
marks: a 数量 × 单价 (6 × 3.8) written 24.8 in an equipment list; list lines adding to 186 under
a 合计 of 196; key tasks adding to 480 under a 金额合计 of 520; a training standard × 人数 above
the money; a 规范管理率 of 105% and a 接种率 of ≥102%; ≥ on 平均住院日, 婴儿死亡率 and 院内感染
发生率; a 管理率 given as a count (twice); a deadline after the project period (2029 in a
2026–2028 project) and after the budget year (2027 in a one-year 2026 project); an annual count
above its period count; a 年度目标 naming 600人次 against an indicator of ≥500人次; the same
indicator repeated under another tier-2; a count given as 若干.

The correct returns hold legitimate look-alikes: a standard × count exactly equal to the money
(DR 45万元/台 × 8台, 工作室 20万元/个 × 3个, 60元/人 × 16000人 + 2000元/场 × 120场); equipment
lists and 资金来源 blocks that add up; 平均住院日, 院内感染发生率, 漏报率, 门诊次均费用增长率 and a
过早死亡率 with ≤; 孕产妇死亡率 in /10万 and 婴儿死亡率 in ‰; a 增长率 of ≥120%; =100% on
及时率 and 覆盖率; changes in 百分点; a 2028 deadline inside a 2026–2028 period; a one-year project
with identical 中期 and 年度 columns; the same indicator name in two stacked projects with
different values; a fill date and a signature date in the year before the budget year.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout209 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout209 import periods, procure, units
from tests.variants.holdout209.registry import HOLDOUT209
from tests.variants.kit import Variant

MODULES = (procure, periods, units)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT209, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 209th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
