"""The 678th held-out set: 18 invented returns from 奶山羊 and 湖羊 sheep farms, a goat-milk
powder plant and 青贮 forage storage (budget year 2026; places 磬山县, 澄陂县, 鹊岗市 invented).
Nine are correct, nine carry 2-3 planted mistakes (25 required marks), most of them found only
by comparing one part of the return with another.

Layouts: project heads with one-year and multi-year money blocks, a department head with tasks
and 金额合计, NAT-2021 and OLD-NAT tiers merged down, numbered labels (一、产出指标 / （一）),
labels with points (产出指标（40分）) beside an indicator score column, headers 绩效目标值,
预期目标, 考核指标 · 目标值（年度）, a two-row header (绩效目标 over 指标值 · 计量单位) repeated
after a page break, operators in words in their own column with a unit column, two stacked
projects, flat department lists (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), 中期 and 年度
columns, a budget-system export (table on the sheet 部门项目支出绩效目标05-2, header on the third
row, 项目编码 and 单位编码 in the first columns), note rows, footnotes, detail lines, subtotal
rows, signature and date lines.

Planted mistakes (return: code, highest accepted severity, place):

* hl02-goat-shed-build: D104 ≤warning at the 新建标准化羊舍 value (goal 6栋, indicator ≥4栋);
  Y102 ≤error at 工程完工时间 `2027年6月30日前` in a one-year 2026 project (alt Y103).
* hl04-goat-milk-hall-two-year: D204 ≤warning at the 年度目标 (copied from 中期目标); D202
  ≤warning at the 年度 挤奶厅 `≥4座` (the two-year count copied); D201 ≤error at the 年度
  核心群 `≥1000只` above the period's 800.
* hl06-goat-department-wrong: B102 ≤error at 金额合计 170 (tasks 45 + 60 + 55 = 160); D101
  ≤warning, row, at 养殖技术培训人次 repeated under 质量指标 (alt D102, D103, F201); F201
  ≤warning, row, at 参训养殖户满意度 under 社会效益指标.
* hl08-hu-sheep-stacked-wrong: B101 ≤error at the second project's 年度资金总额 75 (60 + 10);
  D104 ≤warning at 引进优质种公羊 `≥30只` (goal 50只).
* hl10-hu-sheep-flat-wrong: W101 ≤error, book level (weights add to 95); Y102 ≤error at
  `2025年10月31日` for a 2026 budget (alt Y103, Y101); D102 ≤error, row, at 布病监测样本数 2000
  against 布病监测样本 3000 (alt D103, D101).
* hl12-hu-sheep-fattening-wrong: Y103 ≤warning at the 年度目标 naming 2024 (alt Y101); T108
  ≤warning, row, at 育肥羊死亡率 with ≥; B107 ≤warning, row, at 每只育肥羊防疫成本 15元
  (× 25000只 = 37.5万元 above the 30万元).
* hl14-powder-storage-export: Y101 ≤error, row, at 计划开始日期 2025-03-01 (the row also holds
  the 2025-12-31 end; title 2026; alt Y102); F201 ≤warning, row, at 库内温湿度监测达标率 under
  时效指标; D103 ≤warning, row, at 羊乳粉出厂检验合格率 ≥95% beside 羊乳粉成品出厂检验合格率
  100% (alt D102, D101, F201: it also sits under 时效).
* hl16-silage-storage-wrong: D104 ≤warning at 新建青贮窖容积 `≥2500立方米` (goal 3000); B107
  ≤warning, row, at 青贮收贮补贴标准 `≤60元/吨` (× 8000吨 = 48万元 above 40万元); B102 ≤error
  at the detail 合计 40 (25 + 12 + 2 = 39).
* hl18-powder-plant-three-year: D201 ≤error at the 年度 `≥36000吨` above the period's 30000
  (alt D104: the 年度目标 says 10000吨); F110 ≤error at the empty name cell of a 质量指标 row
  with values; F109 ≤warning, row, at the empty 时效指标 tier-2.

Legitimate look-alikes in the correct returns: hl01 a goal count with its parts in brackets
(1200只 = 800 + 400) and a part indicator 其中：萨能奶山羊 ≥800只, 羔羊死亡率 ≤5%, 良种覆盖率
提高 ≥3百分点, a typed percent (pct); hl03 the period's counts in 中期 beside smaller yearly
counts, equal rates and unit caps in both columns, a later year the work prepares for (为2029年
全县推广积累经验), a 2028 deadline in 中期; hl05 tier points (40 + 20 + 30 + 10) and indicator
points both adding to 100, `0起` on an incident count, `≥2百分点`, tasks adding to 金额合计 and
项目支出; hl07 the same 养殖户满意度 with different values in two stacked projects; hl09 a
羔羊死亡下降率 with ≥, `= 0 起`, typed percents in a flat list, a footnote on the 下降率; hl11
大于等于 on a 下降率, 等于 0 起, `等于 100%` on 防疫档案规范率, bare numbers with % in the unit
column, 12元 × 20000只 = 24万元 within 30万元; hl13 `≤300元/吨` × 12000吨 = 360万元 within 500万元;
hl15 a note row inside the table, a footnote explaining the total, 150元 × 3000立方米 = 45万元
equal to its detail line, a goal total with its parts in brackets; hl17 a repeated header row,
小计 and 合计 score rows (50 + 50 = 100), a 填表说明 line.

Judgements: fill dates in November 2025 (the year before the budget) are not year conflicts;
`100%` / `=100%` on a capped rate is the ceiling; B107 is a warning (the count may be partly
paid from other money), D104 a warning (the goal may count differently); in hl08 the B101 is an
error because the arithmetic cannot hold; in hl10 a deadline before the budget year is an
impossibility (error); in hl14 the start and end dates sit on one row, so the Y101 mark is a row
mark; hl12's year in the 年度目标 is a leftover, not a base year (no 较…年 wording); in hl18 the
D201 may also be reported as the goal's 10000吨 against the indicator (D104 accepted).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout678 import goats, plant, sheep
from tests.variants.holdout678.registry import HOLDOUT678
from tests.variants.kit import Variant

MODULES = (goats, sheep, plant)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT678, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 678th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
