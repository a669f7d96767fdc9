"""The 694th held-out set: 18 invented returns of 香垅县 (an invented county) on 茉莉 (jasmine)
gardens for scented tea, a tea-scenting (窨制) workshop and a flower-picking labour service for
older villagers; budget year 2026. Nine are correct, nine carry 2–3 planted mistakes (25
required marks, 22 of them found only by comparing one part of a return with another).

Layouts: project heads (``heads.project_head``) with 实施期 / 年度 money columns in 万元 (unit in
the number format); department heads with shares and tasks; one value column, 中期 and 年度
columns, operator and unit columns (symbols or words), a two-row header, tier-1 and indicator
score columns, points in tier labels, numbered / starred / abbreviated tier labels, two projects
stacked in one sheet, a flat list, a budget-system export on two sheets with codes in the first
columns, 说明 / 注 / 填表说明 rows, a repeated header after a page break, signature lines.

Planted mistakes (code, highest accepted severity, place):

* kab10-garden-goal-area: B101 ≤error at the 资金总额 row (row; 150 + 40 ≠ 200); D104
  ≤warning at 扩种茉莉茶园面积 (row; goal 260亩, indicator 300亩); B107 ≤warning at 亩均扩种补助
  (row; 0.8 × 300 = 240 > 200).
* kab11-garden-germplasm-years: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201
  ≤error at the 年度 种质份数 cell (150 > 120); Y102 ≤error at the 年度 deadline 2025年10月底前
  (alt Y101, Y103).
* kab12-picking-duplicates: T105 ≤error at 歇脚点饮水供应覆盖率 ``6个``; D102 ≤error at 服务的
  老年采花工人数 (row, alt D103, D101; 420 vs 450 under 数量 and 社会效益); F201 ≤warning at
  老年采花工满意度 under 社会效益 (row).
* kab13-workshop-wrong-tier: D104 ≤warning at 新增窨制产能 (row; goal 120吨, indicator 150吨);
  F201 ≤warning at 车间扩建每平方米造价 under 数量 (row); F201 ≤warning at 窨制茶叶抽检合格率
  under 时效 (row).
* kab14-garden-stacked-defects: D104 ≤warning at 鲜花保底收购量 (row; goal 600吨, indicator
  800吨); D101 ≤warning at the second 保底收购签约花农户数 (row, alt D103); B101 ≤error at the
  second project's 资金总额 row (row; 60 + 20 ≠ 85).
* kab15-picking-department-money: B101 ≤error at 资金总额 (row; 90 + 125 ≠ 210); B102 ≤error
  at 金额合计 (70 + 40 + 20 ≠ 125).
* kab16-picking-three-year-copy: D202 ≤warning at two 年度 cells (alt D104: the 年度目标 gives
  300人次 and 3个); Y102 ≤error at the 年度 deadline 2024年3月底前 (alt Y103, Y101).
* kab17-workshop-leftovers: Y101 ≤error at the plan-date row (row, alt Y102; 2025 dates under a
  2026 title); X101 ≤error at the example row ``≥**人次`` (row, alt D103). The 2026 deadline
  in 时效 is tolerated up to error (it is right; only the plan dates are wrong).
* kab18-workshop-points: W103 ≤error at the 产出 score 50 (indicators 45) and at the 效益
  score 30 (indicators 35); T108 ≤warning at 窨制环节鲜花损耗率 ``≥3%`` (row).

Look-alikes in the correct returns: typed percent cells (kab01, kab03, kab08 shares); a 下降率
with ≥ (kab01); a goal count with its part in brackets and an indicator for the part (kab01,
kab05); unit cost × count equal to the money (kab04 滴灌 0.16 × 400 = 64, kab08 1.5 × 40 = 60,
kab05 1500元 × 300人 = 45万元, kab17 900 × 400 = 36万元); 中期 counts three times the year's
beside equal rates and unit costs (kab02); 花农满意度 with different values in two stacked
projects (kab04); ≤0起 / 等于0起 on accident counts (kab03, kab09); =100% as text on a rate at
its ceiling (kab07, kab08); ≥5百分点 (kab05, kab07); tier points and indicator points both adding
to 100 (kab05); 上年 165吨 in a note and a footnote explaining the total (kab06); signature dates
in 2025 (several); 说明 rows and a repeated header (kab06, kab15).

Judgements: a D104 on a goal figure is a warning (the goal or the indicator may be the slip);
a deadline before the project starts is an error (it cannot be met); copied cumulative counts
are warnings (D202) even though the 年度目标 contradicts them, so D104 is accepted there; the
conflicting near-duplicate in kab12 may be reported as D102 (error) since both cannot be the
target; 鲜花损耗率 under 生态效益 in kab18 is not marked as a wrong tier; in kab09 the operator
words (大于等于/等于) are read as operators, 100% 及时率 with 等于 is the ceiling.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout694 import gardens, picking, workshop
from tests.variants.holdout694.registry import HOLDOUT694
from tests.variants.kit import Variant

MODULES = (gardens, workshop, picking)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT694, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 694th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
