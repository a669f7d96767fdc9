"""The 691st held-out set: largemouth bass (鲈鱼) in recirculating tanks, a fingerling hatchery,
and a fish-processing training programme for returning migrant workers.

18 invented returns (9 correct, 9 with 24 required marks), all for budget year 2025, places and
units invented (泓川县, 砚溪镇, 鹭汀市). Modules: ``tanks`` (hy01–hy06, grow-out tanks),
``hatchery`` (hy07–hy12, fingerlings), ``training`` (hy13–hy18, returning migrant workers).

Layouts: project heads (``heads.project_head``) with one-year and 中期/年度 money blocks in 万元
(unit only in the number format); department heads with budget and task blocks; operator
columns with symbols (hy01) or words (hy05, hy13); unit columns; typed percent cells (hy01, hy07,
hy13, all correct); a budget-system export with codes in the first columns and the table on a
second sheet under 绩效目标值 (hy05); headers 指标内容/绩效标准 (hy03), a two-row header with
考核指标/目标值（年度）/评价标准 (hy15); a flat department list with weights (hy07); numbered
tier labels with points and an indicator score column (hy08); abbreviated labels with ``*``
(hy09); stacked projects (hy04, hy17); multi-year projects (hy02, hy06, hy16); instruction rows,
a header repeated after a page break, notes, 填表说明 and signatures (hy11, hy18).

Planted mistakes (code, highest accepted severity, place):

* hy03-tank-goal-against-indicators: D104 ≤warning Sheet1!D9 (row; goal 车间2个, indicator
  ≥3个); D104 ≤warning Sheet1!D11 (row; goal 60吨, indicator ≥50吨); Y102 ≤error Sheet1!D13 (row,
  alt D104 Y103; deadline 2026年9月30日前 in a one-year 2025 project).
* hy04-tank-stacked-money: B101 ≤error 项目表!C20 (second project 95 ≠ 70 + 20); D103 ≤warning
  项目表!D26 (row, alt D101; 尾水处理后达标率 beside 尾水处理达标率); B107 ≤warning 项目表!D28
  (row; 25万元/个 × 4个 = 100 above the year's money).
* hy06-tank-two-year-copied: D204 ≤warning Sheet1!D9 (年度目标 = 中期目标); D201 ≤error
  Sheet1!E12 (alt D104; annual 20套 above the period's 16套); D202 ≤warning Sheet1!E13 (the
  cumulative 产量 copied).
* hy09-fry-wrong-tier: F201 ≤warning Sheet1!D14 (row; 成活率 under 时效); D103 ≤warning
  Sheet1!D17 (row, alt D101 F201; 出池鱼苗规格合格率 again under 可持续影响).
* hy10-fry-department-money: B101 ≤error Sheet1!B4 (180 + 290 ≠ 480); B102 ≤error Sheet1!D9
  (150 + 80 + 70 ≠ 290); D104 ≤warning Sheet1!D13 (row; goal 3000万尾, indicator ≥2500万尾).
* hy12-fry-last-year-leftovers: Y103 ≤warning Sheet1!B7 (年度目标 names 2024年度's task);
  X101 ≤error Sheet1!D12 (row; template example row ≥XX%); Y102 ≤error Sheet1!D13 (row, alt
  Y103; deadline 2024年10月31日前).
* hy14-train-direction-cost: B107 ≤warning Sheet1!D12 (row; 2000元 × 500人 = 100 > 80);
  T108 ≤warning Sheet1!D14 (row; 事故发生率 ≥1%).
* hy16-train-two-year: D201 ≤error Sheet1!E12 (alt D104; annual 1500人次 above the period's
  1200); D104 ≤warning Sheet1!E13 (row; goal 8期, indicator ≥6期).
* hy18-train-department-duplicates: D102 ≤error 部门整体!D18 (row, alt D101 D103 F201;
  结业考核合格率 ≥90% and ≥85%); F201 ≤warning 部门整体!D20 (row; 满意度 under 社会效益);
  D101 ≤warning 部门整体!D21 (row, alt D103 F201; 电商直播培训人数 twice).

Of the 24 marks, 22 compare one part of the return with another (goal against indicators,
years, 中期 against 年度, duplicates, wrong tier-2, cost × count, totals, leftovers).

Legitimate look-alikes in the correct returns: goal counts with their parts in brackets and
``其中：`` rows (hy01, hy07, hy13, hy15); ``=0起`` on incidents (hy01, hy13); ``=100%`` on rates;
饲料系数 小于等于 and a 下降率 with 大于等于 (hy05); ``≥3百分点`` rises (hy05, hy08, hy09);
tier points and indicator points both adding to 100 (hy08); unit cost × count equal to or
within the money (hy01 86.4 ≤ 150, hy07 80 ≤ 90, hy13 96 = 96, hy15 45 = 45, hy17 54 = 54 and
36 = 36); period counts beside smaller annual ones and equal rates/unit costs in 中期 and 年度
(hy02); a later year the work prepares for (为2028年全县推广积累, hy02); the same satisfaction
indicator with different values in two stacked projects (hy17); fill dates in 2024 (all);
a footnote explaining a total (hy11); a repeated header after 续表 (hy11).

Judgements: a deadline outside the year is an error (Y102), a year named in goal text a warning
(Y103); goal-versus-indicator differences are warnings (D104), the reviewer asks rather than
rejects; a near-duplicate under another tier-2 accepts D101/D103 and F201; an annual count
above the period's is an impossibility (D201 error) even where the goal text also differs
(D104 accepted); a conflicting duplicate (two values for one indicator) is an error; in hy04
the B107 stands whichever of 95 or 90 the year's money is; in hy16 the unit cost × the wrong
annual count still stays within the money, so no B107 is asked; 饲料系数 without a unit (hy05)
is dimensionless and not marked.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout691 import hatchery, tanks, training
from tests.variants.holdout691.registry import HOLDOUT691
from tests.variants.kit import Variant

MODULES = (tanks, hatchery, training)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT691, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 691st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
