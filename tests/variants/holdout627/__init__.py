"""The 627th held-out set: 金线莲 and 铁皮石斛 under-forest herb farms, with a county seedling
tissue-culture lab (槎岭县, budget year 2026). Everything is invented: places (槎岭县, 雾溪乡,
坳背村, 云岫镇, 栖云山, 牛角坪, 翠屏林场), units, people, phone numbers and figures.

Layouts: project heads (one-year and three-year, 中期 and 年度 columns), department heads
with task blocks, two stacked projects in one sheet, a flat department list, tier-1 points in
the labels and in a score column, numbered tier labels, a two-row header with 指标内容 and
绩效标准 and operators in words, a detail money block under the head, a budget-system export
(预算05-1 and 绩效目标05-2, codes first, header on the third row), a table on a second sheet
under 预期实现值, footnotes, a page break with the header repeated, signature lines.

Planted mistakes (return · code · highest accepted severity · place):

* fm02-jxl-goal-deadline: B101 error at the 资金总额 cell (160 ≠ 120 + 30); D104 warning (row)
  at 金线莲新植面积 ≥150亩 (goal: 200亩); Y102 error at the deadline 2025年6月30日前 (alt Y103).
* fm04-jxl-stacked-defects (second project): B107 warning (row) at 套种补助标准 ≤0.5万元/亩
  (× 200亩 = 100 > 80万元); D101 warning (row, alt D103 D102) at the second 带动农户户数.
* fm06-jxl-department-wrong: Y103 warning at the 年度总体目标 cell (2025年…, alt Y101); B102
  error at 金额合计 (200 + 130 + 100 = 430 ≠ 420); F201 warning (row) at 林农培训满意度 under
  社会效益指标.
* fm08-shihu-period-wrong: D202 warning at the annual 示范基地面积 ≥450亩 copied from 中期
  (alt D104, the 年度目标 says 150亩); D201 error at the annual 种植户技术培训 ≥1200人次 above
  the period's 900 (alt D104); F201 warning (row) at 示范基地验收合格率 under 时效指标.
* fm10-shihu-points-wrong: W103 error at the 产出指标 score 50 (indicators 45); W103 error at
  the 效益指标 score 30 (indicators 35); D103 warning (row, alt D101) at 铁皮石斛鲜条年产量
  under 经济效益, the same as 铁皮石斛鲜条产量 under 数量.
* fm12-shihu-export-wrong: X101 error (row) at the template example row `（示例）XX数量 ≥ **`;
  T108 warning (row) at 鲜条农残超标批次占比 with ≥; B107 warning (row) at 扩种补助标准 0.5
  万元/亩 × 240亩 = 120 > 95万元 on the 05-1 sheet.
* fm15-lab-template-wrong: D104 warning (row) at 组培苗出圃数量 ≥250万株 (goal: 300万株); F109
  warning (row) at the empty tier-2 生态效益指标; F110 error at the empty name of `≥3年`.
* fm16-lab-money-wrong: B102 error at the detail 合计 60 (24 + 18 + 8 + 12 = 62); B107 warning
  (row) at 组培苗单株耗材成本 ≤0.35元/株 (× 200万株 = 70 > 60万元).
* fm18-lab-artefacts-wrong: T105 error at 组培苗病毒检测覆盖率 `120批次`; Y102 error (alt Y103)
  at the deadline date cell 2025-12-15.

Legitimate look-alikes in the correct returns: a cost standard × area equal to the money
(fm01 0.6 × 300 = 180, fm07 0.5 × 900 = 450 and 0.5 × 300 = 150); a goal's total with its
part in brackets (fm01 300亩 其中 100亩, fm13 300万株 其中 120万株, with a footnote explaining
the total); the same indicator names with different values in two stacked projects (fm03); a
下降率 with ≥ and 0起 on an incident count (fm05); 化学农药使用量增长率 ≤0% (fm11); a later year
the work prepares for (fm07 为2029年推广积累…); period counts beside smaller annual counts and
equal rates (fm07); points in tier-1 labels and per indicator, both adding to 100 (fm09); a
rise in 个百分点 (fm09); 污染率 with 不超过 and a 下降率 with 不低于 (fm14); `=100%` as text on a
ceiling rate (fm17); fill dates in December 2025 (fm01, fm05, fm13).

Judgements: a deadline a year early (fm02, fm18) is marked as an error (Y102, a date outside the
budget year) with Y103 accepted; the 年度目标 year left from 2025 (fm06) is a warning. fm08's
copied area also contradicts the 年度目标 and the annual training count exceeds both the period
and the goal, so D104 is accepted beside D202 / D201. fm10's two tier mismatches cancel out in
the grand total, so no W101 is asked for. In fm12 the example row's `**` is the placeholder;
the cost × area is compared with the money on the other sheet of the export.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout627 import jxl, lab, shihu
from tests.variants.holdout627.registry import HOLDOUT627
from tests.variants.kit import Variant

MODULES = (jxl, shihu, lab)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT627, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 627th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
