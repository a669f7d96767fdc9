"""204th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
returns from township health centres, 街道 offices and small units as they arrive, on health,
medical security and elderly care (家庭医生签约, 老年人健康体检, 疫苗接种, 医保基金监管, 城乡居民
医疗救助, 居家养老服务, 高龄津贴): title and unit rows above the header, 填表说明 / 备注 blocks and
signature rows (单位负责人 │ 填表人 │ 联系电话 │ 填报日期) below the indicators, values split over
指标值 │ 计量单位, percentages typed (0.95 with a % format) beside text percents, fullwidth and
word operators (＞＝, ≧, 不低于, 不高于, 以上, 以内), cells merged by hand, indicators on a second
sheet, stacked projects, one-year and multi-year tables, flat lists, weights and scores.

10 of the 18 returns are correct; the other 8 carry 1–2 planted mistakes a careful reviewer
marks: a 年度资金总额 that is not the sum of its parts; key tasks not adding to their 金额合计; a
签约率 stored as 105% and a 接种率 of ≥102%; a 反向 差错发生率 with ＞＝ and a 跌倒发生率 of
5%以上; a 检查覆盖率 given as 320家; a deadline on 2026年2月29日 and one in 2027 in a 2026 table;
a 年度 count above the 中期 count; the same indicator repeated under another tier-2; a count
given as 按上级要求开展; a 续约率 and a 签约人数 below the numbers of the goal text; a
可持续影响指标 under 满意度指标.

The correct returns hold legitimate look-alikes: a standard × count exactly equal to the money
(40元/人·年 × 9600人, 81元/人 × 8000人, 400元/人 × 13000人, 5000元/户 × 150户), a 覆盖率 or
准确率 of 100% (typed and as =100%), rates merged by hand across the 中期 and 年度 columns, a
疑似预防接种异常反应报告及时率 and a 违规基金追回率 (正向 despite the harm words), a 发病率 of
≤1/10万, numbers inside names (2型糖尿病, 65岁及以上, 60周岁, 80至89周岁), fullwidth digits,
提高≥2百分点 / ≥5百分点, a 0起 accident target, a 追回金额 above the budget as an outcome, weights
adding to 90 with 预算执行率 scored apart, equal 实施周期 and 年度 columns in a one-year table, the
same 满意度 name with other values in two stacked projects, a 栏次 row, fill dates in the prior
year.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout204 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout204 import departments, periods, sheets, single
from tests.variants.holdout204.registry import HOLDOUT204
from tests.variants.kit import Variant

MODULES = (single, periods, sheets, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT204, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 204th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
