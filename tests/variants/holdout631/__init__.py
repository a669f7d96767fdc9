"""The 631st held-out set: 慈姑 (arrowhead) and 菖蒲 (calamus) wetland planting with a lake
shore restoration, and a 竹筷 (bamboo chopstick) workshop, in the invented 菰湾县 (鹭汀湖,
雁汊湖, 苇塘镇, 筠口镇, 篁坞村). Budget year 2025; money in 万元, mostly in the number format.

Modules: ``arrowhead`` (fq01–fq06), ``calamus`` (fq07–fq12), ``chopsticks`` (fq13–fq18).

Layouts: project heads (one-year, two-year, three-year with 中期 and 年度 columns), department
heads with budget and task blocks, two stacked projects per sheet (fq03, fq04), flat lists
(fq10, fq11), numbered tier labels with points (fq05), abbreviated labels (fq06), tier and
indicator score columns (fq15, fq16), a budget-system export with code columns, a header on
its third row and the table on a second sheet (fq13), headers 指标内容/绩效标准 (fq14), 预期目标
(fq17), 考核指标/目标值（年度）(fq13), operators in words (fq18), a header repeated after a page
break (fq18), 注/说明/填表说明 rows and signature lines.

Planted mistakes (code, highest accepted severity, place):

* fq02: D104 warning at 慈姑扩种面积 ≥120亩 (goal 150亩); Y102 error (alt Y101, Y103) at the
  deadline 2024年10月31日; B107 warning (row) at 亩均种植成本 0.5 × 120 = 60 > 50.
* fq04: B101 error at the second project's 年度资金总额 30 (20 + 8); D102 error (row, alt
  D103, D101, D104) at 慈姑种球收购数量 ≥10吨 against 慈姑种球收购量 ≥8吨.
* fq06: F201 warning (row) at 亩均栽植成本 under 数量; F201 warning (row) at 种苗成活率 under
  时效; T108 warning (row) at 慈姑病害发生率 ≥5%.
* fq08: D204 warning at the 年度目标 cell (copied from 中期目标); Y101 error (alt Y102, Y103) at
  计划完成日期 2026-12-31 of a 2025—2027 project; D201 error at 菖蒲种植面积 年度 ≥260亩 > 200亩.
* fq11: B102 error at 金额合计 90 (45 + 30 + 20 = 95); D104 warning (row) at 湖岸修复长度 3公里
  (goal 2.5公里); W101 error, book level (weights add to 95).
* fq12: B101 error at 资金总额 410 (230 + 170 = 400); D101 warning (row, alt D103, F201) at the
  second 湖岸巡护次数; F201 warning (row, alt F105) at 沿湖居民满意度 under 社会效益; F106 error
  tolerated at book level (no 满意度指标 as a consequence).
* fq14: D104 warning at 培训学员 ≥80人 (goal 120人); Y102 error (alt Y101, Y103) at 烘干房建成时间
  2024年9月30日.
* fq16: W103 error at the 产出指标 score 50 (15 + 10 + 10 + 10 = 45); B101 error at 年度资金总额
  12 (10 + 3); B107 warning (row) at 每期研修成本 2.5 × 6 = 15 > 12; W101 error tolerated at book
  level.
* fq17: X101 error (row) at the template example row ≥**人; F110 error at the empty name cell;
  F109 warning (row) at the empty 生态效益指标.

25 required marks; 19 found only by comparing parts of a return (goal against indicators,
dates against the year and period, 中期 against 年度, duplicates, wrong tier-2, cost × count
against money, parts against totals, template leftovers).

Legitimate look-alikes in the correct returns: typed percents (fq01, fq07, fq09, fq10, fq13,
fq15); a goal area with its part in brackets and a 其中 indicator (fq01); the same indicator
name with different values in stacked projects (fq03); 100 points both at tier and indicator
level (fq05, fq15); a 下降率 with ≥ (fq05, fq07, fq18); ≥5百分点 / ≥3百分点 (fq15); period counts
beside smaller annual counts and equal rates and unit costs (fq07, fq15); unit cost × count
equal to the money (fq07, fq09, fq15, fq18); a one-year project with equal 中期/年度 columns and
goals (fq09); 为2026年推广积累种苗 (fq09); `=100%` as text and 0起 on an incident count (fq13);
fill and signature dates in the year before the budget year (fq10, fq18); note, 说明, 填表说明,
repeated header and signature rows (fq05, fq18).

Judgements: a deadline in the year before the budget year is marked as an error (Y102) as the
work cannot be due before the year begins; a conflicting duplicate as an error (D102, D103
accepted); 科普步道 =1条 in both columns of fq08 is tolerated (ok) as a one-off built in the first
year; the missing 满意度 tier-1 in fq12 and the points total 95 in fq16 follow from the marked
mistakes and are tolerated, not required.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout631 import arrowhead, calamus, chopsticks
from tests.variants.holdout631.registry import HOLDOUT631
from tests.variants.kit import Variant

MODULES = (arrowhead, calamus, chopsticks)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT631, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 631st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
