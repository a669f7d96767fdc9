"""The 362nd held-out set: 18 invented returns on ceramics (陶瓷) kilns, a porcelain town's
industry and its craft heritage, with a careful reviewer's marks, to measure ``goalbook check``
out of sample. Everything is invented: the city 埏陶市 (瓷源区, 窑湾镇, 坯溪镇), its bureaus,
projects, people, telephone numbers and figures.

Layouts: project heads with one-year and three-year money blocks (万元 in the number format),
department heads with budget rows and key tasks, operator and unit columns, a direction column
(指标性质 正向/反向) beside an operator column in words (指标方向), two projects stacked in one
sheet (twice), flat lists in two column orders, 中期 and 年度 columns, tier labels with points,
numbering (一、 （一） 1.), marks (★, *) and abbreviations, header words 指标内容 / 绩效标准 /
预期目标 / 目标值（年度）, a note row and a repeated header inside a table, 填表说明 and signature
lines, a budget-system export (sheets 05-1 and 05-2, project codes in the first columns).

kilns.py (vh01–vh06), industry.py (vh07–vh12), heritage.py (vh13–vh18).

Planted mistakes (return: code, highest accepted severity, place):

* vh02: T106 ≤error at the 隐患整改复查合格率 value (a typed 105 %); T108 ≤warning (row) at the
  ≥ operator of 窑炉安全事故发生率.
* vh04: B101 ≤error at the second project's 年度资金总额 (180 ≠ 150 + 20); T105 ≤error at
  古窑址巡查覆盖率 `36次`.
* vh05: T108 ≤warning (row) at 小于等于 on the 正向 count 培训持证监测运维人员; T105 ≤error
  (row) at 出窑产品抽检合格率 1200 件; T108 ≤warning (row) at 大于等于 on the 反向 瓷坯干燥开裂率.
* vh08: B101 ≤error at 资金总额 (1350 + 920 ≠ 2240); B102 ≤error at 金额合计 (300 + 350 + 250
  = 900 ≠ 920).
* vh10: T112 ≤error at `35万元` with unit 家; T108 ≤warning (row) at `≥2%` on the 反向
  产品抽检不合格率; W101 ≤error at book level (weights add to 95).
* vh12: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201 ≤error at the annual
  `≥8个` against the period's `≥6个`; D202 ≤warning at the annual `≥1500批次` copied.
* vh14: F110 ≤error at the empty name cell of the `≥2400平方米` row; F109 ≤warning (row) at the
  template tier-2 时效指标 left without indicator and value.
* vh16: F105 ≤error (alt F104) at `2.社会效益指标` under 产出指标; T105 ≤error at
  影像素材归档完成率 `40小时`.
* vh18: X105 ≤warning (alt X103) at 年度资金总额 `268.5 5`; X104 ≤warning at 计划完成日期
  `46022` stored as text; X101 ≤error at `≥XX%`.

Legitimate look-alikes in the correct returns: typed percent cells with % also in the unit
column (vh01, vh09, vh17); `=100%` (typed) on 按期完工率 (vh01) and `=100%` on 验收合格率
(vh03); a 下降率 with ≥ (vh01, vh09); `≤0次` / `≤0` 起 on incident counts (vh01, vh09); the same
indicator name 窑工技能培训人次 with different values in two stacked projects (vh03); points
given both in the tier-1 labels and per indicator, each adding to 100 (vh06); rates raised in
百分点 (vh06, vh11); a unit standard × count equal to the budget (vh13: 3 × 25 = 75; vh15:
0.3 × 120 = 36) with a footnote explaining the total (vh13); fill dates in December of the year
before the budget year (vh01, vh11, vh13); rates and unit costs equal in 中期 and 年度 while
cumulative counts differ (vh11); 其他资金 of 0 (vh05, vh13, vh16).

Judgements: a 反向 indicator's ≥ in vh02 and vh05 is a warning, not an error (direction is a
doubt, not an impossibility); the rate-as-count marks are errors. vh04's `≤0起` 人为破坏事件 is
a legitimate zero target on an incident count. vh12's 年度 cost cap equal to the 中期 one is a
unit cost, not a cumulative count. vh05's operator words count as operators; the direction
column decides the direction. In vh17 the bare `≥90` with % in the unit column is a rate in
percent. vh13's repeated header row and note row are not indicators.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout362 import heritage, industry, kilns
from tests.variants.holdout362.registry import HOLDOUT362
from tests.variants.kit import Variant

MODULES = (kilns, industry, heritage)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT362, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 362nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
