"""The 797th held-out set: agricultural insurance premium subsidies, hog price insurance and crop
loss assessment (查勘定损). 18 invented returns, 9 correct and 9 with planted mistakes (24
required marks, 18 of them found only by comparing one part of the return with another).

Layouts: project heads (one-year and multi-year, 万元 in the number format) and department heads
with budget and task blocks; one value column, operator and unit columns (symbols or words),
中期 and 年度 columns, a two-row header under 指标内容 / 绩效标准, headers 考核指标 / 预期实现值 /
绩效目标值 / 预期目标; a flat list; two stacked projects; numbered tier labels with points and an
indicator score column; labels with * and ★ and abbreviated; a budget-system export on a second
sheet with codes in the first columns; 注 / 说明 / 填表说明 rows, a subtotal, a repeated header
after a page break, a total row, signature and date lines.

Planted mistakes (return: code, highest accepted severity, place):

* kea02-premium-goal-mismatch: D104 warning (row of 柑橘投保面积; goal 15万亩, indicator 13万亩);
  B107 warning (row of 县级保费补贴标准; 30元/亩 × 13万亩 = 390 > 300万元); Y102 error at the
  deadline 2024年10月31日前 in a 2025 return (alt Y101, Y103).
* kea04-department-money-wrong: B101 error (budget row: 320 + 520 ≠ 860); B102 error at 金额合计
  (300 + 150 + 60 ≠ 520); D104 warning (row of 参保农户数; goal 3.2万户, indicator 2.8万户).
* kea06-stacked-premium: B101 error (second project's 年度资金总额 row: 120 + 20 ≠ 150); D103
  warning (row of 森林火灾查勘及时率 next to 森林火灾查勘定损及时率, alt D101, D102).
* kea08-hog-period-copied: D204 warning at 年度目标 (copied from 中期目标); D201 error at the
  annual 承保能繁母猪数量 (8万 > 6万); D202 warning at the annual 覆盖规模养殖场数量 (copied).
* kea10-hog-marked-labels: Y101 error (row of the plan dates, 2024 in a 2025 return, alt Y102);
  F201 warning (row of 赔付资料审核合格率 under 时效); F201 warning (row of 参保养殖户满意度 under
  社会效益).
* kea12-hog-leftover: Y103 warning at 年度目标 (2024年度 left in a 2025 goal, alt Y101); D102
  error (row of the second 理赔款兑付及时率, alt D101, D103); B107 warning (row of 每头保费补贴标准;
  24元 × 10万头 = 240 > 200万元).
* kea15-loss-conversion: X104 warning at 计划完成日期 (text "46022"); T105 error (row of
  受灾地块实地查勘到场率 ≥320次).
* kea16-loss-template-rows: X101 error (row of the example 示例：XX作物查勘面积 ≥XX万亩); F110
  error at the empty name cell; F109 warning (row of the empty 生态环境成本指标).
* kea18-loss-direction: T108 warning (row of 定损差错率 ≥3%); D104 warning (row of 灾后到场查勘时限
  ≤72小时; the goal says 48小时内).

Legitimate look-alikes in the correct returns: a goal total with its parts in brackets and the
parts as indicators (kea01 12.6 = 8.2 + 4.4万亩, kea11 4.5 = 3.6 + 0.9万头); a unit cost × count
equal to the money (kea11 30元 × 4.5万头 = 135万元) or within it (all others); =100% typed in
Excel on a 公示率 and 等于 100 % on a 公示到户率 (kea01, kea13); typed percent cells (kea01);
0起 on an incident count (kea03) and 小于等于 0 起 (kea13); a 下降率 with 大于等于 (kea13); an
差错率 / 纠纷发生率 with ≤ (kea03, kea11, kea13); rates raised in 百分点 (kea07, kea09); tier
points and indicator points both adding to 100 (kea09); period counts above the year's beside
equal rates (kea07, kea17); a later year the work prepares for (kea03 2026, kea17 2027); fill
and signature dates in the year before the budget year (kea01, kea13; unmarked in kea10, kea18
too); a 注 row inside the table, a subtotal and a total row, a header repeated after a page
break (kea13, kea14); the same 参保农户满意度 in two stacked projects with different values (kea06).

Judgements where a reviewer could hesitate:

* A deadline or plan dates in the year before the budget year are errors (Y101 / Y102), not
  warnings: a 2025 budget cannot pay for work due in 2024. A year named only in the goal text
  (kea12) stays a warning (Y103), as the text could quote history.
* D104 is marked on the indicator's row, not at the goal cell: the indicator is what is scored.
* The same rate twice with two values in one tier-2 (kea12) is a conflicting duplicate (error);
  the near-duplicate with one word less in kea06 is a warning, whatever the values.
* B107 is a warning: the subsidy cap times the count exceeding the money is doubtful, not
  impossible (the count may be a ceiling too).
* In kea08 only the annual count above the period's is an error (D201); the copied count is a
  warning (D202).
* kea17's 中期 text 形成1套 against 年度 完成初稿 for the 技术规程 is a milestone, not a conflict.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout797 import hog, loss, premium
from tests.variants.holdout797.registry import HOLDOUT797
from tests.variants.kit import Variant

MODULES = (premium, hog, loss)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT797, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 797th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
