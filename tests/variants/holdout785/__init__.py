"""The 785th held-out set: 18 invented returns with a careful reviewer's marks.

Theme: weights-and-measures verification (计量检定, ``metrology``: kdo01–kdo06), price
monitoring of staple foods (民生商品价格监测, ``prices``: kdo07–kdo12) and a consumer-rights
education week (3·15 消费维权宣传周, ``rights``: kdo13–kdo18). Budget year 2026 throughout;
places (栖梧市, 柘塘区, 澄渊县, 云岙县), units, people and figures are invented.

Layouts: project heads with one-year and multi-year money blocks; OLD-NAT and NAT-2021 tiers
merged down; numbered tier labels with points (kdo05, kdo06), abbreviated and marked labels
(★, *) with a tier score column (kdo16); headers 绩效目标值, 指标内容 / 绩效标准, 考核指标 /
目标值（年度）, a two-row header with 预期实现值 on a second sheet (kdo18); operator and unit
columns (kdo01, kdo17); 中期 and 年度 columns (kdo02, kdo09, kdo15); two stacked projects
(kdo03, kdo10); a flat department list (kdo04); department heads with shares and tasks (kdo04,
kdo12, kdo13); a budget-system export with codes and the table on sheet 05-2 (kdo11); 注 /
说明 / 填表说明 rows, a repeated header after a page break, subtotal rows, signature lines.

Planted mistakes (code, highest accepted severity, place):

* kdo02: D104 warning (row) at the 中期 value ``≥10套`` (中期目标 says 12套); D201 error at the
  annual ``≥8次`` against the period's ``≥6次``; Y102 error at the annual deadline 2025-12-31
  (project period 2026—2028).
* kdo04: B102 error at 金额合计 70 (tasks 24+16+22=62); D103 error (alt D102, D101) at
  ``加油机检定台数 320`` beside ``加油机检定数量 360``.
* kdo06: W103 error at ``产出指标（40分）`` (indicator points 45; W101 tolerated at book level);
  F201 warning (row) at ``抽查结果报告出具及时率`` under 质量指标; B107 warning (row) at
  ``≤300元`` per batch × 2000 batches = 60万 over 45万.
* kdo08: D104 warning (row) at ``=12个`` monitoring points (goal: 15个); Y103 warning (row) at a
  leftover ``2025年春节、中秋价格专报`` indicator; Y102 error at the 2027-01-15 deadline of a
  one-year 2026 project.
* kdo10: B101 error at the second project's 年度资金总额 50 (40+5=45); B107 warning (row) at
  ``≤3万元`` per shop × 20 shops = 60万.
* kdo12: B101 error at 资金总额 310 (基本 220 + 项目 80 = 300); F110 error at the empty name of
  a row valued ``≥95%``; F109 warning (row) at the empty template tier-2 ``生态效益指标``.
* kdo14: D104 warning (row) at ``宣传周活动天数 ≥5天`` (goal: 7天); D103 warning (row, alt
  D102, D101) at ``发放消费维权宣传资料数量 ≥1.5万份`` under 社会效益 (same as the 数量
  indicator ``≥2万份``); F201 warning (row) at a satisfaction rate under 社会效益指标.
* kdo15: D204 warning at the 年度目标 copied from 中期目标; D202 warning at the annual
  ``≥60场`` copied from the period; T108 warning (row) at ``≥3%`` on an overdue rate.
* kdo17: X101 error (row) at the template's example row ``XX活动参与人数 ≥ XX``; T106 error at a
  typed ``105%`` 知晓率.

24 required marks, 20 of them found only by comparing parts of the return (goal against
indicators, years and dates, 中期 against 年度, duplicates, wrong tier-2, cost × count and
parts against totals, leftovers).

Legitimate look-alikes in the correct returns: kdo01 a goal with ``其中电子计价秤3600台`` and a
part indicator under the total, typed percents, ``= 100%`` on an archiving rate, a fill date in
2025, cost 4200×180元 = 75.6万 within 86万; kdo03 the same ``服务对象满意度`` with two values
in two stacked projects; kdo05 tier points and indicator points both 100, ``≥3百分点``; kdo07
a 注 row inside the table, ``=12个`` beside a goal of 12 with its parts in brackets, a bare
typed percent; kdo09 period counts above the year's, equal point counts explained in a note,
2028 named as the year the data prepare for; kdo11 money lines adding to the project total;
kdo13 ``=0起`` safety incidents, subtotals, a repeated header; kdo16 ``重复投诉下降率 ≥5%``,
``≥2百分点``, ★ labels; kdo18 ``=100%`` kept as text.

Judgements: the two near-duplicate pairs (kdo04, kdo14) give different values; kdo04's is
accepted as an error (two targets for the same count cannot both hold), kdo14's only as a
warning (one under 数量, one under 社会效益, a reviewer may read the second as reach). B107 is
a warning (a unit standard may be a cap). kdo08's 2025 festival indicator is a leftover, Y103 at
the row. A later year named as a purpose (kdo09) is not a year conflict.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout785 import metrology, prices, rights
from tests.variants.holdout785.registry import HOLDOUT785
from tests.variants.kit import Variant

MODULES = (metrology, prices, rights)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT785, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 785th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
