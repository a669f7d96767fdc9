"""The 322nd held-out set: urban utility tunnels (城市地下综合管廊运维, 管线入廊, 管廊智能巡检,
廊内设施维护, 管廊有偿使用费).

Eighteen invented returns of the invented city 渚阳市 (with 汀澜区 and 梧埠新区), budget year
2026, fill dates in 2025: nine correct, nine with 24 required marks. Three modules, each with
three correct and three wrong returns: ``patrol`` (tt01–tt06, operation and intelligent
inspection), ``upkeep`` (tt07–tt12, maintenance of the facilities inside the tunnels), ``fees``
(tt13–tt18, bringing pipelines in and the paid-use fee). ``common`` holds the shared helpers.

Layouts: project heads (``heads.project_head``) with one-year or 中期/年度 money blocks in 万元
carried by the number format; department heads with budget, shares and 年度主要任务; tier-1 and
tier-2 merged down; operator column (指标性质, ≥ or 大于等于) with a unit column (tt01, tt14,
tt16); one value column with inline operators; two value columns 实施期/年度 (tt04, tt18);
flat department lists (tt03, tt15); stacked projects (tt02, tt17); numbered tier labels with
points and a score column (tt13), a tier-1 score column (tt12); labels with * and ★,
abbreviations and a bracketed alternative under a two-row header (tt11); header words 预期目标
(tt05), 考核指标 / 预期实现值 on a second sheet (tt10); a budget-system export with sheets
05-1 / 05-2, header on row 3 and codes in the first columns (tt14); 说明 row inside the table,
header repeated after a page break, 填表说明, signature and date lines (tt07); a detail block
under the table (tt06).

Planted mistakes (return, code, highest accepted severity, place):

* tt03-patrol-flat: T112 error at Sheet1!E9 (``≥26公里`` with unit column 台); T108 warning at
  Sheet1!E11, row (``廊内设备故障率`` 反向 with ≥2%); W101 error, book level (weights 95).
* tt05-patrol-template: F110 error at Sheet1!C10 (empty name beside ``≥12类``); X101 error at
  Sheet1!D11 (``≥XX%``); F109 warning at Sheet1!B14, row (经济效益指标 left empty).
* tt06-patrol-artefacts: X105 warning at Sheet1!C5, alt X103 (``368.452 5`` as text); T115
  error at Sheet1!D13 (``≤0万元/个``: 86万 ÷ 1200 rounded to 0); X106 error at Sheet1!D19,
  alt B108 (``86万86万（含软件授权）``, read as 86; the lines then add up to 368.4525).
* tt09-upkeep-department-wrong: B101 error at Sheet1!B4, row (基本 520 + 项目 1080 ≠ 1650);
  B111 error at Sheet1!D5, row (其他资金 share 19 %, should be 9 %); B102 error at
  Sheet1!D10 (tasks 460 + 380 + 250 = 1090 ≠ 金额合计 1080).
* tt10-upkeep-second-sheet: T108 warning at 绩效指标!D6, row (维修返修率 ≥3%); Y102 error at
  绩效指标!D7 (``2027年3月31日前`` in a one-year 2026 project); T113 warning at 绩效指标!D8
  (设备故障修复时限 ``100%``).
* tt12-upkeep-points-wrong: F105 error at Sheet1!C13 (经济效益指标 under 产出指标); W103 error
  at Sheet1!B14 (成本指标 20 points, indicators 10 + 5); W101 error, book level, tolerated
  (the indicator points total 95 only because of the W103 shortfall).
* tt16-fee-direction: T106 error at Sheet1!E11 (入廊率 typed as 102 %); T108 warning at
  Sheet1!D14, row (事故发生率 with 大于等于).
* tt17-fee-stacked: B101 error at Sheet1!C19, row (second project 128 ≠ 98 + 20); T105 error
  at Sheet1!D24 (档案数字化率 ``1450卷``).
* tt18-fee-multi-year: D204 warning at Sheet1!D9 (年度目标 = 中期目标); D201 error at
  Sheet1!E11 (新签入廊协议 annual 26 > period 20); D202 warning at Sheet1!E12 (新增入廊管线长度
  ``≥30公里`` copied into the annual column of a two-year project).

Legitimate look-alikes in the correct returns: typed percent cells with a ``%`` unit column
(tt01, tt14, tt15) and typed shares (tt08); ``廊内设备故障次数下降率 ≥10%`` and
``管线直埋开挖次数下降率 ≥20%`` (a 下降率 is 正向); ``廊内安全责任事故 = 0起``, ``廊内火情事件
=0起``, ``因设施故障导致的管线停运 =0次``, ``使用费减免审核差错 = 0件`` (zero on incidents and
errors, not a rounded cost); ``收费争议投诉率 ≤ 2%``; ``=100%`` as text on 合格率 / 覆盖率
(tt07, tt08, tt13); ``≥5百分点`` on a 收缴率 raise and tier and indicator points both adding to
100 with a 合计 row (tt13); 其他资金 0 in the second stacked project (tt02); the same
满意度 indicator with ≥90% and ≥92% in two stacked projects (tt02); equal 实施期/年度 rates,
caps and a design life (``≥8年``) in a three-year project, a period deadline in 2028 (tt04);
unit costs × counts within the money (9.6 × 12 = 115.2 ≤ 386.4; 28 × 48 = 1344 ≤ 1360 项目支出;
5.8 × 22.4 = 129.92 ≤ 132.6; 1.8 × 42 ≤ 350); a footnote explaining that 金额合计 is 项目支出
(tt08); fill and signature dates in 2025.

Judgements where a reviewer could hesitate:

* tt04 ``巡检平台设计使用年限 ≥8年`` in both columns is a design life, not a cumulative count,
  so no D202; ``智能巡检覆盖管廊长度`` 48 / 16 公里 grows over the period.
* tt13 ``年度有偿使用费收入 ≥1260万元`` is revenue, not a cost, so it is not compared with the
  84.6万元 budget; ``≤10个工作日`` is a time limit, not a percentage.
* tt12: points are summed by the block a row sits in (the merged tier cell covers it), so the
  misplaced 经济效益指标 row counts to 产出 (40 = 40) and only 成本 falls short.
* tt09: the 资金总额 cell is marked for B101 because 财政拨款 + 其他资金 does match it; the shares
  91 % + 19 % ≠ 100 % come from the one wrong share, so a finding on that row is the B111 mark.
* tt10: the 2027 deadline is an error (outside a one-year project), the ``100%`` time limit
  and the ≥ on 返修率 only warnings.
* tt17: the second project's indicators are checked against its own money; the first
  project's ``测算咨询费 ≤36万元`` equals its budget and does not exceed it.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout322 import fees, patrol, upkeep
from tests.variants.holdout322.registry import HOLDOUT322
from tests.variants.kit import Variant

MODULES = (patrol, upkeep, fees)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT322, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 322nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
