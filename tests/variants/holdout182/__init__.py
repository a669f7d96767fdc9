"""182nd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
agriculture and rural affairs (农业农村局, 农业技术推广中心, 动物疫病预防控制中心, 农产品质量安全
检验检测站: 高标准农田建设, 耕地地力保护补贴, 动物疫病强制免疫, 农产品质量安全监测 and 追溯,
农机购置与应用补贴, 种业振兴 and 良种繁育, 农民合作社质量提升 and 家庭农场, 化肥农药减量增效),
one-year and multi-year project tables with 中期 and 年度 columns and per-亩 / per-份 / per-台
standards, two 部门整体 tables, a Shanghai-framework return in 元 and stacked projects.

10 correct of 18; the other 8 carry 1–3 planted mistakes of the ordinary kinds a reviewer sends
back (17 required marks): a 每亩补贴标准 × 补贴面积 above the money, plan dates in the year after
the title's, a 免疫率 and a 通过率 given as counts, a 合格率 of 102 %, ≥ on a 发病率, 大于等于 on a
抽检不合格率 and ≥ on a 反向 农药使用量, a report date in the next year, 财政拨款 + 其他资金 that
miss the total (once in the 中期 column only) and 基本支出 + 项目支出 that miss 资金总额, the same
indicator twice with different targets, an annual area above the period's, a 满意度 tier-2 inside
the 效益指标 block and an 经济效益指标 inside the 产出指标 block, a vague value (根据工作需要开展).
The correct returns hold legitimate look-alikes: =0起 accident counts, 化肥使用量增长率 ≤0%, equal
中期 and 年度 columns of a one-year project, the same indicator names in stacked projects,
standards × counts within the money, 预算执行率 under the Shanghai 投入与管理.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout182 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout182 import departments, periods, projects, stacked
from tests.variants.holdout182.registry import HOLDOUT182
from tests.variants.kit import Variant

MODULES = (projects, periods, departments, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT182, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 182nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
