"""The 664th held-out set: 慈姑与荸荠水生蔬菜、鹌鹑蛋品, written blind, with a careful reviewer's
marks, to measure ``goalbook check`` out of sample. Its aim is checks across the table: goal text
against indicators, years and dates, 中期 against 年度, duplicates, tiers, unit cost × count
against money, parts against totals, template leftovers.

Theme and places (all invented): ``arrowhead`` (慈姑, 芷汀县, budget year 2025, gx01–gx06),
``waterchestnut`` (荸荠, 苇川区, 2026, gx07–gx12), ``quaileggs`` (鹌鹑蛋品, 鹭岑市, 2025,
gx13–gx18). 18 returns, 9 correct, 23 required marks.

Layouts: project heads (one-year, two- and three-year with 中期/年度 money and goals), department
heads with tasks and 金额合计, numbered tier labels with points (gx01), abbreviated and marked
labels (*产出, 数量, ★满意度; gx12), operator column (gx01, gx07), direction and operator in words
(gx11), unit columns, flat list (gx07), two stacked projects (gx04, gx15), a budget-system export
with codes and the table on a second sheet under 预期实现值 (gx08), headers 指标内容/绩效标准
(gx09), 绩效目标值（中期/年度） (gx06), two complete column sets (gx16), tier and indicator score
columns (gx14), a two-row header 考核指标 · 目标值（年度） · 评价标准 · 分值 repeated after a page
break with 小计/合计 rows (gx18), 注/说明 rows, signature and date lines.

Planted mistakes (return: code, highest accepted severity, place):

* gx02: D104 ≤warning, row of 慈姑连片种植基地面积 (goal 1200亩, indicator ≥1000亩); B107
  ≤warning, row of 种苗补贴标准 (700元/亩 × 1000亩 = 70万 > 60万); T108 ≤warning, row of
  慈姑球茎腐烂发生率 (≥5% on a 反向 rate).
* gx05: Y103 ≤warning at the 年度总体目标 cell (2024年 in a 2025 return); B102 ≤error at the
  金额合计 cell (45 + 35 + 50 = 130 ≠ 140); D103 ≤warning, row of 慈姑种植技术培训人次 under
  社会效益 (alt D101, D102), the same as 数量's 技术培训人次.
* gx06: D201 ≤error at the annual 慈姑片加工量 (900 > 800 for the period; alt D104); D202
  ≤warning at the annual 加工工人培训 (the period's 600人次 copied, goal 300; alt D104); F201
  ≤warning, row of 加工产品商品率 under 时效.
* gx09: B101 ≤error at 年度资金总额 (80 ≠ 60 + 15); Y102 ≤error at 收购合同签订时间
  (2025年3月31日前 in 2026); D102 ≤error, row of the second 种植户技术培训人次 (400 / 300;
  alt D101, D103).
* gx10: D104 ≤warning, row of 绿色种植基地面积 (中期目标 3000亩, 中期 indicator ≥2400亩); D202
  ≤warning at the annual 种植户培训人次 (≥1500人次 copied).
* gx12: D104 ≤warning, row of 鲜荸荠收购量 (goal 2000吨, ≥1500吨); F201 ≤warning, row of
  荸荠粉包装数量 (a count under 质量).
* gx14: W103 ≤error at the 产出指标 score 50 (indicators 55; alt W101); D104 ≤warning, row of
  鹌鹑蛋抽检批次 (goal 2500, ≥2000); B107 ≤warning, row of 单批次检测费 (300 × 2000 = 60万 >
  40万).
* gx15 (second stacked project): B101 ≤error at its 年度资金总额 (50 ≠ 40 + 5); Y104 ≤error at its
  计划完成日期 2024-12-31 before 2025-01-01 (alt Y102).
* gx17: F110 ≤error at the empty name cell of a row valued ≥20家; X101 ≤error, row of the
  template's （示例）XX工作完成时间 │ 20XX年XX月前.

Legitimate look-alikes in the correct returns: a goal's count with its part in brackets (gx01
新建300亩 of 800亩, gx07 120人次 of 800, gx13 600批次 of 1800) and a total over two turnovers
(gx04 2000吨); a later year the work prepares for (gx01 为2026年推广积累; gx03 2027 inside the
period); the period's count beside a smaller year's (gx03, gx16), rates, unit costs and per-
household gains equal in both columns; unit cost × count within the money (gx01 40/60, gx03
300/360 and 100/120, gx04, gx08, gx11 45/50, gx13 54/60, gx18 20/30) or equal to it (gx15's
first project 14 × 5 = 70); 下降率 with ≥ / 大于等于 (gx07, gx11); ≤0起 on incidents (gx07, gx13);
百分点 rate changes (gx03); tier points only in labels, 预算执行率 scored apart (gx01); =100% as
text and 等于 100% at the ceiling (gx18, gx11); the same satisfaction name in two stacked or
exported projects (gx04, gx08); fill dates in the year before the budget year.

Judgements where a reviewer could hesitate: goal-against-indicator gaps (D104) and cost beyond
the money (B107) are warnings, since the text or standard may be the one to change; D201, B101,
B102, Y104, F110 and X101 are impossibilities or leftovers and accept error; a deadline in the
year before the budget year (gx09) accepts error (Y102 is an error in the catalogue and cannot be
met); the same indicator with two values (gx09) accepts error as D102; in gx06 and gx14 the
indicator also contradicts the goal, so D104 is accepted as an alternative where another code is
asked for; the mention of 2026 in gx01's one-year goal is a purpose, not a year conflict.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout664 import arrowhead, quaileggs, waterchestnut
from tests.variants.holdout664.registry import HOLDOUT664
from tests.variants.kit import Variant

MODULES = (arrowhead, waterchestnut, quaileggs)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT664, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 664th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
