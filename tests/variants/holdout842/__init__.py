"""The 842nd held-out set: invented returns on urban street lighting (new LED street lamps, lamp
maintenance, smart lighting control), with a careful reviewer's marks, to measure
``goalbook check`` out of sample. Budget year 2026 throughout; units and places are invented
(鹭汀市, 柘川区, 湄岗区, 栖桥镇).

Modules: ``lamps`` (kft01–kft06, new LED lamps), ``upkeep`` (kft07–kft12, maintenance),
``control`` (kft13–kft18, smart control); ``common`` holds the shared helpers.

Layouts: project heads and department heads with their money blocks; tiers merged down;
operator and unit columns; typed percent cells (kft01, kft04, kft08, kft13); stacked projects
(kft02, kft17); a flat department list (kft04); 中期 and 年度 columns (kft03, kft10, kft14);
headers 指标内容 / 绩效标准 (kft05), 预期实现值 on a second sheet (kft06), 考核指标 /
目标值（年度） / 评价标准 (kft16), 预期目标 (kft18); numbered labels with points (kft08);
labels with * and ★ and abbreviated (kft09, kft17); 指标性质 as direction and 指标方向 as a word
operator (kft15); a budget-system export with codes and a third-row header (kft13); notes,
a header repeated after a page break, signature lines (kft05, kft12); detail lines (kft11).

Planted mistakes (code, highest accepted severity, place):

* kft02-stacked-backstreets: D104 warning, row of 新装LED庭院灯数量 (goal 320盏, indicator
  230盏); B107 warning, row of 单盏庭院灯购置安装成本 (0.55 × 230 = 126.5 > 120).
* kft03-three-year-rollout: Y103 warning at the 年度目标 cell (2025 in a 2026–2028 project,
  alt Y101); D201 error at the 年度 新建灯杆数量 (900 > 600, alt D104); D202 warning at the
  年度 安装单灯控制器数量 copied from 中期 (alt D104: the goal says 2000).
* kft05-header-content-leftovers: D102 error, row of 新装LED路灯数 (near-duplicate of
  新装LED路灯数量 with 350 against 300; alt D103, D101); Y102 error at 工程完工时间
  2025年12月31日前 (alt Y101, Y103); F201 warning, row of 夜间行人满意度 under 社会效益.
* kft07-department-patrols: B102 error at 金额合计 (820 + 560 + 300 = 1680 ≠ 1700); D104
  warning, row of 路灯夜间巡查次数 (goal 24次, indicator 12次); B107 warning, row of
  单盏路灯年均维护成本 (0.1 × 18000 = 1800 > 1700 项目支出).
* kft09-marked-labels: F201 warning, row of 抢修工程验收合格率 under 时效; T108 warning, row
  of 路灯故障发生率 ≥3%.
* kft11-converted-parts: X104 warning at 计划完成日期 "46356" (a serial in a text cell); X105
  warning at the detail amount "7 9.5" (alt X103).
* kft14-platform-copied-year: B103 error at 年度资金总额 (950 > 900); D204 warning at the
  年度目标 cell (copied from 中期目标); D202 warning at the 年度 接入平台路灯数量.
* kft16-assessment-goal-count: B101 error at 年度资金总额 (420 + 60 ≠ 500); D104 warning, row of
  单灯控制改造路段数量 (goal 120, indicator 100).
* kft18-template-rows: F109 warning, row of the empty 社会成本指标; F110 error at the empty
  name cell of the row valued ≥90%.

22 required marks, 17 of them found only by comparing parts of the return (goal against
indicators, years and dates, 中期 against 年度, duplicates, tiers, cost against money, parts
against totals).

Legitimate look-alikes in the correct returns: goal counts with their parts in brackets
(kft01, kft12); 下降率 with ≥ or 大于等于 (kft01, kft08, kft15); an incident count of 0起 or
≤0 (kft04, kft08, kft12); =100% on a ceiling rate (kft06); 提高≥2百分点 and 3 百分点 (kft08,
kft15); tier points and indicator points both adding to 100 (kft08); a later year the pilot
prepares for (2027, kft06) and the second year of the period named in the goal (kft10); the
period's counts in 中期 beside smaller year's counts, rates and unit costs equal in both
columns (kft10); the same indicator name with different values in two stacked projects
(kft17); unit cost × count equal to the money (kft04: 2800 × 0.25 = 700 = the task; kft12:
30 + 105 = 135 = the budget) or within it; fill and signature dates in 2025 for a 2026 budget;
当年财政拨款 + 上年结转 (kft06).

Judgements where a reviewer could hesitate:

* kft02: the cost exceeds the money whichever count is taken (230 or the goal's 320); the
  mismatch of counts and the cost are marked as two findings.
* kft03: the copied 6000 is both a D202 copy and a D104 clash with the goal's 2000; either code
  is accepted. 900 poles in one year against 600 in the period is an impossibility (error).
* kft05: two names one character apart with different values are one indicator given twice;
  an error is accepted (a table cannot hold both), D103/D101 too. A deadline before the plan's
  start is impossible (error).
* kft07: the unit cost is compared with the 维护 task (820) and the 项目支出 (1700); it exceeds
  both, but not the 资金总额 (2600), so only a warning.
* kft11: the serial 46356 is 2026-12-01, within the year; only the artefact is marked.
* kft15: 路面照度达标率提高 3 百分点 is a rate change, not a count or a rate over 100.
* kft18: the tier-2 without indicator is a template leftover (warning); the unnamed value is an
  error because it cannot be assessed.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout842 import control, lamps, upkeep
from tests.variants.holdout842.registry import HOLDOUT842
from tests.variants.kit import Variant

MODULES = (lamps, upkeep, control)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT842, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 842nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
