"""The 276th held-out set: 18 invented returns on energy and power, with a careful reviewer's
marks, to measure ``goalbook check`` out of sample.

Theme: energy and power, in two halves: rural grid upgrades (农村电网改造) and gas pipelines
(天然气管网建设), and charging piles (新能源汽车充电桩), distributed solar subsidies
(分布式光伏补贴) and energy-saving retrofits (节能改造). Budget year 2025; every place,
unit, person, phone number and figure is invented (枫埠县, 槐沙镇, 澄坪市, 乌檀区, 沅曲县,
茗川县, 棠塘县).

Modules: ``grid_gas`` (rz01–rz06), ``charging_solar`` (rz07–rz12), ``retrofit_budgets``
(rz13–rz18); ``common`` holds the shared helpers, ``registry`` the set's own registry.

Layouts
-------
* rz01, rz02, rz18: project, OLD-NAT, 指标性质 as operator column and a 计量单位 column, typed
  percent cells, 万元 only in the number format (rz18: money detail lines under the table).
* rz03, rz04: two projects stacked in one sheet, one value column.
* rz05, rz06: multi-year projects (3 and 2 years), NAT-2021, 中期 and 年度 value columns.
* rz07, rz08: project, NAT-2021, a tier-1 score column and an indicator score column (rz08 with
  numbered labels 一、产出指标 / （一）数量指标).
* rz09, rz10: department forms with flat lists (rz09: 指标名称 · 权重 · 计量单位 · 指标性质 as
  operator · 指标值; rz10: 指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重).
* rz11: transfer-payment project, OLD-NAT, labels with * and abbreviations, ★ core indicators,
  中央补助 + 地方资金, header 目标值.
* rz12: project, NAT-2021, header 预期目标, template rows left empty.
* rz13: project, OLD-NAT, headers 指标内容 / 绩效标准 and a 指标值设定依据 column, a 说明 row inside
  the table, footnotes, 填表说明, signature lines.
* rz14, rz15, rz16: department forms, NAT-2021 (rz14: code/unit row, weight column, subtotal rows,
  header repeated after a page break, total row; rz15: typed percent shares and key tasks).
* rz17: budget-system export: 「部门项目支出预算05-1」 with codes in the first columns, the table
  on 「部门项目支出绩效目标05-2」 with its header on row 3, operators in words, 度量单位.

Planted mistakes (code, highest accepted severity, place)
---------------------------------------------------------
* rz02-grid-percent-wrong: T106 error Sheet1!E11 (验收合格率 ≥105% as a percent cell);
  T108 warning Sheet1!D14, row (配变重过载发生率 with ≥).
* rz04-gas-stacked-defects: T113 warning Sheet1!D11 (管网联通工程完工时间 typed as 100%);
  B101 error Sheet1!C20 (second project: 年度资金总额 480 ≠ 400 + 60); T105 error Sheet1!D25
  (户内安全检查覆盖率 ≥3500户).
* rz06-gas-multi-year-copied: D204 warning Sheet1!D9 (年度目标 identical to 中期目标); D202
  warning Sheet1!E11 and Sheet1!E12 (two-year project, cumulative counts copied into the year).
* rz08-charging-points-wrong: W103 error Sheet1!B9 (产出指标 40 分, indicators 45); W103 error
  Sheet1!B14 (效益指标 30 分, indicators 25); F105 error Sheet1!C16 (（二）时效指标 under 效益指标).
* rz10-pv-flat-defects: T112 error Sheet1!B13 (≥450千瓦 against the unit column 户); T108 warning
  Sheet1!B16, row (反向 故障停机率 with ≥); W101 error book level (weights add to 95).
* rz12-charging-template-rows: F110 error Sheet1!C10 (≥6座 without a name); F109 warning
  Sheet1!B14, row (社会成本指标 left from the template).
* rz16-energy-dept-money-wrong: B101 error Sheet1!B4, row (基本支出 480 + 项目支出 740 = 1220 ≠
  资金总额 1200); B102 error Sheet1!D9 (tasks 360 + 220 + 140 = 720 ≠ 金额合计 740).
* rz17-gas-export-second-sheet: X105 warning 部门项目支出预算05-1!F4, alt X103 (`326.458 2`);
  T105 error 部门项目支出绩效目标05-2!G6, row (覆盖率 2800 with 度量单位 户).
* rz18-retrofit-artefacts: X104 warning Sheet1!F4 (计划完成日期 `45991` as text); T115 error
  Sheet1!E13 (单台改造成本 ≤0 万元/台, 7.5 by the detail lines); X106 error Sheet1!C18, alt B108
  (`96万96万（含拆除旧机组）`).

23 required marks; no tolerated (``ok``) cells.

Legitimate look-alikes in the correct returns
---------------------------------------------
* Typed percent cells: `=` with 100% on 验收合格率 and 运维责任落实率, 99.8% / 99.5% in `0.0%`
  (rz01); a percent cell next to a `%` unit column (rz09); percent shares in the budget (rz15).
* Declines raised with ≥: 台区综合线损率降幅 ≥0.8百分点 (rz01), 能耗下降率 ≥3 / ≥2.5% (rz09,
  rz14); rates raised in 百分点 (rz06, rz07).
* Zero incident targets: 燃气泄漏安全事故 / 较大及以上安全事故 `0起` (rz03, rz05 in both columns,
  rz15), 光伏并网安全事故 `= 0 起` (rz09): not zero costs or quantities.
* The same name 燃气管道建设长度 with 18 and 9.5 公里 in two stacked projects (rz03).
* Multi-year rz05: counts smaller each year, rates, unit costs and `0起` equal in both columns.
* Points at two levels (rz07): tier scores 40 + 20 + 30 + 10 and indicator scores both add to
  100; the 合计 row shows both.
* Unit cost × count equal to the money, not above it: 200 桩 × 2.5万 = 500 (rz07, if all
  piles are read as fast chargers), 140 × 2万 = 280 task money (rz15), 8 × 45万 = 360 (rz16).
* Footnotes explaining the total (rz13), a 说明 row inside the table, subtotal rows, a repeated
  header, a code/unit row, a note under rz07 and rz11, signature and fill dates in 2024.
* Bare values in a flat list with the operator in 指标性质 (rz09) or in words (rz17).

Judgements where a reviewer could hesitate
------------------------------------------
* rz04: the B101 is marked at the total cell of the second project; the first project's money
  adds up. The deadline typed as 100% is a warning (T113), not an error.
* rz08: the tier-1 totals (100) and indicator totals (100) both add up, so only W103 at the two
  tier scores, no W101; the misplaced 时效指标 is F105 (error), its points still counted in 效益.
* rz16: 项目支出 equals 金额合计 (740) but the tasks add to 720; B101 and B102 are marked as two
  findings, although one omitted task could explain both.
* rz17: the export has no project period; nothing is marked for it. The T105 is a row mark
  because the unit 户 sits in its own column.
* rz18: the serial end date is a warning (X104); the unit cost 0 is an error (T115) because
  the detail lines show 180万元 for 24 units.
* rz10: 故障停机率 `≥2` with 反向 in 指标性质 is T108 at the value cell, row mark.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout276 import charging_solar, grid_gas, retrofit_budgets
from tests.variants.holdout276.registry import HOLDOUT276
from tests.variants.kit import Variant

MODULES = (grid_gas, charging_solar, retrofit_budgets)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT276, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 276th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
