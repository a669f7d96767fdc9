"""259th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
commerce and consumption (消费券发放, 展会举办, 电子商务进农村, 县域商业体系, 老字号保护):
percentages typed in Excel, direction columns, scores at two levels, several projects stacked in
one sheet (variant items 1, 2, 10, 11). 9 of the 18 returns are correct; the other 9 carry 2–3
planted mistakes a careful reviewer marks (21 in all):

* a rate above its ceiling typed in Excel: a 核销率 of 102% (ri02) (T106, error);
* an operator against the direction: ≥ on a 投诉率 declared 反向 (ri02), 小于等于 on a 规范率
  in a word-operator column (ri04), ≥ on a 套现发生率 declared 反向 in the second of two stacked
  projects (ri10), ≤ on a 增长率 declared 正向 (ri14) (T108, warning);
* a subsidy per 张 × the number of vouchers beyond the project money: 50元 × 200000张 = 1000万元
  > 600万元 (ri02) (B107, warning);
* a count of enterprises given as a percentage typed in Excel (ri04) (T120, warning);
* an annual count above the period count, ≥8场 a year against ≥6场 over two years (ri06) (D201,
  error, D104 accepted);
* a deadline after the project period, 2028 in a 2026–2027 project (ri06) (Y102, error, Y103
  accepted);
* a 总额 that is not the sum of its sources: 300 ≠ 200 + 80 in the second stacked project (ri08),
  a department 资金总额 1850 ≠ 基本支出 1200 + 项目支出 600 (ri18) (B101, error);
* 时效指标 under 效益指标 in the second stacked project (ri08) (F105, error);
* a time limit (兑付时限) given as 100% (ri10) (T113, warning);
* a stacked project's 计划完成日期 2025-09-30 before its start 2026-06-01 (ri10) (Y104, error,
  Y102 accepted);
* cost lines 120 + 85 + 60 = 265 under a 合计 of 280 (ri12), department tasks 260 + 200 + 120 =
  580 under a 金额合计 of 600 (ri18) (B102, error; B101 accepted in ri12);
* an annual budget 450 above the two-year budget 400 in a stacked project (ri12) (B103, error);
* tier-1 points at two levels that disagree: 效益指标（30分） over scores of 10 + 10 + 5 (ri14)
  (W103, error, W101 accepted);
* weights adding to 95 with no word of 预算执行率 (ri16) (W101, error, on the file);
* a goal promising 4场 and an indicator of ≥3场 (ri16) (D104, warning);
* a satisfaction target of ≥65% (ri18) (T114, warning).

Legitimate look-alikes sit in the 9 correct returns (ri01, ri03, ri05, ri07, ri09, ri11, ri13,
ri15, ri17): percentages typed in Excel (95%, 98.5%, 0.5%, 15%, 92% beside an operator column,
a bare 100% on a 准确率 and on 覆盖率s, =100% in an operator column, 占比 as 0.00% adding to
100%) and money with 万元 in the number format; a 下降率 with ≥ marked 正向 (ri01, ri09);
投诉率, 破损率 and costs per 张, 家, 人次, 个, 吨 with ≤, all within their money; =0起 equal in
中期 and 年度 columns (ri05) and in a one-year project (ri11); a 直播电商销售额增长率 of ≥150%
(ri07); the same 服务对象满意度 in each of three stacked projects (ri07); 成本指标 under 产出指标
in an OLD-NAT table (ri09); 资金测算 lines that add up (ri09); a January–February project with a
February deadline (ri11); tier-1 points and indicator scores both adding to 100 (ri13, ri17);
rises and falls in 个百分点 (ri13, ri15, ri17); 权重 adding to 90 with a footnote leaving 10 to
预算执行率 (ri15); a department table whose tasks add to 项目支出 (ri17); a date cell as a value
beside ≤ (ri03).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout259 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout259 import percent, scores, stacked
from tests.variants.holdout259.registry import HOLDOUT259
from tests.variants.kit import Variant

MODULES = (percent, stacked, scores)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT259, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 259th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
