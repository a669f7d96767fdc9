"""The 832nd held-out set: cultural heritage returns of the invented county 栖梧县.

Theme: ancient building repairs (``repairs``: kfj01–kfj06), intangible-heritage inheritors'
subsidies (``inheritors``: kfj07–kfj12) and the county museum's exhibitions (``museum``:
kfj13–kfj18). 18 returns, 9 correct, 25 required marks, 20 of them found only by comparing
one part of the return with another.

Layouts: project heads (``heads.project_head``, 中期 | 年度 money rows in 万元 number formats)
and department heads (budget row, key tasks with 金额合计); tier-1 and tier-2 merged down; tier
labels numbered with points (kfj01), marked and abbreviated (kfj09: ``*产出指标``, ``★数量``),
numbered with numbered indicators (kfj17); a two-year and two three-year projects with 中期 and
年度 columns (kfj03, kfj06, kfj15), the last two with a 分值 column; two projects stacked in
one sheet (kfj04, kfj13); flat lists (kfj07: 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值;
kfj08: 指标名称 · 指标值 · 计量单位 · 权重); a budget-system export with sheets 05-1 and 05-2,
codes in the first columns and word operators in their own column (kfj05); an operator column
with a unit column (kfj14); the table on a second sheet under 预期实现值 (kfj10); headers
考核指标 · 目标值（年度） · 评价标准 (kfj16); a weight column with 小计/合计 rows and the header
repeated after a page break (kfj12); detail lines under the table (kfj18); 注, 说明, 填表说明,
stamp and signature lines.

Planted mistakes (return: code, highest accepted severity, place):

* kfj02-bridge-count: B101 ≤error at Sheet1!C5/E5 (row): 200 + 30 ≠ 240; D104 ≤warning at
  Sheet1!C10 (row): the goal repairs 4 bridges, the indicator 3; B107 ≤warning at Sheet1!D13
  (row): 85万元/座 × 3 (or 4) exceeds 240.
* kfj03-ancestral-hall: D204 ≤warning at Sheet1!D9: 年度目标 copies the 中期目标; D201 ≤error
  at Sheet1!E11: 8 buildings in the year, 6 in the period; Y102 ≤error at Sheet1!D14 (alt Y103,
  D104): the 中期 completion 2027年6月 lies after the 2025–2026 period and the goal's 2026年10月.
* kfj05-export-wrong-tier: D102 ≤error at 部门项目支出绩效目标05-2!E6 (row, alt D103, D101):
  屋面修缮总面积 1500 repeats 屋面修缮面积 1200; F201 ≤warning at 05-2!E8 (row): a 验收合格率
  under 时效指标.
* kfj08-flat-subsidy-wrong: D104 ≤warning at Sheet1!A11 (row): goal 52 inheritors, indicator
  48; B107 ≤warning at Sheet1!B12 (row): 0.6 × 48 (or 52) exceeds the task's 28; W101 ≤error
  on the book: weights add to 95.
* kfj09-leftover-year: Y103 ≤warning at Sheet1!B8 (alt Y101): the 年度目标 of a 2025 return
  speaks of 2024; Y102 ≤error at Sheet1!D13 (alt Y101, Y103): deadline 2024年12月31日前;
  X104 ≤warning at Sheet1!D14: ``45809`` typed as text (2025-06-01).
* kfj11-dept-tasks-wrong: B102 ≤error at Sheet1!D9: tasks 60 + 45 + 70 = 175 ≠ 金额合计 190;
  F201 ≤warning at Sheet1!C18 (row): a satisfaction rate under 社会效益指标; F109 ≤warning at
  Sheet1!B19 (row): 生态效益指标 left from the template.
* kfj13-stacked-exhibitions: T108 ≤warning at Sheet1!D11 (row): 展品损坏率 ≥0.5%; B101
  ≤error at Sheet1!C21/E21 (row): the second project's 40 + 5 ≠ 50; D104 ≤warning at
  Sheet1!C26 (row): its goal sends 12 shows, the indicator 10.
* kfj15-digital-collection: W103 ≤error at Sheet1!A11: 产出指标（50分） over 45 points; D202
  ≤warning at Sheet1!F11 and F12 (alt D104): the period counts 1500件 and 6000条 copied into
  年度 while the 年度目标 says 500 and 2000. Tolerated: W101 on the book (indicator points
  95), any warning at Sheet1!F15 (the annual unit cost × the copied count).
* kfj17-ceramics-wrong-tier: F201 ≤warning at Sheet1!C11 (row): a count of exhibits under
  质量指标; F110 ≤error at Sheet1!C16: ``≥4场`` without a name.

Legitimate look-alikes in the correct returns: goal counts given with their parts in brackets
(kfj01 3座 = 大殿1 + 配殿2, kfj07 45人, kfj12 40处, kfj16 12场 with 临时展览 8场 as a row of
its own); a later year the work prepares for (kfj04: 为2027年申报省级文物保护单位积累资料); the
same indicator with other values in two stacked projects (kfj04 群众满意度 ≥90% / ≥85%); the
period's count beside a smaller year's count and rates equal in both columns (kfj06); tier
points and indicator points both 100 (kfj06, kfj10), 百分点 on raised shares (kfj06, kfj10);
unit cost × count equal to or within the money (kfj01 0.45 × 600 ≤ 280, kfj07, kfj10
0.8 × 60 = 48, kfj12 3 × 40 = 120, kfj14, kfj18 0.3 × 120 = 36 on its detail line); 0 on an
incident count (kfj07 传承中断数 ≤0, kfj10 损毁事件 0起, kfj14 = 0 起); a 下降率 with ≥ and a
damage rate with ≤ (kfj14); typed percent cells (kfj01, kfj06, kfj07, kfj10, kfj12, kfj14);
text ``=100%`` on a 完成率 at the ceiling (kfj18); fill and signature dates in 2024.

Judgements: a 2024 fill date is not a year conflict. In kfj03 the wrong 中期 deadline is
marked once at its cell, not again as D202. In kfj05 the two area rows are one indicator with
two values, so the conflicting duplicate D102 is accepted as an error. kfj08's and kfj02's unit
costs exceed the money with either count, so B107 does not depend on which count is used;
B107 is only a warning (the catalogue's). In kfj13 and kfj02 the 中期 and 年度 money sides of a
one-year project hold the same wrong totals: one row mark covers both. kfj15's copied counts
also make the annual cost exceed the year's money; that consequence is tolerated, not asked
for. kfj12's 小计/合计 rows carry weights only and are not indicators.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout832 import inheritors, museum, repairs
from tests.variants.holdout832.registry import HOLDOUT832
from tests.variants.kit import Variant

MODULES = (repairs, inheritors, museum)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT832, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 832nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
