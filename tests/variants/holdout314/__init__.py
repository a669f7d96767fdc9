"""The 314th held-out set: 18 invented returns on judicial appraisal and notary services
(司法鉴定机构监管, 鉴定质量评查 / 公证便民服务, 公证费减免, 远程视频公证), budget year 2026,
with a careful reviewer's marks per ``shared/domain.md``, judged blind before goalbook saw them.
Places (澄屿县, 枫渡市, 岫川区, 瑶坪县, 汀蓝县, 鹭岙市, 槿原县), units, people and figures are
invented. 9 returns are correct, 9 carry 23 required marks.

Modules: ``appraisal`` (tl01–tl06, 司法鉴定), ``notary`` (tl07–tl12, 公证), ``bureau`` (tl13–tl18,
department returns of justice bureaus and projects of both halves).

Layouts: project heads (``heads.project_head``) with money in 万元 carried by the number format;
department heads with a typed 占比 row and key tasks with 金额合计; NAT-2021 and OLD-NAT tiers
merged down; numbered labels (一、产出指标, （一）数量指标, 1.数量指标), points in the labels
(产出指标（50分）), * and ★ marks, abbreviated tier-2s (数量, 经济成本); operators in their own
column as symbols (tl01) or words (tl02); unit columns; a tier score column and an indicator score
column (tl06); two stacked projects (tl03, tl04); flat lists in two column orders (tl09, tl10);
中期 and 年度 value columns (tl07, tl08) and two complete column sets under a two-row header
(tl15); headers 预期目标 (tl12), 绩效目标值 (tl05); a budget-system export on a second sheet with
project code and name in the first columns and the header on its third row (tl05); an
instruction row inside the table, the header repeated after a page break, 说明 / 填表说明,
signature and date lines (tl11); detail lines under the table (tl17).

Planted mistakes (return: code, highest accepted severity, place):

* tl02-review-direction: T106 error at E11 (评查案卷合格率 typed 105%); T108 warning, row, at
  D13 (a 劳务费标准 with 等于); T108 warning, row, at D14 (退回重做率 with 大于等于).
* tl04-stacked-money-rate: B101 error at C20 (second project: 60 ≠ 45 + 10); T105 error at D25
  (检查覆盖率 given as 9家).
* tl06-appraisal-points: W103 error at B9 (产出 declared 50, indicator scores 45), alt W101; a
  W101 on the whole return is tolerated (not required); T105 error at E11 (出庭作证率 ≥120人次).
* tl08-video-copied: D204 warning at D9 (年度目标 identical to 中期目标); D202 warning at E11
  (cumulative count copied, ≥2400件 both); D201 error at E12 (annual ≥80人 over period ≥60人).
* tl10-fee-waiver-flat-defects: F110 error at the empty name cell A13; T108 warning, row, at B14
  (被撤销率 declared 反向, ≥1); W101 error on the whole return (weights add to 95).
* tl12-notary-template-rows: F110 error at C12 (name only a full-width space, value ≥95%); F109
  warning, row, at B16 (生态效益指标 left from the template).
* tl14-bureau-money-wrong: B101 error, row, at 部门整体!B4 (基本 290 + 项目 120 = 410 ≠ 420);
  B111 error at C5 (财政拨款 share 82.86 %, should be 92.86 %); B102 error at D10 (tasks
  45 + 38 + 33 = 116 ≠ 金额合计 120).
* tl17-appraisal-artefacts: X105 warning at E5 (财政拨款 text ``86.4 5``), alt X103; X104
  warning at D11 (档案数字化完成时间 text ``46387``, the serial of 2026-12-31).
* tl18-video-time-defects: T112 error at D9 (≥3000件 with unit column 人); T113 warning at D11
  (预约受理时限 typed 100%); T107 warning at D15 (满意度 =95%).

Legitimate look-alikes in the correct returns: typed percent cells with a % unit column
(tl01, tl09) and typed 占比 shares (tl13); ``=`` with 100% on 复核一致率 (tl01) and the text
``=100%`` on 依法处理率 / 一次性告知率 (tl11, tl13, and tl04's first project); 差错下降率
with ≥ (tl01); ``≤0起`` on an incident count (tl01); unit cost × count equal to the money
(tl01 36 × 1.35 = 48.6, tl16 1600 × 250元 = 40万); the same indicator name with different
values in two stacked projects (tl03, 参与考核评查专家 ≥15人 / ≥8人); rates raised in 百分点
(tl15, and in tl06 and tl18); rates, time limits and caps equal in 中期 and 年度 while counts
fall (tl07, tl15); ``≤1次/件`` in both columns (tl07); points only in the tier labels, adding
to 100 (tl16); fill and signature dates in 2025 (tl09, tl11, tl13…); instruction, repeated
header, 说明, 填表说明 and signature rows (tl11); 指标值设定依据 words in the export (tl05);
detail lines with a 合计 that adds up (tl17, a defective return).

Judgements where a reviewer could hesitate:

* tl14: 财政拨款 + 其他资金 = 420 holds, so the wrong figure may be 资金总额 or 基本支出; the B101
  mark takes the whole budget row. The shares of 其他资金, 基本支出 and 项目支出 match 420 and are
  not marked.
* tl06: the 产出 shortfall also makes the indicator scores add to 95; W103 at the tier score is
  asked for, W101 accepted there or anywhere, never required.
* tl10: the direction column says 反向, so ≥ is a clear conflict (warning, as d01/d02); the
  unnamed row keeps its weight, and the weights add to 95 with it.
* tl17: ``86.4 5`` read as 86.45 makes the money add up, so no B101 is expected; ``46387`` is
  the year's last day, so no Y102 either.
* tl18: ``≥8 │ 百分点`` is a percentage change, not a count; ``≤80 │ 元/件`` is a unit cost
  (3000 × 80元 = 24万 ≤ 27.5万).
* tl12: ``每月5日前`` is a recurring time limit, not a date outside the year; 缩短 a grade.
* tl08: 海外当事人回国办证次数 ``减少`` in both columns is a grade, not a copied count.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout314 import appraisal, bureau, notary
from tests.variants.holdout314.registry import HOLDOUT314
from tests.variants.kit import Variant

MODULES = (appraisal, notary, bureau)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT314, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 314th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
