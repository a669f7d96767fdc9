"""The 603rd held-out set: 18 invented returns (9 correct) of the invented 栖霞岭县 on its
金银花 (honeysuckle) and 黄连 (coptis) bases and its herb-processing cooperative
(百草源中药材加工专业合作社), with a careful reviewer's marks. Its aim is checks across the
table: 22 of the 24 required marks are found only by comparing one part of a return with another.

Layouts: project heads (one-year and multi-year, 中期/年度 money and value columns), department
heads with key tasks and 金额合计; OLD-NAT and NAT-2021 tiers merged down, numbered
(``一、成本指标``, ``（一）``, ``1.``), with points (``产出指标（50分）``), ★ or abbreviated
(``产出``, ``数量``); operator in words (指标性质) or in its own column with a unit column; a
two-row header (绩效目标值 over 比较符 · 数值 · 计量单位; 指标值 over 中期 · 年度); a table on a
second sheet under 预期实现值; a budget-system export (05-1 / 05-2, header on row 3, codes first);
flat lists (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值); three and two stacked projects; a
header row repeated after a page break; 注 and 填表说明 rows; signature and date lines.

Planted mistakes (return: code ≤ highest severity at place; alt codes):

* eo02-jyh-goal-against-table: Y103 ≤warning at Sheet1!B7 (年度目标 says 2024 in a 2025
  return); D104 ≤warning row 11 (goal 800亩, indicator ≥600亩); Y102 ≤error row 15 (a
  2026 deadline in a one-year 2025 project; alt Y103).
* eo03-jyh-period-counts: D202 ≤warning at E11 (period area ≥1500亩 copied into the year whose
  goal says 500亩; alt D104); D201 ≤error at E12 (采穗圃 year ≥14个 above period ≥12个; alt D104).
* eo05-jyh-stacked-two: D103 ≤error row 24 (second project's seedling count twice, 150 / 120万株;
  alt D101, D102); B107 ≤warning row 26 (0.4万元/万株 × 150万株 = 60 > 45万元).
* eo08-hl-wrong-tier2: F201 ≤warning rows 10, 13, 15 (遮阴棚 area under 质量, 检验合格率 under
  时效, 满意度 under 社会效益).
* eo09-hl-year-leftovers: Y104 ≤error at F4 (plan ends 2024-12-31 before its 2025-03-01 start;
  alt Y101, Y102); D104 ≤warning row 10 (移栽 350亩 against the goal's 300亩); Y102 ≤error
  row 14 (采挖 deadline 2024年11月30日, last season; alt Y103, Y101).
* eo11-hl-money-blocks: B101 ≤error at C5 (中期 170 + 20 ≠ 200); B103 ≤error at E5 (年度 220 >
  中期 200); B107 ≤warning row 15 (0.5万元/亩 × 500亩 = 250 > 220, in both columns).
* eo14-coop-department-wrong: B102 ≤error at D8 (tasks 95 + 70 ≠ 金额合计 175); D104 ≤warning
  row 11 (goal and task 300吨, indicator ≥250吨); D101 ≤warning row 17 (成品抽检合格率 again
  under 可持续影响指标; alt D103, F201).
* eo16-coop-flat-wrong: W101 ≤error book level (weights add to 95); D102 ≤error row 16
  (金银花干花加工量 again with ≥60吨 against ≥80吨; alt D101, D103).
* eo18-coop-three-year-copied: D204 ≤warning at D9 (年度目标 = 中期目标); D202 ≤warning at E11
  and E12 (900吨 and 1500人次 copied from 中期).

Legitimate look-alikes in the correct returns: typed percents (eo01, eo04, eo07, eo10, eo13,
eo15); 化学农药使用量下降率 and 加工损耗下降率 with ≥ (eo01, eo12); 病虫害发生率, 投诉率,
霉变损耗率 with ≤; ``0起`` 安全生产事故 (eo12); tier points 50 + 10 + 30 + 10 and indicator points
both adding to 100 with a 合计 row (eo06); ``≥5百分点`` / ``≥3百分点`` (eo04, eo06); unit cost ×
count equal to the money (eo01, eo06, eo07, eo17); the goal's 500亩 with its parts in brackets
beside a ``其中`` indicator (eo07); 为2027年推广 in a 2025—2026 project (eo04); period counts
above the year's and equal rates in both columns (eo04); 上年结转 explained in a footnote (eo12);
fill and signature dates in the year before the budget year; the same 社员满意度 / 种植户满意度
with different values in different stacked projects (eo05, eo17).

Judgements: a deadline or date outside a one-year project's year is taken as an impossibility
(error), a year in the goal text as doubtful (warning); goal-against-indicator mismatches are
warnings (the reviewer asks); eo05's repeated count with two values accepts an error (D102);
eo11's B107 fires in both value columns of one row, so it is a row mark; eo14's duplicate under
可持续影响指标 also reads as a misplaced rate, so F201 is accepted for it.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout603 import cooperative, coptis, honeysuckle
from tests.variants.holdout603.registry import HOLDOUT603
from tests.variants.kit import Variant

MODULES = (honeysuckle, coptis, cooperative)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT603, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 603rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
