"""The 580th held-out set: 18 invented returns on coconut (椰子) processing and sunflower (向日葵)
seed cooperatives, with a careful reviewer's marks, to measure ``goalbook check`` out of sample.

Nine returns are correct, nine carry 2–3 planted mistakes (25 required marks). The set leans on
the checks that read across the table (domain.md §5: C4, C6, C9, C10, C12, C15, C16 and the
unit cost × count check): 22 of the 25 marks are of those kinds.

Layouts
-------
``coconut`` (dr01–dr06): one-year project tables with an operator and a unit column (headers
指标内容 / 绩效标准) or one value column, three-year projects with 中期 and 年度 columns, two
projects stacked in one sheet. ``sunflower`` (dr07–dr12): numbered tier labels with points and
an indicator points column, abbreviated labels (产出, 数量), flat department lists (指标名称 ·
权重 · 计量单位 · 指标性质 · 指标值), department tables with their key tasks and 金额合计.
``exports`` (dr13–dr18): 预算管理一体化 exports (budget on 「部门项目支出预算05-1」, indicators on
「部门项目支出绩效目标05-2」, header on row 3, codes in the first columns, operators in words),
department tables broken over a page (续表 note, repeated header, 小计 and 合计 rows, 填表说明,
signature lines), labels marked ``*``, two stacked two-year projects, a two-row header
(绩效目标值 over 比较符 · 数值 · 计量单位).

Planted mistakes (return: code, highest accepted severity, place)
-----------------------------------------------------------------
* dr02-coconut-goal-mismatch: D104 ≤warning, row of 椰农操作技能培训人次 (年度目标 600人次,
  indicator ≥800人次); Y102 ≤error, the cell ``2026年3月31日前`` in a one-year 2025 project;
  B107 ≤warning, row of 椰子脱壳机购置单价 (12万元 × 15台 = 180 > 150万元).
* dr04-coconut-multi-year-wrong: Y103 ≤warning at the 中期目标 cell (到2030年, period 2025—2027);
  D201 ≤error at the annual cell ``≥4条`` (period ≥3条); D202 ≤warning at the annual cell
  ``≥9000吨`` copied from the three-year total.
* dr06-coconut-artefacts: X102 ≤warning at the 年度目标 cell (``<br>``); X101 ≤error at the value
  ``XX``; X104 ≤warning at the text cell ``45930`` (2025-09-30).
* dr08-sunflower-duplicates: D104 ≤warning, row of 带动社员户数 (goal 320户, indicator ≥350户);
  F201 ≤warning, row of 葵花籽烘干及时率 under 质量; D102 ≤error (alt D103, D101), row of the
  second 社员葵花籽订单收购量 (≥1500吨 against ≥1200吨).
* dr10-sunflower-flat-wrong: Y102 ≤error at ``2024年12月31日前`` in a 2025 table; D102 ≤error
  (alt D101, D103), row of the second 葵花籽仓储损耗率 (≤2 against ≤3 %); W101 ≤error, book level
  (weights add to 95).
* dr12-sunflower-department-wrong: B102 ≤error, row of 金额合计 (140 + 120 + 90 = 350 ≠ 340);
  D104 ≤warning, row of 葵花籽晾晒场建设数量 (goal 8处, indicator ≥6处).
* dr14-coconut-export-wrong: X103 ≤warning at the text amount ``1,280.50`` on 05-1; Y102 ≤error at
  ``2024年10月31日`` on 05-2; D103 ≤warning (alt D102, D101, D104), row of 椰子粉产品出口批次 45
  against 椰子粉出口批次 40 (and the goal's 40批).
* dr16-sunflower-pagebreak-wrong: Y101 ≤error, book level (alt Y102, Y103: title 2024年度, plan
  dates and goal 2025); X101 ≤error (alt T116) at ``≥**户``; F201 ≤warning, row of
  购机社员对补贴兑付满意度 under 社会效益指标.
* dr18-sunflower-two-row-header: T112 ≤error, row of 社员操作培训人次 (``300人次`` against the
  unit column 户); B107 ≤warning, row of 色选机购置单价 (45万元 × 6台 = 270 > 200万元).

Legitimate look-alikes in the correct returns
---------------------------------------------
* dr01: the goal sums its indicators (生产线 1 + 1 = 2 条), 1200万个 repeated with the same value;
  补助标准 100万元/条 × 2 = 200 = 财政拨款, within the 260; a 超标批次占比 with ≤; 超标排放次数 =0;
  typed percents with ``%`` also in the unit column; a completion date as a date cell; a fill date
  in the previous year.
* dr03: a three-year project whose 中期 column names 2027 (inside the period); rates and unit
  costs equal in both columns; 1200 ㎡ × 1500元 = 180 ≤ 200, 3000 ㎡ × 1500元 = 450 ≤ 600.
* dr05: the same 椰农满意度 with other values in two stacked projects; 6座 × 15万 = 90 = 90 and
  400批次 × 1000元 = 40万 = 40 (equal, not exceeding); 质量安全事件 =0起; 检测报告差错率 ≤1%.
* dr07: tier points in the labels (40 + 20 + 30 + 10) and indicator points (sum 100) with a 合计
  row of 100, only one level adds up; ``≥2百分点`` on a rate raise; 3000吨 × 300元 = 90 ≤ 180.
* dr09: a flat list with weights adding to 100; ``霉变损失下降率 ≥ 15`` with % in the unit column;
  安全生产事故 = 0 起; 20000亩 × 60元 = 120 ≤ 260 项目支出; counts repeated in the goal.
* dr11: tasks 140 + 120 + 80 = 340 = 项目支出; 资金总额 520 = 430 + 90 = 180 + 340; 8处 × 17.5万
  = 140 equal to its task; goal counts equal to the indicators; ``=100%`` on a 验收合格率.
* dr13: operators in words; 600批次 × 0.2万 = 120 ≤ 320; codes and names repeated in every row.
* dr15: 小计 and 合计 rows with weights (not indicators, not added twice), a 续表 note and a
  repeated header, ``化学农药使用量下降率 ≥5%``, 30000亩 × 25元 = 75 ≤ 190.
* dr17: two two-year projects, 中期 dates in 2026 inside the period, the same 社员满意度 with
  other values in each project, 2000亩 × 1500元 = 300 = 300.

Judgements
----------
* D104 (goal text against indicator) is marked on the indicator's row, not on the goal cell;
  a warning, since either side may be the slip.
* A date outside the one-year project (dr02, dr10, dr14) is accepted as an error: the project
  period cannot hold it. The 2030 vision in dr04's 中期目标 is only a warning.
* B107 is a warning: the unit cost is a cap (≤), so the product is the most that could be spent,
  yet the money cannot buy the stated count at that cap.
* Two identically named indicators with different values (dr08, dr10) are a conflicting
  duplicate (error); two names that differ by one word (dr14) are a near-duplicate (warning),
  D102 accepted.
* dr16's title year against its dates is marked on the whole return, since the finding may land
  on the title or the date cells.
* dr06's ``XX`` placeholder sits in the value column with ≥ in the operator column: X101 is
  asked for; a missing-value finding on that row would be the same problem but is not accepted.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout580 import coconut, exports, sunflower
from tests.variants.holdout580.registry import HOLDOUT580
from tests.variants.kit import Variant

MODULES = (coconut, sunflower, exports)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT580, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 580th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
