"""269th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
grain and material reserves (粮食储备轮换, 应急物资储备, 储备粮油质量检测, 成品粮油应急加工):
tonnages in 吨 and 万吨, loss rates with ≤, storage costs per 吨·年, prior-year rows with budget
and spending, percentages typed in Excel, amounts converted from PDF (variant items 1, 9, 12).
9 of the 18 returns are correct; the other 9 carry 2–3 planted mistakes a careful reviewer
marks (23 in all):

* money that does not add up: 年度资金总额 36 ≠ 30 + 8 in the second of two stacked projects
  (rs10, B101, error); tasks 380 + 150 + 50 = 580 against a 金额合计 of 600 (rs04, B102, error);
  年度资金 960 above 中期资金 900 (rs08, B103, error); a 基本支出 share of 35.00% for 260 of 860
  (rs04, B111, error);
* prior-year rows: 上年执行数 596.4 above 上年预算 580 (rs02, B104, warning); 应急物资采购数量
  与上年持平 while the budget rose from 400万 to 500万 (rs18, B106, warning);
* a storage cost ≤90元/吨·年 × 3万吨 = 270万 above the project's 210万 (rs10, B107, warning);
* conversion artefacts: 其他资金 150000 in a 万元 head where 15 fits (rs16, B110, error, B101
  accepted); the total pasted twice, 86.5万86.5万 (rs06, X106, error); a detail amount split by a
  space, 21.5 8 (rs06, X105, warning); 上年执行数 pasted as text 3,864,000.00 (rs18, X103,
  warning); a unit cost rounded to ≤0万元/份 (rs06, T115, error);
* a 完成率 typed as 105% (pct 1.05) (rs02, T106, error);
* 质量指标 under 效益指标 (rs02, F105, error);
* 中期 and 年度: a 年度 capacity ≥5万吨 above the 中期 ≥4万吨 (rs08, D201, error, D104 accepted);
  a cumulative count ≥8栋 in both columns of a two-year project (rs08, D202, warning, D104
  accepted);
* an end date 2027-03-31 in a one-year 2026 project (rs10, Y102, error, Y101 accepted);
* ≥吨 in the value against 万吨 in the 计量单位 column (rs16, T112, error);
* ≥ on a 反向 霉变损失率 in a flat list (rs12, T108, warning); the flat list's weights add to 95
  (rs12, W101, error, on the file);
* tier-1 points 产出指标（60分） and 效益指标（30分） whose indicators score 55 and 35 (rs14, W103,
  error, twice); a deadline given as 100% (rs14, T113, warning).

A money cell with a note in brackets, ``620万（含上年结转20万元）`` (rs02), is tolerated with a
warning (``ok``).

Legitimate look-alikes sit in the correct returns (rs01, rs03, rs05, rs07, rs09, rs11, rs13,
rs15, rs17): 万吨 beside 吨 and costs per 吨·年, 吨, 份, 批次, 平方米 and 家 whose product with the
tonnage or count stays within the money (rs01, rs05, rs07, rs09, rs15, rs17); 损耗率 and 涨幅 with
≤ (rs01, rs09, rs13, rs15); percentages typed as Excel stores them (100% in rs01, rs03, rs07,
rs09, rs11, rs13, rs17; 98% beside a % unit column in rs05; a 98.0% 执行率 in rs17); money with
the unit in the number format (all); =0 批次 on a harm and =100% on a 建档率 in an operator column
(rs05); a stock kept at ≥1.5万吨 in both 中期 and 年度 columns, rates and unit costs equal in
both, and a 2028 date in the 中期 column of a 2026–2028 project (rs07); 实施周期 and 年度 columns
equal in a one-year department table, with a footnote saying so (rs03); shares that match their
amounts and tasks adding up to 项目支出 (rs03); a flat list with 指标性质 as direction, weights
and a 合计 row of 100 (rs11); a cost 与上年持平 with the budget unchanged and spending below the
prior budget (rs17); two stacked projects, each adding up on its own (rs09); numbered tier
labels with points at both levels adding up (rs13); a 测算依据 block whose lines make the total
(rs15).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout269 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout269 import materials, rotation, testing
from tests.variants.holdout269.registry import HOLDOUT269
from tests.variants.kit import Variant

MODULES = (rotation, materials, testing)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT269, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 269th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
