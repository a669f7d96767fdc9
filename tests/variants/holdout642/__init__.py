"""The 642nd held-out set: 18 invented returns with a careful reviewer's marks.

Theme: 冷水三文鱼（虹鳟）网箱养殖与鳄鱼驯养科普馆. The trout half comes from the invented 雾屿县
(鹤潭 and 乌桕 reservoirs, its 农业农村局, 冷水鱼养殖技术推广站, 虹鳟苗种繁育场, 冷水鱼类研究所,
水产技术推广站); the crocodile half from the invented 南栎市鳄类驯养科普馆 under the 南栎市林业和
湿地保护局. Budget year 2025 throughout. Aim of the set: checks across the table (goal text
against indicators, years and dates, 中期 against 年度, duplicates, wrong tier-2, unit cost ×
count against money, parts against totals, leftovers from another year).

Layouts (``cages``: gb01–gb06, ``museum``: gb07–gb12, ``offices``: gb13–gb18):

* gb01 project, OLD-NAT, operator and unit columns, typed percents, 万元 in the number format,
  a date cell as deadline (correct)
* gb02 three-year project, NAT-2021, 中期 and 年度 columns (correct)
* gb03 project, OLD-NAT, one value column
* gb04 three-year project, NAT-2021, 中期 and 年度 columns
* gb05 two projects stacked in one sheet (correct); gb06 two projects stacked
* gb07 numbered tier labels with points plus an indicator score column (correct)
* gb08 the same layout with points that do not add up
* gb09 headers 考核指标 / 目标值（年度） / 评价标准 (correct)
* gb10 header 绩效指标值
* gb11 head on sheet 项目基本信息, table on sheet 绩效指标 under 预期实现值 with 比较符 and 单位
  columns (correct)
* gb12 OLD-NAT labels marked and abbreviated (*产出, 数量, 成本 …)
* gb13 department with budget, tasks, 金额合计 and a 注 line (correct); gb14 the same, wrong
* gb15 department flat list 指标名称 · 权重 · 计量单位 · 指标性质 (operator) · 指标值 (correct);
  gb16 the same, wrong
* gb17 project with a 注 row between tiers, the header repeated after a page break, 填表说明,
  signature, stamp line and a 2024 fill date (correct)
* gb18 budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, codes in
  the first two columns, header on the third row

Planted mistakes (code, highest accepted severity, place):

* gb03: D104 ≤warning Sheet1!D10 (row): 新增网箱 ≥30口 while 年度目标 says 36口; Y102 ≤error
  Sheet1!D13 (row, alt Y103, D104): deadline 2026年6月30日前 in a one-year 2025 project (the
  goal says 10月底); B107 ≤warning Sheet1!D14 (row): 1.8万元/口 × 30口 = 54 > 45万元.
* gb04: D202 ≤warning Sheet1!E13 (row, alt D104): training sessions ≥12场 copied into 年度
  (中期目标 says 36场); D201 ≤error Sheet1!E14 (row, alt D104): 监测点 年度 ≥8个 > 中期 ≥6个
  (年度目标 says 2个); D103 ≤warning Sheet1!C18 (row, alt D101): 养殖水域水质达标率 under
  生态效益 repeats 养殖水质达标率 under 质量.
* gb06: B101 ≤error Sheet1!C21: the second project's 年度资金总额 50 ≠ 35 + 10; Y102 ≤error
  Sheet1!D29 (row, alt Y103): 培训完成时间 2024年11月30日前, last season's deadline.
* gb08: W103 ≤error Sheet1!A10: 产出指标（40分） over indicator scores adding to 45; W103
  ≤error Sheet1!A16: 效益指标（40分） over 35; D102 ≤error Sheet1!D11 (row, alt D103, D101):
  科普讲解场次 ≥120场 beside 鳄类科普讲解场次 ≥150场 under the same 数量指标.
* gb10: Y101 ≤error Sheet1!D4 (row, alt Y102): plan dates 2024-01-01…2024-12-31 in a
  2025年度 return; D104 ≤warning Sheet1!D10 (row): 讲座 ≥20场 while the goal says 24场;
  F201 ≤warning Sheet1!C16 (row): 参观者满意度 under 社会效益指标. Tolerated (``*`` ≤error,
  Sheet1!D13): the 2025 deadline, outside the mis-typed project period only.
* gb12: F201 ≤warning Sheet1!C13 (row): a count (科普展板更新数量) under 质量; F201 ≤warning
  Sheet1!C14 (row): 饲养员持证上岗率 under 时效; B107 ≤warning Sheet1!D16 (row): 0.8万元/条 ×
  60条 = 48 > 40万元.
* gb14: B101 ≤error Sheet1!B4: 基本支出 150 + 项目支出 300 ≠ 资金总额 460; B102 ≤error
  Sheet1!D9 (alt B101): tasks 120 + 90 + 80 = 290 ≠ 金额合计 300; Y103 ≤warning Sheet1!B10
  (alt Y101): 年度总体目标 starts “2023年完成…”, left from an old version.
* gb16: D102 ≤error Sheet1!E9 (row, alt D103, D101, D104): 全年接待参观人次 ≥12 beside
  年接待参观人次 ≥10 (goal 10万人次); W101 ≤error (book level): weights add to 95.
* gb18: X104 ≤warning 部门项目支出绩效目标05-2!F7: 完工时间 typed as the text 45838
  (2025-06-30); F110 ≤error …!E10: a value ≥95% without a name; F109 ≤warning …!D12 (row):
  可持续影响指标 left from the template with no indicator.

25 required marks, 17 of them across the table (gb03 ×3, gb04 ×3, gb06 ×2, gb08 ×3, gb10 ×3,
gb12 ×3, gb14 ×3, gb16 ×2; counting only those that compare two parts of the return).

Legitimate look-alikes in the correct returns:

* gb01: goal 新增网箱40口（其中抗风浪网箱16口） with both counts as indicators; 养殖期死亡率 ≤8%
  (反向 with ≤); 网箱区水质达标率 = 100% at the ceiling; 1.5万元/口 × 40 = 60 ≤ 80; the deadline
  a date cell in 2025; typed percents (0.9, 0.08, 1).
* gb02: period counts 120口 / 150万尾 / 18场 beside year counts 40 / 50 / 6 matching the two
  goals; rates and unit costs equal in both columns; 2.5 × 40 = 100 ≤ 120, 2.5 × 120 = 300 ≤ 360;
  2027 deadline in 中期 inside the period.
* gb05: 养殖户满意度 ≥90% and ≥85% in two stacked projects (not a duplicate); 其他资金 0.
* gb07: points 50/10/30/10 on tier labels and indicator scores adding to the same 100 (both
  levels, not 200); 知晓率 提高≥5百分点; 0.15 × 120 = 18 ≤ 60.
* gb09: goal 8万人次（其中研学学生2万人次）; 驯养区安全事故发生次数 0起 (an incident count, not a
  zero target); 为2026年鳄类繁育展区扩建积累… (a later year the work prepares for).
* gb11: 鳄池周边异味投诉下降率 ≥ 20% (a decrease written positive with ≥); 响应时间 ≤30分钟;
  0.6万元/条 × 45条 = 27 ≤ 52; typed percents.
* gb13: 资金总额 500 = 420 + 80 = 180 + 320; tasks 150 + 90 + 80 = 320 = 金额合计 with a 注
  saying the total excludes 基本支出; 2.5万元/口 × 60口 = 150 = the task's money (not above).
* gb15: flat list without tiers, weights 100, 驯养区安全事故次数 ≤0起, 研学参与率增幅 ≥3百分点,
  12万人次 × 12元 = 144万元 ≤ 260万元.
* gb17: 注 row inside the table, a repeated header row, 填表说明 and signature lines, fill date
  2024-11-15 (before the budget year, not a year conflict); 80万尾 × 0.25元 = 20万元 ≤ 35.

Judgements where a reviewer could hesitate:

* gb03 Y102 error rather than warning: a 2026 deadline cannot hold in a one-year 2025 project;
  D104 is accepted as the same problem.
* gb04: the D202 count also contradicts the 中期目标 (D104 accepted); the duplicate rate has the
  same values in both rows, so only D103/D101 (warning), not D102.
* gb08 and gb16: same indicator with a word more or less and different values: D102 (error,
  two targets for one measure cannot both hold); D103 accepted.
* gb10: the 2025 deadline is only a consequence of the wrong period: tolerated, not required.
* gb12: F201 rather than F105 (the tier-2s are right, the tier-3s sit under the wrong one).
* gb14: Y103 (a year in text) with Y101 accepted; the goal's 2023 is a leftover, not history.
* gb17 / gb18: 单位：万元 and 单位名称 lines are head lines, not indicators.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout642 import cages, museum, offices
from tests.variants.holdout642.registry import HOLDOUT642
from tests.variants.kit import Variant

MODULES = (cages, museum, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT642, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 642nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
