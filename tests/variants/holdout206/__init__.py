"""206th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
education (教育局, 学校, 学生资助管理中心: 国家助学金, 学前教育资助, 寄宿生生活补助, 农村义务教育
学生营养改善计划, 校舍维修改造, 乡村教师培训, 课后服务补助, 学前教育生均公用经费, 校车运营),
with per-student standards (元/生·年, 元/生·天 × 在校天数, 元/人·次), 测算依据 lines written as
formulas, one-year and multi-year projects, stacked projects and 部门整体 tables of schools.

10 of the 18 returns are correct; the other 8 carry 1–3 planted mistakes a careful reviewer
marks: a 测算依据 whose product (2600人×5元×200天 = 260万元) differs from its amount 280; detail
lines adding to 300 under a 合计 of 320; key tasks adding to 600 under a 金额合计 of 620; a
standard × students above the money (2000元 × 1800人, 1000元 × 4500人); a 资助覆盖率 ≥105% and
a 学时达标率 of 102% (percent cell); ≥ on a 辍学率 and on a 反向 安全事故起数; a 覆盖率 and a
参与率 written as head counts; a 完工时间 in 2027 in a 2026 one-year project; a 年度 count above
its 中期 count; the same indicator under two tier-2s; a 运营线路数 of 若干; a 年度目标 (供餐200天,
达标率95%) against its indicator.

The correct returns hold legitimate look-alikes: 测算依据 blocks whose formulas and lines add up
(3000人×5元/人·天×200天, 平方米 × 元/平方米, 工程费 × 5%); standards × counts exactly equal to
the money (1000元 × 1200人, 8万元 × 25辆, 50元 × 48000人次, 400元 × 5天 × 人次 in both 中期 and
年度, 800元 × 5000人 and 10万元 × 12所 stacked, 2000元 × 2500人 in a flat list); 事故起数 of 0
(inline, =0起, and = 0 in an operator column beside 反向); 辍学率 and 流失率 with ≤; a 下降率 with
≥ beside 正向; rate changes in 百分点; =100% and 100% percent cells at the ceiling; a deadline of
the period's last year in a 中期 column; the same name (家长满意度) in two stacked projects; equal
实施周期 and 年度 columns of a one-year department budget; a note citing 2025 price information
and 2025 fill dates.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout206 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout206 import campus, periods, schools, support
from tests.variants.holdout206.registry import HOLDOUT206
from tests.variants.kit import Variant

MODULES = (support, campus, periods, schools)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT206, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 206th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
