"""The 645th held-out set: 18 invented returns on 油棕（引种试验）与热带经济林、橡胶林下套种, budget
year 2026, with a careful reviewer's marks. Aim: checks across the table (goal text against
indicators, years and dates, 中期 against 年度, duplicates, wrong tier-2, cost × count against
money, parts against totals, leftovers).

Layouts: project heads (``heads.project_head``) with 中期/年度 money blocks and department heads
(``heads.department_head``) with budget and key-task blocks; an operator column 指标性质 with bare
values and a unit column (ge01, ge05, ge11); operators inside the values (most); 中期 and 年度
value columns (ge02, ge04, ge18); a head on one sheet and the table on a second under 预期实现值
(ge06); a flat department list (ge08); two projects stacked in one sheet (ge10, ge11); tier
labels with points and an indicator score column (ge12), a tier-1 score column (ge13); headers
指标内容 / 绩效标准 with an instruction row and a header repeated after a page break (ge14); a
budget-system export on two sheets with codes in the first columns (ge15).

Planted mistakes (code, highest accepted severity, place):

* ge03-palm-goal-mismatch: D104 ≤warning at 观察圃建设面积's value (row; goal says 150亩,
  indicator 120亩); Y102 ≤error at 种苗定植完成时间 ``2025年6月30日前`` (row; alt Y101, Y103);
  F201 ≤warning at 苗期抗寒性观测数据完整率 under 时效指标 (row).
* ge04-palm-multi-year-wrong: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201
  ≤error at the 年度 cell ≥260亩 against 中期 ≥200亩 (alt D104); D202 ≤warning at the 年度 cell
  of 物候观测记录 ≥36份 copied from the period.
* ge05-palm-money-wrong: B101 ≤error at 年度资金总额 (row; 80 + 10 ≠ 95); D104 ≤warning at 引进
  油棕良种数 6 (row; goal says 4); B107 ≤warning at 种苗采购单价 (row; 0.06万元 × 2000株 = 120
  > 95).
* ge09-rubber-duplicates: Y103 ≤warning at the 年度绩效目标 cell (2025 in a 2026 return; alt
  Y101); D102 ≤error at 林下南药套种面积 (row; same as 林下套种南药面积 with 1500 vs 2000亩; alt
  D103, D101); F201 ≤warning at 套种农户满意度 under 社会效益指标 (row).
* ge10-rubber-stacked: B101 ≤error at the second project's 年度资金总额 (row; 55 + 10 ≠ 70);
  D104 ≤warning at its 益智套种面积 ≥600亩 (row; goal says 800亩).
* ge12-rubber-points-template: W103 ≤error at 一、产出指标（50分） (scores below add to 40);
  F201 ≤warning at 幼苗采购费 under 数量指标 (row); X101 ≤error at ``≥XX亩`` (template example
  row); W101 at book level tolerated (the same shortfall makes the scores 80, not 90).
* ge16-forest-dates: Y104 ≤error at 计划完成日期 2025-12-31 (alt Y101, Y102); Y103 ≤warning at the
  年度绩效目标 cell (2024年; alt Y101); Y102 ≤error at ``2027年3月31日前`` (row; alt Y101).
* ge17-forest-dept-money: B101 ≤error at 资金总额 (row; 260 + 400 ≠ 680); B102 ≤error at the
  金额合计 amount (150 + 120 + 110 = 380 ≠ 400); D104 ≤warning at 低效经济林改造面积 ≥4000亩 (row;
  goal and task say 5000亩).
* ge18-forest-multi-year: B103 ≤error at 年度资金总额 210 > 中期 180; D201 ≤error at 年度 出圃
  良种苗 ≥45万株 above the period's 40 (alt D104: the goal says 15万株); the base ``=1处`` and the
  年供应能力 equal in both columns are tolerated (≤warning), not asked for.

Legitimate look-alikes in the correct returns: typed percent cells (ge01, ge08, ge11, ge15,
ge06's 100% ceiling); a 病虫害发生率 / 新发病率 with ≤ and a 水土流失面积下降率 with ≥ (ge01,
ge07, ge11, ge15); 0起 on incident counts (ge02, ge08, ge11); 化学农药使用量增长率 ≤0% is 零增长
(ge03, not marked); goal counts with their parts in brackets (ge01 对照区, ge07 益智 + 咖啡, ge06
3 品种 × 12 小区); 为2027年扩大示范 / 推广 (ge01, ge06); period counts above the year's beside equal
rates and unit costs (ge02); all 8 varieties introduced in year one, so 8 in both columns (ge02);
a subsidy × area equal to its task money (ge07 210万元), 0.25万元/亩 × 600亩 equal to the money
(ge13); a rate raised in 百分点 (ge08, ge13); tier and indicator points both given (ge13); the
same indicator names with different values in two stacked projects (ge11); a base year 2025 in
a footnote or 备注 and a fill date in 2025 (ge07, ge14); instruction, footnote, repeated header,
合计 and signature rows (ge08, ge12, ge14).

Judgements: the goal-vs-indicator differences are warnings (D104), the goal may be loose;
deadlines and plan dates outside the budget year are errors (work paid from 2026 money cannot be
due in 2025, a one-year project cannot run into 2027); a conflicting duplicate is an error
(D102); a cost or satisfaction rate under the wrong tier-2 is a warning (F201).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout645 import forest, palm, rubber
from tests.variants.holdout645.registry import HOLDOUT645
from tests.variants.kit import Variant

MODULES = (palm, rubber, forest)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT645, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 645th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
