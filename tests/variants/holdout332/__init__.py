"""The 332nd held-out set: 18 invented returns on uninhabited island protection and use
(海岛保护, 无居民海岛 surveys, island ecological restoration, shoreline and vegetation,
monitoring stations), with a careful reviewer's marks. Budget year 2025; all places (澄屿县,
雁礁市, 北鳌列岛, 南珂屿, 浮鹭礁, 鹤洲群岛), units, people, phone numbers and figures invented.

Layouts: project heads (one-year and multi-year, 中期/年度 money) and department heads (budget,
tasks, 金额合计); tiers merged down; numbered labels with points (ud05), abbreviated labels
(ud07), ★ labels (ud17); operator and unit columns (ud01, ud09), a two-row header (ud01),
direction and operator columns in words (ud15); stacked projects (ud03, ud04); flat lists
(ud02, ud18); 中期 and 年度 columns (ud07, ud08) and two complete column sets (ud16); header words
绩效目标值, 指标内容 / 绩效标准, 预期实现值, 预期目标; a table on a second sheet (ud12); a
budget-system export with codes and the header on the third row (ud14); 注 / 说明 / 填表说明,
signature and export lines; detail lines under the table (ud10).

Planted mistakes (return: code, highest accepted severity, place):

* ud02-survey-flat: T108 ≤warning at the value of 巡查发现违法用岛问题漏报率 (row; a 反向 rate
  with ≥); W101 ≤error book level (weights add to 95).
* ud04-survey-stacked-defects: T105 ≤error at 海岛名称标志设置完成率 `12块`; B101 ≤error at the
  second project's 年度资金总额 (85 ≠ 60 + 20).
* ud06-protection-dept-money: B101 ≤error at 资金总额 (210 + 300 ≠ 520); B102 ≤error at the
  金额合计 of the tasks (120 + 95 + 80 ≠ 300).
* ud08-shoreline-copied: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D202
  ≤warning at the annual cells of 恢复退化植被面积 and 种植乡土苗木 (three-year project).
* ud09-vegetation-percent-wrong: T106 ≤error at 苗木成活率 105 % (a percent cell); B105 ≤error at
  其他资金 shown `150,000.00元` in a 万元 block; B101 ≤error book level tolerated, not required.
* ud10-restoration-artefacts: X104 ≤warning at 计划完成日期 `46022` (text); X105 ≤warning (alt
  X103) at the detail amount `38.6 5`; X106 ≤error (alt B108) at `24万24万(含苗木运输)`.
* ud13-station-template-rows: F110 ≤error at the empty name of the 时效 row `≤48小时`; F109
  ≤warning (row) at the tier-2 labels 社会成本指标 and 生态环境成本指标 left without indicators.
* ud15-station-direction: T108 ≤warning (row) at 大于等于 on 监测数据缺测率 (反向) and at 等于 on
  单站运维成本 (a cost cap); T107 ≤warning (row, alt T108) at 等于 on 数据使用单位满意度 95 %.
* ud17-station-points-wrong: W103 ≤error at the tier scores of ★产出指标 (50 vs 45) and ★效益指标
  (30 vs 35); T106 ≤error at 视频数据有效获取率 `≥100%`.

Legitimate look-alikes in the correct returns: typed percent cells with a `%` unit column (ud01,
ud18) and `pct(1)` (100 %) on a 合格率 and a 处置率 with `=` (ud01, ud07, ud18); ≤ on 反向 rates
(核查图斑误差率, ud01); 下降率 with ≥ (ud05, ud11); `≤0起` on incident counts (ud07; ud02 has
one too); `=100%` on a 合格率 (ud05, ud03); `提高≥5百分点` / `提高≥3百分点` on rates (ud05,
ud12); tier points and indicator points both adding to 100 (ud05, ud12); the same indicator
names with different values in stacked projects (ud03); rates, unit costs and durations equal in
中期 and 年度 while counts differ (ud07, ud16); a unit cost × count equal to the money
(8 × 12 = 96 in ud18 and ud15); fill, signature and export dates in 2024 (ud06, ud11, ud14,
ud18); a 注 line explaining a cost total (ud11); an instruction row under the header (ud11).

Judgements where a reviewer could hesitate:

* ud02: `海岛生态破坏事件发生数 ≤0起` is a zero-incident target, not a zero quantity (no T115).
* ud08: only cumulative counts are marked D202; the rate, cost and grade rows may be equal.
* ud09: 150,000.00元 equals 15万元, so the total holds in meaning; B105 is required and the
  B101 it may cause tolerated.
* ud10: the detail lines add up (38.65 + 24 + 12.35 = 75) once read correctly.
* ud13: the tier-2 rows are marked as a row so that F109 may land at the label or the empty
  name; the F110 mark is at the empty name cell.
* ud15: 等于 on a satisfaction target is T107, with T108 accepted; 单站运维成本 8 × 12 = 96
  equals the budget, not over it.
* ud17: both tiers are off, so the indicator scores still add to 100 and no W101 is expected.
* ud14: the indicator sheet of an export repeats the tiers in every row, no merging.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout332 import restoration, stations, surveys
from tests.variants.holdout332.registry import HOLDOUT332
from tests.variants.kit import Variant

MODULES = (surveys, restoration, stations)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT332, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 332nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
