"""232nd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
public health services (基本公共卫生服务, 疫苗接种, 家庭医生签约, 慢病管理, 妇幼健康): rates per
10万 and in ‰, percentages typed as Excel stores them, reverse rates (发病率, 死亡率, 漏种率) and
positive ones, thresholds written well and badly, counts given for rates and rates above 100 %
(variant items 1, 10, 11). 9 of the 18 returns are correct; the other 9 carry 2–3 planted
mistakes a careful reviewer marks (21 required marks in all):

* a rate given as a count: a 接种率 ``≥3.8万人`` (qh02), a 纳入治疗率 ``≥180人`` (qh06), a 随访率
  ``≥2.4万人次`` in the annual column of a 中期/年度 table (qh10) (T105, error);
* a rate above 100 %: a 首剂及时接种率 ``≥102%`` (qh02), a 规范管理率 typed 102 % in Excel beside
  an operator column in words (qh08), a 全程接种率 typed 105 % in Excel (qh16) (T106, error);
* ≥ on a reverse rate: a 漏种率 ``≥3%`` (qh02), a 死亡率 with ``大于等于 │ 190 │ 1/10万`` (qh08), a
  发病率 ``≥150`` beside 反向 and a ``1/10万`` unit in a flat list (qh14); ≤ on a positive one: a
  规范管理率 ``≤65%`` (qh04), a 接种率 ``小于等于95%`` (qh18) (T108, warning);
* ``=95%`` on a 转诊到位率 (qh06) (T107, warning, T108 accepted);
* a reverse rate without operator: a 发病率 ``28/10万`` (qh06), a 婴儿死亡率 ``4.5‰`` (qh18)
  (T117, warning, T103 accepted);
* a head count (规范管理人数) typed as 70 % in Excel (qh04) (T120, warning);
* a 及时率 typed 95 % in Excel beside a ``‰`` unit column (qh12) (T112, error);
* a 发病率 named ``（1/10万）`` whose value is given in ``‰`` (qh12) (T119, warning, T112 accepted);
* an annual 培训人次 above the period's in a three-year project (qh10) (D201, error);
* 资金总额 3120.5 ≠ 财政拨款 2600 + 其他资金 480.5 in a department head (qh14) (B101, error);
* a cost cap 12元/剂次 × 30万剂次 = 360万 above the project's 320万 (qh16) (B107, warning);
* 效益指标（30分） holding 25 points per indicator (qh18) (W103, error, W101 accepted; a W101 on
  the points adding to 95 is accepted anywhere in the file but not asked for).

qh06 also holds ``≥90%以上`` (a doubled operator) where a warning is tolerated but not asked for.

Legitimate look-alikes sit in the 9 correct returns (qh01, qh03, qh05, qh07, qh09, qh11, qh13,
qh15, qh17): rates per 10万 (发病率 ≤180/10万, 孕产妇死亡率 ≤10/10万, 差错发生率 ≤0.5/10万剂次,
肇事肇祸发生率 ≤0.3 with a ``1/10万`` unit) and in ‰ (婴儿死亡率 ≤4‰, 5岁以下儿童死亡率 ≤6‰,
出生缺陷发生率 ≤1.2 with a ``‰`` unit); numbers inside names that are not targets (65岁及以上 …
≥62%, 3岁以下 … ≥88%, 5岁以下 … ≤6‰, 0—6岁, 每万常住人口全科医生数
≥4.2人); percentages typed in Excel (100 % on a 随访率, a 追溯率 in both 中期 and 年度 columns, a
到位率; 95 %, 98 %, 90 %, 80 %, 75 % beside operator columns with an empty or absent unit); word
operators (不少于, 不低于, 大于等于, 以上, 以内) on the right side; rates with ``=100%`` at the
ceiling; changes of rates in 百分点 (早孕建册率较上年提高 ≥1个百分点, 早诊率较上年提高 ≥1
百分点, 失能发生率较上年下降 ≥0.5个百分点); rates equal in 中期 and 年度 columns with counts
smaller in the year; tier-1 labels with points and numbering and 分值 adding to 100 with a 合计
row (qh09); two stacked projects (qh15); a budget-system export on two sheets in 元 (qh17); a
department table whose tasks add up to 项目支出 (qh13). Every money block adds up, every unit
cost × count stays within its money, dates lie in the budget year or the project period.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout232 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout232 import blocks, columns, inline
from tests.variants.holdout232.registry import HOLDOUT232
from tests.variants.kit import Variant

MODULES = (inline, columns, blocks)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT232, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 232nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
