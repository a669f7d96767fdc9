"""The 467th held-out set: free dentures and reading glasses (义齿、老花镜) for rural elderly
people, 18 invented returns of an invented county (岫川县), 9 correct and 9 with 21 planted
mistakes.

Layouts: project heads (one-year, two-year and three-year with 中期 and 年度 columns),
department heads with budget and task blocks, a flat department list, stacked projects in one
sheet, a budget-system export (money on 项目支出预算05-1, indicators with project codes on
项目支出绩效目标05-2), an indicator table on a second sheet; operator columns (symbols or words),
指标性质 as direction with 指标方向 as operator, unit columns, header words 指标内容 / 绩效标准 /
预期实现值 / 预期目标, numbered tier labels with points, labels marked * and ★ or abbreviated,
a header repeated after a page break, 注 / 说明 rows, detail lines, signature and date lines.

Planted mistakes (code, highest accepted severity, place):

* zi02-glasses-wrong: T106 ≤error at the 验光配镜复核合格率 value (typed 105%); T108 ≤warning
  (row) on 镜片破损返修率 with ≥.
* zi04-glasses-second-sheet: T105 ≤error at 老花镜配发计划完成率 `4800副`; T110 ≤warning at
  巡回验光覆盖12个乡镇 `≥10个`.
* zi06-glasses-points-wrong: W103 ≤error at the 产出指标（50分） cell (45 under it) and at the
  效益指标（30分） cell (35 under it); T107 ≤warning at 受助老人满意度 `=95%`.
* zi08-dentures-period-wrong: B103 ≤error at 年度资金总额 320 (> 中期 300); D201 ≤error at
  上门取模服务村数 年度 ≥96个 (中期 ≥80个); D202 ≤warning at 口腔健康宣教场次 年度 copied.
* zi10-dentures-direction-wrong: T108 ≤warning (row) at `=1800元/副` on a cost and at `≥3%` on
  义齿佩戴压痛发生率.
* zi11-dentures-template-rows: F109 ≤warning (row) at the empty 生态效益指标; F110 ≤error at
  the empty name cell of a `≥300人次` row.
* zi12-dentures-conversion: X105 ≤warning (alt X103) at 年度资金总额 `162.3 5`; X106 ≤error
  (alt B108) at the detail `36万36万（含交通）`.
* zi14-bureau-department-wrong: B101 ≤error at 资金总额 1260 (850 + 420 = 1270); B102 ≤error at
  金额合计 410 (150 + 270 = 420).
* zi18-bureau-stacked-wrong: T105 ≤error at 老花镜配送计划完成率 `3000副`; B101 ≤error at the
  second project's 年度资金总额 96 (80 + 12); T107 ≤warning at its satisfaction `=95%`.

Legitimate look-alikes in the correct returns: typed percents with the unit column `%` and a
`=100%` 覆盖率 at the ceiling (zi01); `=0起` on an incident count and a date limit (zi03); tier
points and indicator points both adding to 100 and `≥8百分点` (zi05), `≥6百分点` with a note
explaining it (zi13); equal 中期 and 年度 values for rates, unit costs and a 维护期限, a 2027
deadline in the 中期 column of a 2025–2027 project (zi07); a 下降率 with 大于等于 and 反向 rows
with 小于等于 (zi09); a 投诉率 with ≤ in a flat list (zi15); unit cost × count equal to the
money (zi01, zi07, zi13, zi17); fill dates in the year before; the same 受助老人满意度 with
different values in two stacked projects (zi16) and in an export (zi17).

Judgements: `=95%` on a satisfaction is a warning (T107), not an error; W103 is marked at the
tier label cell that carries the points, the indicator total being 100 there is no W101; in
zi08 the annual money is the wrong cell (B103 at 年度资金总额); in zi12 the split total and the
doubled detail are read as 162.35 and 36, after which the lines add up, so no B102 is asked
for; a bare `≥300人次` row in zi11 is only F110, not T101.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout467 import bureau, dentures, glasses
from tests.variants.holdout467.registry import HOLDOUT467
from tests.variants.kit import Variant

MODULES = (glasses, dentures, bureau)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT467, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 467th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
