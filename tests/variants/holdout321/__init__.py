"""The 321st held-out set: 18 invented returns on general aviation and small airports
(通用机场运营补贴, 支线航线培育, 低空飞行服务站, 航空应急救援, 机场安检设备更新), 9 correct and 9
with planted mistakes (24 required marks), to measure ``goalbook check`` out of sample.

Modules: ``airports`` (ts01–ts06: 通用机场运营补贴, 支线航线培育), ``rescue`` (ts07–ts12:
低空飞行服务站, 航空应急救援), ``screening`` (ts13–ts18: 机场安检设备更新, one rescue department).
All budget years are 2025; money is in 万元 with the unit only in the number format.

Layouts: project heads (``heads.project_head``) and department heads
(``heads.department_head``) with their money blocks; tier-1 and tier-2 merged down; OLD-NAT and
NAT-2021 tiers; an operator column (指标性质 / 比较符) with a unit column (ts01, ts12); operators
inside the values; stacked projects (ts03, ts04); flat lists (ts05 指标名称 · 权重 · 计量单位 ·
指标性质 as operator · 指标值; ts06 指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重);
numbered labels with points (ts07), ★ and 1./2. labels (ts08); 中期 and 年度 columns (ts09
three years, ts10 two years); 说明 / 注 / 填表说明 rows, a stamp line, subtotal and 合计 rows, a
header repeated after a page break and signature lines (ts11, ts12); a two-row header with
指标内容 / 目标值（年度） and a 设定依据 column (ts13); the indicator table on a second sheet under
预期实现值 (ts14); a tier-1 score column beside an indicator score column (ts15, ts16);
department budgets with a row of typed shares and key tasks (ts17, ts18).

Planted mistakes (return: code, highest accepted severity, place):

* ts02-route-direction: T108 warning, row of 每班次航线培育补贴标准 (``=1.2万元/班``, = on a cost
  cap); T106 error at 航班正常率 (a typed 102%); T108 warning, row of 旅客投诉率 (``≥0.5%``).
* ts04-stacked-money-rate: B101 error at the second project's 年度资金总额 (260 ≠ 200 + 40, row);
  T105 error at 航线客座率 (``≥9000人``).
* ts06-flat-defects: T112 error at 通航从业人员培训人数 (``≥60人`` against unit column 架次);
  T108 warning, row of 航班延误率 (``≥3%``, 反向); W101 error, book level (weights add to 95).
* ts08-rescue-wrong-parent: F105 error at ``2.时效指标`` under ``★效益指标`` (row);
  T107 warning at 受援群众满意度 ``=95%``.
* ts10-fss-copied-year: D204 warning at the 年度目标 cell (copied from the 中期目标 of a two-year
  project); D202 warning at the annual cells of 建成低空飞行服务分站 (≥4个) and 布设低空监视雷达站点
  (≥12处), cumulative counts copied from the 中期 column.
* ts12-rescue-artefacts: X105 warning (alt X103) at 年度资金总额 ``312.456 8`` (text, read as
  312.4568 = 300 + 12.4568); X106 error (alt B108) at the detail line ``180万180万（含机组）``.
* ts14-screening-second-sheet: B102 error (alt B101) at the detail 合计 720 (lines add to 700,
  row); T105 error at 设备更新计划完成率 ``6台`` on the second sheet; B107 warning, row of
  X射线行李安检机采购单价 ``≤130万元/台`` (× 6台 = 780 > 720).
* ts16-screening-points-wrong: W103 error at the 产出指标 score 45 (indicators 40) and at the
  效益指标 score 30 (indicators 35), both totals still 100; T106 error at 设备验收合格率
  (typed 105%).
* ts18-rescue-department-template: B101 error at 资金总额 700 (基本 260 + 项目 460 = 720, row);
  F109 warning at the empty 质量指标 tier-2 (row); F110 error at the empty name of the ``≥6次`` row.

Legitimate look-alikes in the correct returns: ``=`` with a typed 100% on 补贴资金核定准确率 and a
deadline as a date cell (ts01); unit cost × count exactly equal to the money (ts01 3 × 120 = 360,
ts12 240 × 0.75 = 180, and within it elsewhere); the same 服务对象满意度 name with ≥90% and ≥88%
in two stacked projects (ts03); an accident count ``≤ 0 起`` and a 合计 row in a flat list (ts05);
``0起`` on incident counts (ts09, ts13, ts17); tier points in the labels matching the indicator
scores (ts07); rates, time limits, unit costs and 0起 equal in 中期 and 年度, counts smaller in
the year (ts09); 说明, 小计, 合计, repeated header, 注, 填表说明, stamp and signature rows, fill
dates in late 2024 (ts05, ts11, ts12, ts17); ``=100%`` stored as text and a 排队时长下降率 with ≥
(ts13); ``100%`` on a 合格率 (ts14); 100 at both score levels and ``提高≥5百分点`` on a pass rate
(ts15); a row of typed shares and a footnote explaining 项目支出 = 金额合计 (ts17).

Judgements where a reviewer could hesitate:

* ``=1.2万元/班`` (ts02) is marked T108 as in domain.md §4.2 rule 7 (= on a cost cap), a warning:
  the subsidy may really be a fixed rate per flight.
* The typed 102% (ts02) carries no operator; the mark asks only for T106 (an error: a rate over
  its ceiling). The T103 info it may also draw is not counted.
* ts06's weight total is a book-level W101 (no 合计 row states 100); T112 there is an error (a
  unit conflict between value and unit column, §4.2 rule 2), with no alt.
* ts10: D202 marked at each copied annual count; ≥99%, ≤2小时, ≤110万元/个, 健全 and ≥90% equal
  in both columns are not marked. 4 × 110 = 440 stays within the annual 500.
* ts12: with ``180万180万`` read as 180 the lines add up (180 + 82.4568 + 50 = 312.4568), so no
  B102 is asked for.
* ts14: the indicator cap (130 万元/台 × 6) exceeding the money is a B107 warning, not an error;
  the 合计 720 equals the project total, so the B102 may also be reported as B101 (accepted).
* ts16: the two W103 offsets cancel, so no W101 is planted; each tier's own sum is wrong.
* ts18: B101 marked on the 资金总额 cell with row=True (the finding may land at 基本支出 or
  项目支出); 项目支出 460 equals the task 金额合计, so no B102.
* ``0起`` without an operator (ts09, ts13, ts17) is a normal zero-incident target, not a T115
  zero target (T115 is for costs and output quantities).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout321 import airports, rescue, screening
from tests.variants.holdout321.registry import HOLDOUT321
from tests.variants.kit import Variant

MODULES = (airports, rescue, screening)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT321, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 321st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
