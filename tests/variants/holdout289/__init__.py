"""The 289th held-out set: 18 invented returns on animal husbandry and veterinary services
(动物防疫, 强制免疫, 病死畜禽无害化处理 in ``immunization`` and ``disposal``; 畜禽粪污资源化利用
and 兽药饲料监管 in ``disposal`` and ``manure_drugs_feed``), with a careful reviewer's marks, to
measure ``goalbook check`` out of sample. Budget year 2025 throughout; all places (鹤汀县, 枫渡区,
茗川市, 柳墩县), units, codes, people, phone numbers and figures are invented.

Layouts: project heads with 万元 in the number format (sm01–sm04, sm06–sm08, sm11–sm17), a
transfer-payment head with 中央补助 + 地方资金 (sm15), department heads with typed shares and
key tasks (sm05, sm09, sm10); OLD-NAT and NAT-2021 tables with tier-1 and tier-2 merged down;
operator columns (指标性质 as operator: sm01, sm09, sm12, sm18), a direction column (sm10), unit
columns; headers 考核指标 / 绩效标准 (sm01), 预期目标 (sm03), 预期实现值 on a second sheet
(sm04); three and two projects stacked in one sheet (sm07, sm08); flat lists (sm09, sm10);
中期 and 年度 columns (sm06 three years, sm17 two years); numbered labels, labels with points,
* and ★ marks and abbreviations (sm13–sm16); tier-1 and indicator score columns (sm13, sm14);
a 说明 row, footnotes, 填表说明, subtotal rows, a header repeated after a page break and
signature lines (sm05, sm11); a budget-system export with codes in the first columns and the
header on row 3 of sheets 「项目支出预算05-1」 and 「项目支出绩效目标05-2」 (sm18).

Planted mistakes (return: code at place, highest accepted severity):

* sm02: T108 Sheet1!D9 (row) warning, 病死畜禽收集转运单位成本 ``=260元/吨`` (a cost cap
  with =); T108 Sheet1!D12 (row) warning, 规范化收集暂存点建设数量 ``≤14个``; T108
  Sheet1!D14 (row) warning, 接报后上门收集响应时长 ``≥24小时``.
* sm03: F109 Sheet1!B10 (row) warning, 社会成本指标 left from the template; T105 Sheet1!D14
  error, 免疫档案建档率 ``3200户``; F110 Sheet1!C15 error, a value ``≥95%`` without a name.
* sm06: D204 Sheet1!D9 warning, 年度目标 copied from 中期目标; D202 Sheet1!E13 and
  Sheet1!E14 warning, 消毒通道 and 洗消中心 counts copied into the annual column.
* sm08: B101 Sheet1!C19 error, the second project's 年度资金总额 56.0 ≠ 45.0 + 6.0; T105
  Sheet1!D24 error, 除臭设施运行达标率 ``12次``.
* sm10: T108 Sheet1!C11 (row) warning, 反向 粪污收集处理单位成本 ``≥18``; T112 Sheet1!C13
  (row) error, ``≤6万元`` against the unit column 件; W101 book level error, weights 95.
* sm12: X104 Sheet1!F4 warning, 计划完成日期 ``46022`` as text; T115 Sheet1!E12 error,
  单位转运补助标准 ≤ 0 万元/吨 (20元/吨 rounded away); X105 Sheet1!D19 warning (X103
  accepted), the detail amount ``19.7 5``.
* sm14: W103 Sheet1!B9 error (W101 accepted), 产出指标 declared 50, indicators 40; T106
  Sheet1!E11 error, 配套率 ``≥105%``.
* sm16: T108 Sheet1!D11 (row) warning, 抽检不合格率 ``≥1.5%``; F105 Sheet1!B13 error,
  ``4.社会效益指标`` under 产出指标.
* sm18: B102 项目支出预算05-1!F8 error, 合计 58.0 against lines adding to 56.0; T106
  项目支出绩效目标05-2!G6 error, a typed 105% on 复核一致率; T107 项目支出绩效目标05-2!F11
  (row) warning, ``=`` with 95% on 生产经营企业满意度.

Legitimate look-alikes in the correct returns: typed percents with % also in the unit column,
``=`` with 100% on a 达标率 and ``=0起`` on incident counts (sm01, sm05, sm09, sm13); a 损耗率
with ≤ (sm01); a 下降率 with ≥ (sm09, sm17); ``≥3百分点`` and ``≥2百分点`` on rates raised
(sm04, sm13); typed shares rounded to 0.01% (sm05); the same 满意度 name with different values
in stacked projects (sm07); unit cost × count exactly equal to the money (sm07); tier and
indicator scores both adding to 100 (sm13); weights adding to 90 with a footnote saying that
预算执行率 is scored apart (sm11); subtotal, 合计, 说明, 填表说明 and repeated header rows
(sm05, sm09, sm11); fill and signature dates in the year before the budget year (sm01, sm05,
sm09, sm11); equal 中期 and 年度 rates and unit costs, and a 中期 deadline in the second
project year (sm17, and beside the copies in sm06); decorated or abbreviated tier labels
(sm13, sm15, sm16).

Judgements where a reviewer could hesitate:

* ``=260元/吨`` on a cost is marked T108 as in the main corpus (an ``=`` on a cost cap), not
  T107, which speaks of rates.
* sm10's weights add to 95, not 90, so they cannot be read as 100 less a separately scored
  预算执行率; sm11's 90 is explained in a footnote and is correct.
* The shares of sm05 are rounded to two decimals; a reviewer accepts the rounding.
* sm12's ``≤0万元/吨`` is a rounded unit subsidy, not a zero-growth target; the ``46022`` end
  date is at most a warning because the 项目期 and title still give the year.
* sm14's W103 may also show as W101 (indicator scores 90 against 100): both accepted.
* sm18's ``=`` sits in the operator column, so its T107 may land at the operator or the value.
* In the flat lists (sm09, sm10) no tier findings of any kind are expected.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout289 import disposal, immunization, manure_drugs_feed
from tests.variants.holdout289.registry import HOLDOUT289
from tests.variants.kit import Variant

MODULES = (immunization, disposal, manure_drugs_feed)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT289, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 289th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
