"""212th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
agriculture, forestry and water (农业农村局, 林业局, 水利局: 高标准农田建设, 农机购置与应用补贴,
动物疫病强制免疫, 耕地地力保护补贴, 森林防火, 公益林管护, 国土绿化, 松材线虫病防治, 河湖长制,
小型水库安全运行, 农村饮水工程维修养护, 城乡供水, 水土流失治理): multi-year projects funded from
several 资金来源, per-亩/头份/台/座/处 standards, 测算依据 written as products, procurement lists
priced in columns, stacked projects and 部门整体 tables.

10 of the 18 returns are correct; the other 8 carry 1–3 planted mistakes a careful reviewer
marks: a 数量 × 单价 line (60台 × 1.2万元 written 78) and a 测算依据 product (45处 × 4万元 =
180, amount 160) that differ from their amounts; a 核验率 written as a count of machines; a
免疫密度 of ≥105 % and a 设施完好率 stored as 102 %; a 免疫 deadline in the year before the
budget year and a 汛前检查 deadline in the year after; an annual 高效节水灌溉面积 above the
period's; the same indicator repeated under another tier-2; a 中期 资金总额 that is not the sum
of its three sources; a vague value (视情况而定); ≥ on harms (森林火灾受害率, 管网漏损率,
新增水土流失面积); a 保洁标准 × 河道长度 above the project's money; key tasks not adding to
金额合计; a 普及率 indicator below the figure the goal names.

The correct returns hold legitimate look-alikes: standards × counts exactly equal to the money
(亩均投入 × 面积, 补贴标准 × 面积, 补偿标准 × 管护面积, 单场补助 × 家数), two standards each with
its own count, a managed area (a stock) equal in the 中期 and 年度 columns, a 化肥使用量增长率 ≤0%,
森林火灾受害率 and 成灾率 in ‰ with ≤, =100% on 验收合格率 and 销号率, a 下降率 ≥10%, 反向
counts with ≤, a 2028 deadline in the 实施期 column of a 2026–2028 project, a 漏损率 cap tighter
over the period than in the year, the same 满意度 name with different values in stacked projects,
four 资金来源 including 专项债券 and 社会资本, weights adding to 100, footnotes and signature lines.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout212 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout212 import farm, forest, stacked, water
from tests.variants.holdout212.registry import HOLDOUT212
from tests.variants.kit import Variant

MODULES = (farm, forest, water, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT212, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 212th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
