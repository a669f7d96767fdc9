"""The 323rd held-out set: 18 invented returns on taxi and ride-hailing services (巡游出租车油改电,
网约车合规化, 出租汽车服务质量考核, 驾驶员培训, 电召平台运维), with a careful reviewer's marks.

Places are invented: 澄岭市 (bureau 318001), 雁汀县 (427003), 枫渡区 (205011); budget year 2026.
``cruise`` holds the cruising-taxi returns (tu01-tu06), ``hailing`` the ride-hailing and dispatch
returns (tu07-tu12), ``drivers`` driver training, department returns and tier labels (tu13-tu18).

Layouts: project heads with one-year money (年度资金总额 = 财政拨款 + 其他资金) or 中期/年度
money; department heads with budget, a share row and key tasks; operator and unit columns
(tu01, tu02); tier-1 and indicator score columns (tu03, tu04); 中期 and 年度 value columns (tu05,
tu06); flat lists (tu07, tu08); two projects stacked in one sheet (tu09, tu10); a budget-system
export with codes in the first columns and the indicator table on sheet 05-2 under 预期实现值
with operators in words (tu11); PDF-converted cells and detail lines (tu12); an instruction row,
a header repeated after a page break, subtotal and total rows, notes and signature (tu13); the
header 预期目标 (tu14); a two-row header 考核指标 · 目标值（年度） · 评价标准 with *, ★ and
abbreviated tier labels (tu17); numbered labels (tu03, tu18).

Planted mistakes (return: code, highest accepted severity, place):

* tu02: B101 error at Sheet1!C5 (row): 年度资金总额 360 ≠ 财政拨款 300 + 其他资金 40;
  T106 error at Sheet1!E11: 新能源车辆替换完成率 typed as 105%;
  B107 warning at Sheet1!E14 (row): 3万元/辆 × 150辆 = 450万元 > 360万元.
* tu04: W103 error at Sheet1!B10 (产出指标 40, indicators 45) and at Sheet1!B14 (效益指标 30,
  indicators 25), both levels still adding to 100; T108 warning at Sheet1!E14 (row): 乘客有效投诉率
  ≥0.3%.
* tu06: D204 warning at Sheet1!D9 (年度目标 = 中期目标 word for word, two-year project);
  D202 warning at Sheet1!E13 and Sheet1!E14 (cumulative 辆 and 人次 copied from 中期).
* tu08: T105 error at Sheet1!C9 (row): 网约车驾驶员证件持证率 3200 with unit 人;
  W101 error on the book: weights 15+20+20+15+10+15 = 95.
* tu10: B101 error at 绩效目标表!C19 (row): the second stacked project's 75 ≠ 60 + 10;
  T108 warning at 绩效目标表!D25 (row): 电召订单平均应答时长 ≥20秒.
* tu12: X104 warning at Sheet1!F4: 计划完成日期 the text "46387" (2026-12-31);
  X105 warning at Sheet1!C16 (X103 accepted): "38.2 5"; X106 error at Sheet1!C17 (B108
  accepted): "24万24万(含驻场人员3名)"; the 合计 cell C19 tolerates any finding up to error.
* tu14: F109 warning at Sheet1!B10 (社会成本指标) and Sheet1!B16 (生态效益指标), both row;
  F110 error at Sheet1!C13: a value ≥95% under 质量指标 with no name.
* tu16: B101 error at Sheet1!B4 (row): 基本支出 180 + 项目支出 300 ≠ 资金总额 500;
  B102 error at Sheet1!D9: tasks 120 + 95 + 70 = 285 ≠ 金额合计 300.
* tu18: T105 error at Sheet1!D12: 网约车双证合规率 ≥1500辆; F105 error at Sheet1!B13:
  （二）时效指标 under 二、效益指标.

Legitimate look-alikes in the correct returns: ``pct`` cells showing 98%, 100%, 45%, 90%
(tu01, tu11, tu15) and =100% typed as text on a 公示率 (tu03); 单车年均碳排放下降率 ≥60%,
非法营运投诉下降率 ≥20, 乘客有责投诉下降率 ≥10% and 拒载绕路投诉量下降率 ≥15% (a 下降率
with ≥, tu01, tu07, tu13, tu17); 0起 on safety accidents and data-security incidents (tu01,
tu07, tu11); tier points and indicator points both adding to 100 (tu03) and subtotals plus a
total row (tu13); 服务质量考核优良率 提高≥3百分点 (tu03); cost caps equal to the money (tu09
平台年度运维费用 ≤96万元 and 8万元/家 × 8家 = 64万元; tu15 2万元/辆 × 150辆 = the 300万元 task);
the same indicator names with different values in two stacked projects (tu09); identical rates
and cost standards in 中期 and 年度 columns while counts fall (tu05); fill and signature dates in
the autumn of 2025 (all); 2028年12月31日前 in the 中期 column of a 2026-2028 project (tu05).

Judgements: B107 in tu02 is a warning, the money itself being already wrong (B101), so the
product exceeds either total. The 100% ceiling (=100%, 等于 100%) is correct. Waiting and
answer times under 社会效益 (tu11 电召乘客平均候车时长) are outcomes, not 时效 tier-3s. The
unlabelled share row under the department budget (tu15) holds shares adding to 100%. In tu18 the
时效 block moved under 效益 is an impossible structure (error); the 产出 block then simply has no
时效 tier-2, which is not a finding on its own. In tu12 the serial date is a warning only, the
project being plainly one year (项目期 1年, start 2026-01-01).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout323 import cruise, drivers, hailing
from tests.variants.holdout323.registry import HOLDOUT323
from tests.variants.kit import Variant

MODULES = (cruise, hailing, drivers)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT323, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 323rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
