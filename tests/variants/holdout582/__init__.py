"""The 582nd held-out set: flue-cured tobacco leaf (烟叶) curing barns and grading stations.

Eighteen invented returns of a county tobacco branch (柘川县) and its city bodies (枫埠市): curing
barns (密集烤房, 烤房群, 热泵烤房, fittings) in ``barns``, grading stations (分级场地, 分级工,
分级收购线, 等级质量监督) in ``grading``, and curing and grading together (service points,
one-stop stations, equipment, a budget-system export) in ``integrated``. Nine are correct, nine
carry two or three planted mistakes (23 required marks, 18 of them of the kinds that need reading
across the table: C4, C6, C9, C10, C12, C15, C16 and the unit cost × count check).

Layouts: project heads with 中期/年度 money blocks in 万元 number formats; department heads with
tasks and 金额合计; operator and unit columns; typed percent cells; 中期 and 年度 value columns
(three-year and two-year projects); numbered tier labels with points and an indicator score
column; abbreviated labels; ★ / * marked labels; flat lists (operator in 指标性质, or direction
in 指标性质 and word operators in 指标方向); two stacked projects in one sheet (twice); a table on a
second sheet under 考核指标 · 目标值（年度） · 评价标准; a two-row header (指标内容, 绩效标准,
备注) repeated after a page break; 注 / 说明 rows inside and under tables; signature lines; a
budget-system export with project codes and the header on the third row.

Planted mistakes (code, highest accepted severity, place):

* dt02-barn-cluster-multiyear: D104 ≤warning, row of 新建密集烤房 (年度 ≥150座 while the 年度目标
  says 120座; the goal cell is tolerated); D201 ≤error, the 年度 cell of 烟农烘烤技术培训
  (1800 > 1500人次); Y102 ≤error alt Y103/Y101, the 中期 completion date 2028年10月底前 outside
  2025—2027.
* dt04-barn-stacked: X104 ≤warning, the second project's 计划完成日期 "45991" typed as text;
  B107 ≤warning, row of 单台自控仪补助标准 (300 × 0.35 = 105 > 90万元).
* dt06-barn-fittings-artefacts: X102 ≤warning, ``<br>`` in the 年度绩效目标 cell; X101 ≤error,
  ``≥**个``; F110 ≤error, the empty name cell of a 社会效益 row with value ≥300户.
* dt08-grading-abbrev-duplicate: D102 ≤error alt D103/D101, 培训分级工人数 ≥120人 against
  分级工培训人数 ≥150人; F201 ≤warning, row of 分级等级合格率 under 时效.
* dt10-grading-serial-title: Y101 ≤error, the title 2024年度 in a 2025 project; X104 ≤warning,
  计划开始日期 "45748"; D104 ≤warning, row of 标准化分级站建设数量 ≥5个 (年度目标: 4个; the goal
  cell tolerated).
* dt12-grading-department-money: B102 ≤error, 金额合计 120 (30 + 50 + 36 = 116); D104 ≤warning,
  row of 分级工培训期数 ≥8期 (the task's 期望达到的目标 says 6期, tolerated there).
* dt14-station-marked-tiers: F201 ≤warning, row of 烤房群巡检次数 under 质量; F109 ≤warning,
  row of the empty tier-2 社会成本指标; D102 ≤error alt D103, 烟叶烘烤损失率 ≤5% against
  烘烤损失率 ≤8%.
* dt16-equipment-points-wrong: Y103 ≤warning alt Y101/Y102, the 年度目标 naming 2024年10月底前;
  T106 ≤error, 分级设备完好率 typed 105%; W103 ≤error alt W101, row of 四、满意度指标（10分） whose
  indicator carries 15 points.
* dt18-export-two-sheets: Y102 ≤error alt Y101, 烤房群验收时间 2026-03-31 (a date cell) in a
  one-year 2025 project; X101 ≤error, ``≥XX%``.

Look-alikes in the correct returns: unit cost × count equal to the money (dt01 200 × 0.9 = 180,
dt13, dt17) or below it (dt05, dt07, dt09 for both the period and the year, dt15); counts in the
goal text repeated with the same values (dt01, dt05, dt09, dt13, dt15) and a goal that sums two
indicators (dt17: 1000座 = 800 + 200); similar names measuring different things (dt05 检修 vs
新建 烤房, 培训人数 vs 培训场次); the same names with other values in two stacked projects (dt13);
``下降`` amounts and a 下降率 with ≥ / 大于等于 (dt01, dt11); ``=0起`` and 等于 0 起 on incident
counts (dt03, dt11); ``≥3百分点``, ``5百分点`` rate changes (dt03, dt04, dt07, dt09, dt17);
tier points and indicator points both totalling 100 (dt03); a later year named on purpose (dt03
2027, dt09 2026 inside its 项目期); typed percent cells (dt01, dt05, dt07, dt11); fill and
signature dates in the year before (dt05, dt11, dt15, dt17); 合计, 注, 说明 and repeated header
rows (dt05, dt12, dt15).

Judgements: a count in a goal text that disagrees with its indicator is marked at the indicator
row (a finding at the goal cell is tolerated); a date outside the 项目期 is an error (a plain
contradiction), with Y103/Y101 accepted; a cost standard × count above the money is only a
warning (the standard is a cap). dt16's tier score mismatch also breaks the 100 total, so W101
is accepted for it. In dt04 the first project's money and dt05's 合计 row are not findings; dt12
is otherwise consistent (420 = 380 + 40 = 300 + 120).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout582 import barns, grading, integrated
from tests.variants.holdout582.registry import HOLDOUT582
from tests.variants.kit import Variant

MODULES = (barns, grading, integrated)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT582, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 582nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
