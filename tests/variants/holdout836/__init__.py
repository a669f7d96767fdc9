"""The 836th held-out set: community elderly meal services (社区长者食堂, 老年助餐点, 送餐上门,
老年人助餐补贴). 18 invented returns, 9 correct, 9 with 24 required marks; the set aims at checks
across the table (goal text against indicators, years, 中期 against 年度, duplicates, wrong
tier-2, cost × count against money, template leftovers).

Layouts: project heads (one-year and multi-year with 中期/年度 columns), department heads with
budget and task blocks, stacked projects, flat lists in two column orders, a budget-system export
(05-1 / 05-2 sheets, codes in the first columns, header on the third row), a table on a second
sheet under 预期实现值, tier-1 and indicator score columns, operator and unit columns, typed
percents (``pct``), 万元 only in the number format, date cells.

Planted mistakes (return: code, highest accepted severity, place):

* kfn02-canteen-goal-mismatch: B101 error at the 年度资金总额 cell (150 ≠ 120 + 20); D104
  warning at ``≥6个`` (goal says 8 助餐点); B107 warning at ``≤30万元/个`` (30 × 6 = 180 > 150).
* kfn04-canteen-stacked-leftover: D102 error, row (alt D101, D103) at the second
  ``助餐点食品留样合格率`` (=100% above, ≥98% here); Y102 error (alt Y103, Y101) at the second
  project's deadline ``2024年10月31日前`` in a 2025 one-year project.
* kfn06-canteen-wrong-tier: F201 warning, row, at ``食堂卫生检查合格率`` under 时效; F110 error
  at the empty name cell of a row holding ``≥85%``.
* kfn08-delivery-copied-annual: D204 warning at the 年度目标 cell (copy of 中期目标); D202
  warning at the annual ``≥9万人次`` (copied); D201 error at the annual ``≥8辆`` (period ≥6辆).
* kfn10-delivery-flat-defects: D104 warning at ``≥1000`` (goal says 1200名); D103 warning, row
  (alt D101, D102) at ``上门送餐服务老人数量``; T108 warning, row, at 投诉率 ``≥2`` with 反向.
* kfn12-delivery-year-leftover: Y104 error (alt Y102, Y101) at 计划完成日期 2024-12-31; Y103
  warning (alt Y101) at the 年度绩效目标 text naming 2024年; B107 warning at ``≤8元/餐``
  (8 × 9万餐 = 72万 > 60万).
* kfn14-subsidy-department-wrong: B102 error at 金额合计 (192 + 160 ≠ 380); W103 error at the
  产出指标 score 50 (indicators 45); D104 warning at ``≥2800人`` (goal 3200名); W101 tolerated
  at book level (the indicator points then total 95).
* kfn16-subsidy-cost-over: T106 error at the typed ``102%``; B107 warning at 300 元/人·年
  (× 5000 = 150万 > 120万).
* kfn18-subsidy-template-leftover: X101 error, row, at the example row ``XX社区… ≥XX人``; F109
  warning, row, at the empty 时效指标; F201 warning, row (alt D101, D103) at the satisfaction
  rate under 社会效益 (a D101 at the 满意度 row is tolerated).

Look-alikes in the correct returns: typed percents with a % unit column and ``=100%`` (kfn01,
kfn11); 0起 on incident counts and a 下降率 with ≥ (kfn01, kfn13); a goal count with its parts
in brackets (kfn01, kfn13); the same satisfaction name with different values in two stacked
projects (kfn03); a later year the work prepares for (为2026年推广, kfn05); notes inside and
under the tables, signature and export lines, a 合计 row (kfn05, kfn09, kfn11, kfn15); period
counts above the year's beside equal rates and unit costs (kfn07, kfn17); 提高≥N百分点 (kfn05,
kfn13, kfn15); tier and indicator points both adding to 100 (kfn15); costs × counts equal to
their money (kfn01, kfn03, kfn09, kfn11, kfn13, kfn15, kfn17).

Judgements: a conflicting duplicate within one project is an error (two targets for one
indicator cannot both hold); last year's deadline in a one-year return is an error (Y102), last
year's wording in the goal only a warning; a cost standard × count above the money is a warning
(B107); goal counts against indicators are warnings (the goal may round); in kfn17 the number of
失能老人 covered is the same group both years, so equal 中期/年度 values are tolerated (``ok``),
not required; in kfn18 the duplicated satisfaction rate is marked where it is misplaced.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout836 import canteens, delivery, subsidies
from tests.variants.holdout836.registry import HOLDOUT836
from tests.variants.kit import Variant

MODULES = (canteens, delivery, subsidies)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT836, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 836th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
