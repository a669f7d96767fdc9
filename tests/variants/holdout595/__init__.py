"""The 595th held-out set: goose (鹅) farms and hatcheries, and star-anise (八角) groves with a
drying plant. 18 invented returns, 9 correct, 9 with 23 required marks; budget year 2025.

Aim: checks across the table (goal text against indicators, years and dates, 中期 against 年度,
duplicates, tiers, cost × count against money, parts against totals).

Layouts: project heads with an operator and unit column (eg01, eg02), a one-value column (eg07,
eg10, eg13, eg14, eg18), operators in words with bare numbers (eg08), 中期/年度 columns (eg03,
eg04), department heads with tasks and numbered tiers with points (eg05, eg06), flat department
lists (eg11, eg12), a table on a second sheet under 预期实现值 with a 说明 row and the header
repeated (eg09), budget-system exports with codes and sheets 05-1/05-2 (eg15, eg16), a weight
column with 小计/合计 rows and a 填表说明 row (eg17), two projects stacked (eg13, eg14).

Planted mistakes (return: code, highest accepted severity, place):

* eg02: D104 ≤warning, row of 新增种鹅存栏 (goal says 5000只, indicator 4000只); Y104 ≤error at
  计划完成日期 (2024-11-30 before the start 2025-03-01; alt Y101, Y102); F201 ≤warning, row of
  种蛋受精率 under 时效指标.
* eg04: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201 ≤error at the annual
  改造标准化鹅舍 (≥60栋 against ≥40栋 for the period); Y102 ≤error at the annual 验收完成时间
  2024年10月31日前 (alt Y103, Y101).
* eg06: B101 ≤error at 资金总额 (380+250 ≠ 640); B102 ≤error at 金额合计 (180+50+30 ≠ 250; alt
  B101); D103 ≤warning, row of 鹅苗孵化总数量 (same as 鹅苗孵化数量, other value; alt D101, D102).
* eg08: D104 ≤warning, row of 八角林抚育面积 (goal 800亩, indicator 600); B107 ≤warning, row of
  每亩抚育成本 (1800元 × 600亩 = 108万 > 100万).
* eg10: B101 ≤error at 年度资金总额 (100+40 ≠ 150); Y102 ≤error, row of 烘干点投产时间
  2024年9月30日前 (alt Y103, Y101); F201 ≤warning, row of 收购商满意度 under 社会效益指标.
* eg12: W101 ≤error, book level (weights 95); D103 ≤warning, row of 八角鲜果年收购量 (alt D101,
  D102); D104 ≤warning, row of 烘干点建设数量 (goal and task say 4个, indicator 3个).
* eg14: B101 ≤error at the second project's 年度资金总额 (30+5 ≠ 40; alt B103); Y103 ≤warning at
  its 年度目标 (2024年 left from last season; alt Y101, Y102).
* eg16: T106 ≤error, row of 疫苗免疫合格率 (a typed 105%); T108 ≤warning, row of 鹅群病死率 ≥3%.
* eg18: F110 ≤error at the empty name cell of a row with ≥60万株; F109 ≤warning, row of the
  empty 生态环境成本指标.

Look-alikes in the correct returns: eg01 goal count with its parts in brackets (12万羽 = 8 + 4),
a later year the work prepares for (为2027年推广), 死淘率下降幅度 ≥2百分点, typed percent cells;
eg03 period counts above the year's, rates and unit costs equal in both columns, 百分点 in both;
eg05 tier points and indicator points both adding to 100, ≤0起 on an incident count, 保种补助
700元 × 2000只 = 140万 exactly the task's money, 100% 及时率; eg07 800元/亩 × 1200亩 = 96万
exactly the money, 为2027年申报, a goal's area with its parts in brackets, ≥3百分点; eg09 ≤13%
含水率, a 说明 row and a repeated header inside the table, a fill date in 2024; eg11 下降率 with ≥,
a 合计 row of weights, a goal area containing a part (含新植3000亩); eg13 the same 带动农户数 and
满意度 names with other values in two stacked projects, 5元 × 8万羽 = 40万 exactly; eg15 `=100%`
as text on a 合格率, 25个 × 4万元 = 100万 exactly, ≤2件 on complaints; eg17 小计/合计 rows,
填表说明 row, ≤0起.

Judgements: a plan end date before its start and in the year before is an impossibility (error);
a deadline of an earlier year inside the indicators (eg04, eg10) is a date outside the period
(error, Y103 also accepted); a year left over in the goal text is only a warning; the goal/
indicator count differences are warnings (the reviewer asks); a near-duplicate with another
value is a warning (D102 also accepted); eg14's wrong annual total may also fire as B103 since
the period total is the parts' sum; fill dates in 2024 are not year conflicts.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout595 import anise, goose, mixed
from tests.variants.holdout595.registry import HOLDOUT595
from tests.variants.kit import Variant

MODULES = (goose, anise, mixed)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT595, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 595th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
