"""The 738th held-out set: a city human-resources bureau (澄渊市人力资源和社会保障局, invented)
with a youth internship (见习) subsidy, a gig-worker occupational injury insurance pilot
(新就业形态就业人员职业伤害保障试点) and a job-fair programme (招聘会). Budget year 2026, money
in 万元 carried by the number format. Everything is invented.

Layouts: project heads (one year, two and three years with 中期 and 年度 money and goals),
department heads with budget rows and key tasks, numbered tier labels with points and an
indicator score column (kbt01), a flat list with an operator column and typed percent cells
(kbt03), operator and unit columns (kbt04, kbt07 with operators in words), a two-row header
(kbt05), stacked projects (kbt06, kbt17), headers 指标内容 / 绩效标准 (kbt09), a budget-system
export with codes in the first columns and the table on a second sheet under a title and a unit
line (kbt11), detail lines under the table (kbt12), a 注 row inside the table and the header
repeated after a page break (kbt13), two complete column sets (kbt15), abbreviated tier labels
(kbt16), header 绩效目标值 (kbt18), signature and date lines.

Planted mistakes (code, highest accepted severity, place):

* kbt02-jianxi-period: D104 ≤warning at the 中期 value of 组织见习人数 (≥3000人, 中期目标 says
  3600人); D201 ≤error alt D104 at the annual 认定市级见习基地数 (≥36家 over the period's ≥30家,
  and the 年度目标 says 10家).
* kbt04-jianxi-lastyear: Y101 ≤error (row) alt Y102 at 计划开始日期 2025-01-01 (title 2026,
  dates 2025); Y102 ≤error alt Y101, Y103 at the deadline date 2025-11-30; B107 ≤warning (row)
  at 人均见习补贴 0.8万元/人 (× 1200人 = 960 > 900万元).
* kbt06-jianxi-stacked: B101 ≤error at the second project's 年度资金总额 300 (260 + 30);
  D103 ≤warning (row) alt D101, D102 at 带教导师培训人数 (the same as 见习基地带教导师培训人数,
  ≥200人, two rows above); F201 ≤warning (row) alt F105 at 见习单位满意度 under 社会效益指标.
* kbt08-shangbao-copied: D204 ≤warning at the 年度目标 cell (the 中期目标 copied); D202
  ≤warning at the annual 职业伤害保障政策培训场次 (≥120场 copied from 中期); F201 ≤warning (row)
  alt F105 at 理赔服务满意度 under 社会效益指标.
* kbt10-shangbao-goal: Y103 ≤warning alt Y101 at the 年度绩效目标 cell (the goal says 2025年);
  D104 ≤warning at 覆盖平台企业数 ≥10家 (the goal says 12家); T108 ≤warning (row) at
  职业伤害争议发生率 ≥2%.
* kbt12-shangbao-dupes: F201 ≤warning (row) at 平台企业走访次数 under 质量指标; D102 ≤error (row)
  alt D101, D103 at the second 职业伤害保障宣传培训场次 (≥30场 under 社会效益, ≥40场 under
  数量); B102 ≤error alt B101 at the 合计 of the detail lines (480 against 年度资金 500).
* kbt14-zhaopin-goal: D104 ≤warning at 举办招聘会场次 ≥50场 (the goal says 60场); Y102 ≤error
  alt Y103 at 2027年3月31日前 (one-year 2026 project); B107 ≤warning (row) at ≤4万元/场
  (× 50场 = 200 > 150万元).
* kbt16-zhaopin-dept: B101 ≤error (row) at 资金总额 1300 (基本支出 500 + 项目支出 820 = 1320);
  B102 ≤error at 金额合计 820 (tasks 400 + 300 + 100 = 800).
* kbt18-zhaopin-blank: F110 ≤error at the empty name cell of a ≥50000个 row; F109 ≤warning (row)
  at the 生态效益指标 template row.

Legitimate look-alikes in the correct returns: the goal's 企业岗位600个 is a part of 800个, given
as its own 其中 row (kbt01); goals with totals and their parts in brackets (kbt07, kbt13);
`100%` as a typed percent on 见习协议签订率 and `=100%` on 合格率 (kbt01, kbt13, kbt15); tier
points in the labels and indicator points both adding to 100 (kbt01, kbt09); 百分点 on rate
changes, ≤0起 on an incident count, a 下降率 with ≥ (kbt03, kbt05, kbt07, kbt15); the period's
count in 中期 beside a smaller year's count and 2027 deadlines in the 中期 column of a 2026—2027
project (kbt05, kbt15); a later year the work prepares for (为2028年…积累经验, kbt05); unit
cost × count within the money (kbt01 0.6 × 1200 = 720 ≤ 900; kbt07 240 ≤ 500; kbt13 360 ≤ 400;
kbt15 270 ≤ 300 and 540 ≤ 600; kbt17 5 × 12 = 60 = 60); a footnote explaining the total
(kbt09); the same indicator names with different values in two stacked projects (kbt17);
fill dates in 2025 (signature lines); a budget sheet with a 合计 row and the 05-2 table whose
tier-1 merges restart per project (kbt11).

Judgements: in kbt02 the annual ≥36家 is both above the period and against the 年度目标; D201
is asked for, D104 accepted. In kbt04 the plan dates and the deadline agree with each other
(both 2025) and disagree with the title: both are leftovers of last year's return. In kbt10 the
year in the goal is marked as Y103 (a warning) since the title, dates and money all say 2026.
kbt12's second 宣传培训场次 has the same name and another value: a conflicting duplicate (D102
error, as the two cannot both hold). kbt16's B101 is marked on the whole budget row (which of
总额, 基本支出 or 项目支出 is wrong is not known); 项目支出 820 equals the stated 金额合计, so the
task lines are the part that does not add up.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout738 import injury, internship, jobfair
from tests.variants.holdout738.registry import HOLDOUT738
from tests.variants.kit import Variant

MODULES = (internship, injury, jobfair)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT738, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 738th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
