"""The 888th held-out set: rural toilet renovation and faecal sludge treatment (农村改厕).

Eighteen invented returns (khn01–khn18), nine correct and nine with two or three planted
mistakes (24 required marks), written blind from domain.md, the variants README, ``kit.py``,
``heads.py`` and the rule catalogue. Places, units, people, phone numbers and figures are
invented (芦汀县, 霞洲县, 鸬湾乡, 杉陂区, 砚塘县, 蒲垟县, 桐坪县, 柘口县, 赭岭县).

Modules: ``toilets`` (户厕、公厕改造, khn01–khn06), ``sludge`` (粪污收运、处理、资源化,
khn07–khn12), ``mixed`` (department returns and projects covering both, khn13–khn18).

Layouts: project heads with one-year and multi-year money blocks (万元 in the number format);
department heads with budget rows and key tasks; numbered (一、（一）、1.), starred (*, ★) and
abbreviated (产出, 数量) tier labels; operator columns (≥ or words), a direction column
(指标性质 正向/反向 beside 指标方向 大于等于); unit columns; two stacked projects (khn03,
khn04); flat lists (khn05, khn06); 中期 and 年度 columns (khn07, khn08) and two complete column
sets (khn17); tier-1 and indicator score columns (khn09, khn10); a budget-system export with
codes in the first columns and a repeated header (khn11); a table on a second sheet under
考核指标 / 预期实现值 (khn12); header words 年度指标值, 预期目标, 绩效目标值; 注, 说明, 填表说明,
signature and date lines.

Planted mistakes (code, highest accepted severity, place):

* khn02: D104 warning, row of 户厕改造数量 (goal 800户, indicator ≥600户); Y102 error, value of
  改厕完工时间 (2026年6月30日前 in a 2025 one-year project; D104 accepted); B107 warning, row of
  户厕改造补助标准 (2500元 × 800户 = 200万元 > 120万元).
* khn04: B101 error, second project's 年度资金总额 (150 ≠ 120 + 20); D103 warning, row of
  改厕竣工验收合格率 (near-duplicate of 改厕验收合格率 with another value; D102, D104 accepted);
  F201 warning, row of 化粪池防渗漏检测合格率 (a quality rate under 时效指标).
* khn06: W101 error, book level (weights add to 95); D102 error, row of the second 户厕改造数
  (≥600 / ≥450; D101, D104 accepted).
* khn08: Y103 warning, the 年度目标 cell (2024年度 task left in a 2025–2026 project); D201
  error, annual 暂存池 ≥70个 above the period's ≥60个 (D104 accepted); D202 warning, annual
  堆肥点 ≥4处 copied from 中期 (D104 accepted).
* khn10: W103 error, 产出指标's score cell (50 declared, 55 under it; W101 tolerated at book
  level); B107 warning, row of 吸粪车购置单价 (35万元 × 6辆 = 210万元 > 200万元); B102 error,
  the detail lines' 合计 (150 + 40 + 8 = 198 ≠ 200).
* khn12: Y101 error, row of the plan dates on 基本信息 (2024 dates under a 2025 title; Y102
  accepted); X104 warning, 处理点建成时间 (text "45930"); F201 warning, row of
  改厕户收运服务满意度 (a satisfaction rate under 社会效益指标).
* khn14: B101 error, 资金总额 (300 ≠ 260 + 30); B102 error, 金额合计 (tasks add to 210, not
  200); D104 warning, row of 村级粪污处理站建成数 (goal and task 6座, indicator ≥8座).
* khn16: X101 error, the template's example row value ≥XX户; F110 error, the empty name cell
  of the row under 质量指标 holding ≥95%.
* khn18: T108 warning, row of 整治后化粪池渗漏发生率 (反向 with 大于等于); D104 warning, row of
  整治完成时间 (goal 9月底前, indicator 2025年11月30日).

Cross-table marks (found only by comparing parts of the return): khn02 ×3, khn04 ×3, khn06
D102, khn08 ×3, khn10 ×3, khn12 Y101 and F201, khn14 ×3, khn16 X101, khn18 D104: 21 of 24.

Legitimate look-alikes in the correct returns:

* goal totals with their parts in brackets and indicators for the parts (khn01 1200 = 1000 +
  200; khn13 1500 = 1200 + 300);
* unit cost × count equal to or within the money (khn01 1500元 × 1200户 = 180万元; khn03
  6万元 × 16座 = 96万元 and 500元 × 900户 = 45万元; khn09 30万元 × 5辆 = 150 ≤ 160; khn07
  4 × 55 + 8 × 8 = 284 ≤ 300 a year and 852 ≤ 900 over the period; khn11, khn13, khn15, khn17);
* typed percent cells (khn01, khn05, khn18) and percents with a unit column (khn05, khn11);
* rates raised in 百分点 (khn01, khn09, khn13); 100 both ways with tier-1 and indicator scores
  (khn09); =100% at the ceiling (khn03, khn09, khn16);
* a 下降率 with ≥ / 不低于 (khn05, khn17); 0起 incidents, equal in 中期 and 年度 (khn05, khn17);
* 中期 counts above the year's, rates and unit costs equal in both (khn07, khn17); a later
  year the work prepares for (khn07: 为2028年全县推广积累运维经验);
* the same indicator name with different values in two stacked projects (khn03);
* fill and signature dates in the year before the budget year (khn01, khn07, khn13, khn17);
  a footnote naming 2024 as the base of a 下降率 (khn05); 说明 / 填表说明 rows, a （续表） row and
  a repeated header row (khn11).

Judgements where a reviewer could hesitate:

* khn04's near-duplicate differs by one word and carries another value: warning (D103) with
  D102 accepted, since the reviewer cannot be sure the two are one indicator; khn06's exact
  duplicate with two values is an error (D102).
* B107 stays a warning (a cost cap above the money is doubtful, not impossible); D104 stays a
  warning wherever a goal and an indicator disagree.
* khn08: the annual count above the period's is D201 (error); the goal's 30个 also disagrees,
  so D104 is accepted at that cell instead. The 年度目标's 2024年度 task is Y103 (warning).
* khn12: both plan dates are 2024 under a 2025 title; one row mark (Y101, Y102 accepted) covers
  both date cells.
* khn10: the extra 5 points under 产出 also break the indicator total (105), so W101 is
  tolerated at book level but not asked for.
* khn16's value without a name sits under 质量指标; the empty name cell carries the mark.
* khn11 gives 2026 as the budget year on both sheets; the 投入运行时间 date lies in 2026.
* khn17's 粪污外溢污染事件 0起 in both columns is a cap, not a cumulative count copied.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout888 import mixed, sludge, toilets
from tests.variants.holdout888.registry import HOLDOUT888
from tests.variants.kit import Variant

MODULES = (toilets, sludge, mixed)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT888, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 888th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
