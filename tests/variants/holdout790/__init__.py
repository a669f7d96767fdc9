"""The 790th held-out set: 18 invented returns on disability services (rehabilitation for
disabled children, assistive devices handed out, barrier-free home adaptations) with a careful
reviewer's marks, to measure ``goalbook check`` out of sample. Most planted mistakes are found
only by comparing one part of a return with another (goal text against indicators, years and
dates, 中期 against 年度, duplicates, tier-2 fit, unit cost × count against the money, parts
against totals, template leftovers).

Modules: ``rehab`` (kdt01–kdt06), ``devices`` (kdt07–kdt12), ``homes`` (kdt13–kdt18).

Layouts: project heads with one-year and multi-year money blocks (中期 / 年度), a department
head with budget and key tasks (kdt07, kdt13), tier-1 and tier-2 merged down; numbered tier
labels (kdt01), abbreviated (kdt05), with marks and points (kdt18); headers 指标内容 / 绩效标准
(kdt05), 预期实现值 on a second sheet (kdt06), 预期目标 (kdt17), 考核指标 / 目标值（年度） /
评价标准 (kdt18); an operator column in symbols (kdt01, kdt07) or in words (kdt16), a direction
column beside an operator column (kdt11), unit columns (kdt01, kdt08, kdt11, kdt16); a flat list
(kdt07); two projects stacked in one sheet (kdt04, kdt15); tier and indicator points (kdt10,
kdt18); detail lines under the table (kdt09); footnotes, 填表说明 and signature lines (kdt01,
kdt06, kdt13, kdt18); a budget-system export with codes and sheets 05-1 / 05-2 (kdt12).

Planted mistakes (return: code, highest accepted severity, place):

* kdt02: B101 ≤error, row of 年度资金总额 (400 ≠ 320 + 60); D104 ≤warning, row of 康复训练补助
  儿童人数 (goal 300名, indicator ≥260人); B107 ≤warning, row of 康复训练补助标准 (1.6 × 260 =
  416 > 400).
* kdt03: D204 ≤warning, 年度目标 cell (copied from 中期目标); D201 ≤error, 年度 cell of 培训基层
  康复人员人次 (180 > 150); D202 ≤warning, 年度 cell of 新建社区康复点数 (≥12个 copied).
* kdt05: D103 ≤warning, row of 康复训练目标达标率 (alt D102, D101: same as 康复训练达标率 with
  one word more, 85 % against 80 %); F201 ≤warning, row of 康复评估报告出具及时率 (under 质量).
* kdt08: Y101 ≤error, row of the plan dates (alt Y102: 2024 dates under a 2025 title); Y102
  ≤error, row of 辅具发放完成时间 (alt Y103: 2026年3月31日前 in a one-year 2025 project).
* kdt09: D104 ≤warning, row of 配发辅助器具件数 (goal 1200件, indicator ≥1500件); B107 ≤warning,
  row of 平均每件配发成本 (0.2 × 1500 = 300 > 240); B102 ≤error, row of the detail 合计 (96 + 72
  + 30 + 30 = 228 ≠ 240).
* kdt11: T105 ≤error, row of 辅具适配评估覆盖率 (800 with unit 人); T108 ≤warning, row of 辅具
  返修率 (反向 with ≥); D103 ≤warning, row of 残疾人辅具适配人数 under 社会效益 (alt D102, D101,
  F201: the 数量 indicator again with 850 against 800).
* kdt14: D104 ≤warning, row of 家庭无障碍改造户数 (goal 350户, indicator ≥300户); F201 ≤warning,
  row of 改造施工质量达标率 (under 时效); B107 ≤warning, row of 户均改造补助标准 (alt D104: 1.5 ×
  300 = 450 > 420, the goal says 1.2万元).
* kdt15: B101 ≤error, row of the second project's 年度资金总额 (150 ≠ 100 + 30); Y102 ≤error, row
  of its 改造完成时间 (alt Y103: 2024年11月30日前 in 2025).
* kdt17: X101 ≤error, the value of the template example row (≥**人次); F110 ≤error, the empty
  name cell of a row valued ≥95%; F109 ≤warning, row of the empty tier-2 生态效益指标.

Legitimate look-alikes in the correct returns (kdt01, 04, 06, 07, 10, 12, 13, 16, 18):

* goal counts that are parts of the indicator's total, given in brackets (kdt01: 其中孤独症儿童
  60名 beside ≥240人, and an indicator for the 60); unit cost × count equal to the money
  (kdt01 1.5 × 240 = 360, kdt04, kdt07, kdt12, kdt13, kdt16, kdt18); within it (kdt06,
  kdt10);
* later years the work prepares for (kdt06: 为2026年…积累经验; kdt10: 为2027年…积累经验);
  fill and signature dates in the year before the budget year (kdt01, kdt06, kdt07, kdt13);
* 中期 counts above smaller 年度 counts, rates and unit costs equal in both columns (kdt10,
  kdt16); a one-year project's budget-year deadlines;
* the same satisfaction indicator with different values in two stacked projects (kdt04);
* `0起` on an accident count and a 下降率 with ≥ (kdt13, kdt12); a 反向 投诉率 with 小于等于
  (kdt16); `=100%` on 合格率; rate rises in 百分点 (kdt10, kdt18);
* points at two levels each adding to 100 (kdt10: 分值 columns; kdt18: points in the tier-1
  labels and an indicator 分值 column), with a 填表说明 saying so (kdt18);
* a footnote explaining that 金额合计 covers only 项目支出 (kdt13); typed percent cells
  (kdt01, kdt07, kdt12, kdt13).

Judgements:

* kdt02, kdt15: the B101 mark sits on the total's row; which of total or parts is wrong cannot
  be told, the reviewer marks the sum.
* kdt14: the cost row contradicts both the money (B107) and the goal's 户均1.2万元 (D104 alt);
  kdt09's goal gives 0.2万元 × 1200 = 240 exactly, so only the indicator's count is off.
* kdt11: a count repeated under 社会效益 is at once a duplicate and a tier misfit; one mark with
  both codes accepted.
* kdt08: the title year against last year's plan dates is an impossibility (error); the
  deadline in 2026 is outside any reading of the period.
* kdt17: the placeholder in a template example row is an error (no target at all); the example
  name 「（示例）服务人次」 is not marked separately.
* Bare typed percents (kdt08, kdt12, kdt13) are read as they are shown; a missing operator is
  at most information.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout790 import devices, homes, rehab
from tests.variants.holdout790.registry import HOLDOUT790
from tests.variants.kit import Variant

MODULES = (rehab, devices, homes)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT790, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 790th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
