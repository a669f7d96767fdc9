"""The 880th held-out set: interest subsidies on loans to small and micro enterprises
(小微企业贷款贴息, ``interest``) and guarantee fee subsidies (融资担保费补贴, ``guarantee``), with
department returns, budget-system exports, stacked and scored tables of offices running both
(``bureau``): 18 invented returns, 9 correct, 25 required marks, 20 of them found only by
comparing one part of a return with another.

Layouts: project heads (one-year, two-year, three-year with 中期 and 年度 columns), department
heads with budget and key tasks, flat lists (operator or direction in 指标性质), an operator and
unit column with typed percent cells and 万元 in the number format (khf01), numbered labels with
points and ★ (khf05), abbreviated labels (khf06), headers 绩效目标值 (khf02) and 考核指标 ·
目标值（年度） · 评价标准 with the header repeated after a 说明 row (khf11), two stacked projects
(khf04, khf17), budget-system exports with codes in the first columns, on a second sheet under a
third-row header (khf15) or on one sheet (khf16), a tier-1 score column beside indicator scores
(khf18), 注 rows inside and under the table, signature and date lines, a money detail block.

Planted mistakes (return: code, highest accepted severity, place):

* khf02: D104 warning at Sheet1!D10 (年度目标 300户, indicator ≥350户); Y102 error, row 12 (a
  2026 deadline in a one-year 2025 project); B107 warning, row 13, alt D104 (2万元/户 × 350户 =
  700万元 > 500万元).
* khf03: Y103 warning at the 年度目标 Sheet1!D9, alt Y101 (2024 in a 2025—2027 project); D201
  error at Sheet1!E12 (年度 ≥1000户 above 中期 ≥900户); D202 warning at Sheet1!E13 (累计 15亿元
  copied into 年度, the 年度目标 says 5亿元).
* khf06: F201 warning, row 12 (审核合格率 under 时效); T108 warning, row 15 (不良率 with ≥);
  F201 warning, row 17 (a 满意度 under 社会效益).
* khf08: D104 warning, row 10 (资金规模 ≤900万元, goal 800万元); D103 warning, row 13, alt D102,
  D101, D104 (the household count twice with a word more, 400 / 450); W101 error, book level
  (weights add to 95).
* khf10: Y104 error at Sheet1!F4, alt Y102 (end 2024-12-31 before start 2025-01-01); Y103
  warning at the 年度目标 Sheet1!B7, alt Y101 (last year's goal kept); B107 warning, row 13
  (3万元/户 × 200户 = 600万元 > 450万元).
* khf12: F201 warning, row 11 (a unit cost under 数量); T105 error at Sheet1!D12 (完成率 250户);
  B102 error at Sheet1!D22 (detail lines 290 against 合计 300).
* khf14: B101 error at Sheet1!B4 (300 + 850 ≠ 1200); B102 error at Sheet1!D9 (tasks 880 against
  金额合计 850); D104 warning at Sheet1!D13 (task 500户, indicator ≥450户).
* khf16: X104 warning at 绩效目标!F6 (45930 as text); F109 warning, row 9 (生态效益指标 empty).
* khf17: B101 error at Sheet1!C22 (second project 260 ≠ 200 + 50); D104 warning at Sheet1!D27
  (the first project's 400户 left in the second, whose goal says 120户).
* Tolerated: khf03 Sheet1!E16 (annual unit cost × the wrong 1000户 exceeds 800万元: a consequence
  of the D201), up to warning.

Legitimate look-alikes in the correct returns: typed percent cells (khf01, khf07, khf15); a cost
drop ≥0.5百分点 / ≥0.4百分点 (khf01, khf18), ≥0.3百分点 as a 年度 value (khf09); 下降率 ≥5%
(khf18); 0起 on misuse cases (khf18); tier points and indicator points both adding to 100
(khf05, khf18); ≤ on 代偿率 and a 担保费率 cap (khf07, khf11); =100% on 合规率 (khf09, khf11,
khf17); unit cost × count equal to the money (khf01 400 × 1.5 = 600, khf04, khf05, khf09, khf11
4亿 × 0.8% = 320万, khf13, khf15, khf18); a goal's part (个体工商户120户) below the indicator's
total (khf04); a total with its parts in brackets beside an indicator per part (khf13); the
period's 600户 beside the year's 300户 and 2027 named as the year the work prepares for (khf09);
the same indicator name with different values in stacked projects (khf04); a fill date and
signature dates in 2024 (khf07, khf01, khf10, khf11); a 说明 row and a repeated header (khf11);
a 合计 row of points (khf05, khf18) and of weights (khf07).

Judgements: the near-duplicate count in khf08 is a warning (D103), not an error, since which
figure is meant is doubtful; a year left over in the 年度目标 is a warning (Y103, Y101
accepted), the plan ending before it starts an error; a deadline in the next year in a one-year
project is an error (Y102); B107 on unit cost × count is a warning (the cap is a ceiling, not a
plan); in khf17 the leftover 400户 is marked as D104 against the project's own goal, the only
catalogue code naming it; the 生态效益指标 row in khf16 is F109, not a missing tier-3 name (F110),
as it has no value either. The 2027 in khf09's 中期目标 is not a year conflict
(为2027年推广积累经验).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout880 import bureau, guarantee, interest
from tests.variants.holdout880.registry import HOLDOUT880
from tests.variants.kit import Variant

MODULES = (interest, guarantee, bureau)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT880, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 880th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
