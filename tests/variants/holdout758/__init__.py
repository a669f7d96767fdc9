"""The 758th held-out set: invented returns of 澄渠县水利局 (a county water-resources bureau)
for small-reservoir safety inspections, irrigation-canal dredging and a 高效节水灌溉 subsidy,
with a careful reviewer's marks, to measure ``goalbook check`` out of sample.

Layouts: project heads (one-year and multi-year with 中期/年度 columns), department heads with
budget and task blocks, a flat department list, two projects stacked in one sheet, operator
columns (symbols or words) with unit columns, tier-1 score columns beside indicator scores, a
budget-system export (05-1 detail lines, 05-2 indicator table with codes and a third-row
header), a header repeated after a page break with subtotal rows, notes, 填表说明 and signature
lines.

Planted mistakes (return: code, highest accepted severity, place):

* kcn02: Y103 ≤warning at the 年度目标 cell (a 2023 leftover); D104 ≤warning, row of
  小型水库安全检查数量 (goal 26 座, indicator ≥22座); Y102 ≤error at the deadline 2026年6月30日前
  of a 2025 one-year project.
* kcn04: D102 ≤error (alt D103, D101), row of 水库安全鉴定完成率 (=100% against 安全鉴定完成率
  ≥90%); F201 ≤warning, row of 库区群众满意度 under 社会效益指标.
* kcn06: Y101 ≤error, book level (alt Y102): title 2025年度, plan dates in 2024; D103 ≤error
  (alt D102, D101), row of 除险加固设计病险水库数量 ≥4座 against ≥3座.
* kcn08: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201 ≤error at the annual
  清淤渠道长度 ≥30公里 (period ≥24公里).
* kcn10: X101 ≤error, row of the template's example row (≥**人次); T105 ≤error (alt T119) at
  渠道清淤任务完成率 ≥12公里; F201 ≤warning, row of 清淤工程验收合格率 under 时效指标.
* kcn12: W103 ≤error at the 产出指标 score 50 (indicators 45), W101 tolerated at book level;
  D202 ≤warning at the annual 清淤渠道长度 copied from 中期.
* kcn14: B101 ≤error at 年度资金总额 300 (260 + 30); B107 ≤warning, row of 亩均补助标准
  (1500元/亩 × 3000亩 = 450万元 > 300万元).
* kcn16: B101 ≤error at 资金总额 760 (基本 210 + 项目 560 = 770); B102 ≤error at 金额合计 560
  (tasks 570).
* kcn18: T106 ≤error at 工程验收合格率 105%; F201 ≤warning, row of 新建输水管道长度 under
  质量指标; T108 ≤warning, row of 渠系输水漏损率 with ≥.

Look-alikes in the correct returns: a goal count with its part as a second indicator (kcn01
小（一）型 9座 of 32座, kcn15 滴灌 3200亩 of 5000亩); 0起 on incident counts (kcn01, kcn05, kcn09,
kcn15); 下降率 with ≥ (kcn05, kcn13, kcn15, kcn17); the same satisfaction name with different
values in two stacked projects (kcn03); a footnote explaining the total (kcn05); fill and
signature dates in the year before (kcn05, kcn11, kcn17); the period's counts beside smaller
annual counts and equal rates and unit costs in both columns (kcn07); tier scores and indicator
scores both adding to 100 and ≥3百分点 (kcn09); later years the work prepares for (kcn11 2026年
汛期, kcn17 2027年推广); unit cost × count equal to or within the money (kcn01 1.5 × 32 = 48,
kcn07, kcn13/15 800 × 5000 = 400, kcn17 800 × 2500 = 200, kcn18 800 × 1500 = 120); =100% on
rates at the ceiling; typed percent cells (kcn01, kcn07, kcn13).

Judgements: a conflicting duplicate or near-duplicate with different values is accepted as an
error (the values contradict); a title year against plan dates is marked at book level because
the finding may land at the title or at either date; the 2026 and 2027 years in kcn11/kcn17 are
later years the work prepares for, not leftovers, though a checker may hesitate; kcn12's W101
(indicator points 95) is the same problem as its W103 and only tolerated; in kcn10 the
completion rate in 公里 also repeats the 12公里 length, marked only as T105.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout758 import dredging, reservoir, subsidy
from tests.variants.holdout758.registry import HOLDOUT758
from tests.variants.kit import Variant

MODULES = (reservoir, dredging, subsidy)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT758, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 758th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
