"""The 344th held-out set: 18 invented returns on shared bicycles and e-bike safety (共享单车
parking zones, 电动自行车 centralised charging points, battery fire checks, illegal parking
cleared, helmets), with a careful reviewer's marks, to measure ``goalbook check`` out of sample.
Budget year 2025; invented places 栖桐区, 禾湾街道, 漾川县, 雁柏市 (鹿鸣区).

Layouts: project heads with one-year and multi-year money blocks (万元 in the number format);
operator column (指标性质) with a unit column (up01, up02); three and two projects stacked in one
sheet (up03, up04); flat department lists, operator order and direction order (up05, up06);
instruction row inside the table, footnotes, 填表说明, signature lines (up07); department table
with a unit-code row, subtotals and the header repeated after a page break (up08); tier-1 and
indicator score columns (up09, up10); 中期 and 年度 columns under a two-row header (up11) or one
header row (up12); numbered, marked and abbreviated tier labels (up13); headers 考核指标 ·
目标值（年度） · 评价标准 (up14); a budget-system export, indicator table on sheet 05-2 with the
header on the third row and the project code in the first column (up15); header 预期目标 with
template rows left empty (up16); department budget with typed percent shares and key tasks
(up17, up18).

Planted mistakes (code, highest accepted severity, place):

* up02: T106 error at the typed ``105%`` of 停放区验收合格率; T108 warning (row) at the ``≥``
  of 共享单车乱停放投诉率.
* up04: B101 error (row) at the second project's 资金总额 28 (20 + 5 = 25); T105 error at
  违停举报处置率 ``480件``.
* up06: T112 error (row) at ``≥4.5公里`` with 计量单位 ``个``; T108 warning (row) at 违停投诉率
  ``≥3%`` declared 反向; W101 error, book level (weights 95).
* up08: F202 warning (row) at 预算执行率 under 成本指标; T107 warning at 受检商户满意度 ``=95%``.
* up10: W103 error at the 产出指标 score 40 (indicators 35) and at the 效益指标 score 30
  (indicators 35); T115 error at 单块电池检测费用 ``≤0万元/块``.
* up12: D204 warning at the 年度目标 cell (alt D104); D201 error at 配置微型消防站 年度 ``≥55处``
  (中期 ``≥40处``).
* up14: F105 error at the tier-2 社会效益指标 under 产出指标; T105 error at 头盔质量抽检合格率
  ``12批次``.
* up16: F109 warning (row) at the empty 社会成本指标 and 生态效益指标 rows; F110 error at the
  empty name cell of the 质量指标 row with ``≥95%``.
* up18: B101 error (row) at 资金总额 300 (基本支出 170 + 项目支出 140 = 310); X106 error (alt
  B108) at ``45万45万（含检测设备）``; B102 error at 金额合计 140 (45 + 60 + 30 = 135).

Legitimate look-alikes in the correct returns: typed percent cells (up01, up05, up11, up17);
违停投诉量下降率 / 火灾起数下降率 / 占道投诉量下降率 with ≥ (up01, up05, up13);
``≤ 0 起`` on an incident count (up05); ``=100%`` on 验收合格率 explained by a footnote (up07);
``≥5百分点`` rate changes (up09, up17); tier points and indicator points both adding to 100
(up09); a unit cost × count equal to the money (up03 project 3: 300 × 0.15 = 45); 市民满意度 with
different values in different stacked projects (up03); a fill date in December 2024 (up07);
rates and unit costs equal in 中期 and 年度 while counts differ (up11); a cost cap equal to the
budget (up15: ``≤96`` 万元); subtotal, 合计, note and repeated header rows (up07, up08).

Judgements: up06's weights add to 95 (not 90, which could mean 预算执行率 scored apart), so
W101 is a book-level error. up10's tier scores and indicator scores both total 100, so only the
two tier-level W103 are marked, no W101. up12's copied 年度目标 also quotes the period counts, so
a D104 at that cell names the same problem. up18's pasted amount is read as 45; B102 stands
either way. up15's value column holds bare numbers with the unit (``%``) in its own column; the
operator is inside the value. up08's 下降率 with ≥ and 小计 rows are not findings.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout344 import charging, parking, safety
from tests.variants.holdout344.registry import HOLDOUT344
from tests.variants.kit import Variant

MODULES = (parking, charging, safety)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT344, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 344th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
