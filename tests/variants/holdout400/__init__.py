"""The 400th held-out set: 18 invented returns on gong-and-drum folk music and village percussion
troupes (锣鼓乐传习、曲牌与锣鼓谱整理、非遗展演 / 村级锣鼓队器材、培训、会演), with a careful
reviewer's marks, to measure ``goalbook check`` out of sample. Invented units: 铙溪县 (响槐镇),
鸣川区, 鼙山市. Budget year 2025 unless said (wt08, wt12, wt16: 2026).

Layouts: project heads (one-year, two- and three-year with 中期/年度 money and goals) and
department heads (budget with typed percent shares, key tasks with 金额合计); tier-1 and tier-2
merged down; labels numbered with points (wt01), marked with * and ★ and abbreviated (wt02),
numbered （一）… (wt03); headers 预期目标 (wt04), 指标内容/绩效标准 (wt02), 考核指标/目标值（年度）/
评价标准 on a second sheet (wt05), 中期/年度 and 实施期/年度 value columns (wt09, wt10); operator
column in symbols and words with a unit column (wt13, wt14); score columns at one level (wt01,
wt06) and two levels (wt17); a 说明 row inside the table, the header repeated after a page break,
subtotal/total rows, 填表说明 and signature lines (wt06); two projects stacked (wt11, wt12); flat
department lists in two column orders (wt15, wt16); a 资金明细 block under the table (wt18).

Planted mistakes (return: code, highest accepted severity, place):

* wt03-wrong-parent: F105 ≤error at the tier-2 cell （三）社会效益指标 under 一、产出指标; T108
  ≤warning (row) on 展演器材故障发生率 ≥3%.
* wt04-template-rows: F110 ≤error at the empty name cell of a ``≥8场`` row; F109 ≤warning (row)
  at the empty 时效指标 template row and at the empty 社会成本指标 template row.
* wt06-notes-defect: T106 ≤error at 锣鼓谱校勘合格率 ≥102%; T107 ≤warning at 满意度 =92%.
* wt08-department-money-wrong: B101 ≤error at 资金总额 520 (基本 300 + 项目 240 = 540); B102
  ≤error at 金额合计 240 (90 + 85 + 60 = 235); T105 ≤error at 扶持计划完成率 ``28支``.
* wt09-multi-year-copied: D202 ≤warning at the two annual cells copied from 中期 (≥90人,
  ≥120首) in a 2025–2027 project; D201 ≤error at the annual ≥12场 above the period's ≥9场.
* wt12-stacked-defects: in the second stacked project B101 ≤error at 年度资金总额 45 (40 + 8 =
  48) and B107 ≤warning (row) at ≤2.5万元/支 × 20支 = 50 above its money.
* wt14-percent-wrong: B105 ≤error at 其他资金 shown 40,000.00元 in a 万元 block (B101 on the
  file tolerated, not required); T106 ≤error at a typed 105% on 展演节目计划完成率.
* wt16-flat-defects: T112 ≤error (alt T119) at ``≥12场`` under unit column 人次; T108 ≤warning
  (row) at 反向 演出器材故障率 ≥3; W101 ≤error on the file (weights add to 95).
* wt18-conversion-artefacts: X104 ≤warning at 计划完成日期 stored as text ``45930``; X105
  ≤warning (alt X103) at ``14.6 5``; X106 ≤error (alt B108) at ``9.35万9.35万``.

Legitimate look-alikes in the correct returns: ``=0起`` on 安全责任事故 counts (wt01, wt17) and
``=`` 0 on an incident count in a flat list (wt15); 100 both ways when tier points and indicator
points are given (wt01 in labels, wt17 in a column) and subtotal/total rows of scores (wt06 is
marked only for its two value defects); ``=100%`` on 验收合格率 (wt02, wt11); a 下降率 with ≥
(wt13, wt17); a rate raised by ``≥5百分点`` (wt17); typed percent cells with % in the unit
column (wt13, wt15) and typed percent shares of a department budget (wt07); unit cost × count
equal to the money (wt02: 1.5 × 24 = 36; wt11: 2 × 20 = 40; wt12 first project: 0.6 × 30 = 18);
equal 中期/年度 values for rates and unit costs in multi-year projects (wt09, wt10); the same
indicator name 服务对象满意度 with 90% and 92% in two stacked projects (wt11); fill and signature
dates in the year before the budget year (wt06, wt15); the 评价标准 column's scoring text (wt05).

Judgements where a reviewer could hesitate: wt12's B107 is a warning whichever total is right
(45 or 48, both below 50); wt09's D202 is marked at each copied annual cell, the rates and the
unit cost being legitimately equal; wt16's T108 concerns the row (value or direction cell);
wt14's B101 is a consequence of B105 and only tolerated; wt13's ``定性 │ 长期保持`` is a grade in
an operator column, not a missing operator; wt06's score subtotals are not extra points.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout400 import funds, tiers, values
from tests.variants.holdout400.registry import HOLDOUT400
from tests.variants.kit import Variant

MODULES = (tiers, funds, values)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT400, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 400th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
