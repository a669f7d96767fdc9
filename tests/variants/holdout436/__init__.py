"""The 436th held-out set: 18 invented returns of a northern county (朔川县, budget year 2025) on
its central heating (集中供暖): the renovation of the heating network (供热管网改造: yd01–yd06,
yd13, yd14, yd18) and the winter heating guarantee (供暖季保障: yd07–yd12, yd15–yd17).

Layouts: project heads (``heads.project_head``) with one-year and multi-year money blocks,
department heads with shares and key tasks; tiers merged down; operator columns (指标性质 as
operator), direction columns (指标性质 as 正向/反向), unit columns, tier-1 and indicator score
columns, tier labels numbered with points and marks (一、产出指标（50分）, （一）, *, ★),
headers 预期目标 / 考核指标 / 目标值（年度） / 评价标准, a table on a second sheet, 中期/实施期
and 年度 columns, stacked projects, flat lists, 注 and 填表说明 rows, subtotal rows and a header
repeated after a page break, signature lines, a budget-system export (05-1 / 05-2) with codes in
the first columns and the header on the third row.

Planted mistakes (code, highest accepted severity, place):

* yd03-pipe-period-wrong: D201 error at the annual 加装热计量表 cell (≥7500块 over ≥6000块 for
  two years); D202 warning at the annual 改造楼内供热立管单元数 cell (≥480个 copied); T108
  warning, row, on 改造后二级管网热损失率 ≥8% (both columns).
* yd04-pipe-money-wrong: B101 error, row, at 年度资金总额 1350 (1100 + 200 = 1300); X105 warning
  (alt X103) at the detail amount ``385.337 5``; X106 error (alt B108) at ``265万265万``; B102 at
  book level tolerated (the detail 合计 1300 against the wrong total).
* yd06-pipe-points-wrong: W103 error at the 产出指标 score 45 (indicators 40) and at the 效益指标
  score 25 (indicators 30); F105 error at the tier-2 （四）社会效益指标 under 一、产出指标.
* yd09-guarantee-rates-wrong: T105 error, row, 管网及换热站巡检完成率 120 次; T106 error, row,
  居民室温达标率 102% (a typed percent cell); T108 warning, row, 供热投诉率 with ≥.
* yd11-guarantee-template-rows: F110 error at the empty name cell of a ≥95% row; F109 warning,
  row, at the tier-2 生态效益指标 left without indicator.
* yd12-guarantee-artefacts: X104 warning at the text ``45945`` (2025-10-15) of 检修完成时间;
  T115 error at 单座换热站检修费用 ≤ 0 万元/座.
* yd14-stacked-wrong: B101 error, row, at the second project's 年度资金总额 760 (640 + 90);
  T105 error at 换热站设备安装验收合格率 ≥2座.
* yd16-flat-wrong: T112 error at ≥3850户 with unit column 人; T108 warning, row, 报修响应时间
  ≥30分钟 marked 反向; W101 error at book level (weights add to 95).
* yd18-export-wrong: B102 error at the 05-1 合计 1240 (lines add to 1200); F110 error at the
  empty name cell on 05-2; X101 error at ≥**户.

Legitimate look-alikes in the correct returns: ``=`` with a typed 100% on a 合格率 and a
typed 0.5% 失水率 with ≤ (yd01); equal 中期/年度 rates, unit costs and grades in a three-year
project while the counts differ (yd02); tier points and indicator points both adding to 100,
``≥3百分点`` on a 达标率 change, a 下降率 with ≥ (yd05, yd15); 0户 and 0起 on incident counts
(yd07, yd15, yd17); ★ core indicators and * marks (yd07); an instruction row inside the table, a
fill date in December of the year before (yd08, yd15, yd17); the same 热用户满意度 with
≥90% and ≥92% in two stacked projects (yd13); 小计 and 合计 rows and a repeated header (yd17);
a 评价标准 column of scoring text (yd10). Every unit cost × count stays within its money
(e.g. 1200元/户 × 3850户 = 462万 ≤ 860万; 15万元/公里 × 85公里 = 1275万 ≤ 1280万).

Judgements: a reviewer could hesitate on yd03's T108 (the rate appears in both columns: one row
mark); on yd04 whether the total or the parts are wrong (the detail 合计 agrees with the parts,
so the total is marked, row-wide); on yd06 the misplaced 社会效益 row's points count under 产出
where it stands; on yd12 whether 0 万元/座 is a rounded cost (yes: 86 座 share ≈ 3.6 万元 each);
on yd16 the weight column is headed 满分100 so 95 is an error, not a different total; on yd18
the export repeats tier labels in every row instead of merging them, as such exports do; yd07's
≤1200元/户 and yd10's ≤2400元/户 are indicator units, not money-block units.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout436 import county, guarantee, renovation
from tests.variants.holdout436.registry import HOLDOUT436
from tests.variants.kit import Variant

MODULES = (renovation, guarantee, county)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT436, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 436th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
