"""The 510th held-out set: sheepskin rafts (羊皮筏) on the Yellow River as heritage and tourism,
and the rafters' safety. 18 invented returns (budget year 2025; 鹤滩县, 浪沙湾区, 筏渡乡 and every
unit, person, phone number and figure invented), 9 correct and 9 with 24 planted mistakes.

Layouts: project heads (``heads.project_head``) with 资金总额 / 财政拨款 / 其他资金 on both the
period and the year side, department heads with budget and key tasks; tier-1 and tier-2 merged
down; labels numbered (一、/（一）), marked (*, ★) or abbreviated (产出, 数量); headers 指标内容 ·
绩效标准, 考核指标 · 目标值（年度）, 预期目标, 预期实现值; operator (指标性质) and unit columns;
tier-1 and indicator score columns; two stacked projects in one sheet; flat department lists;
multi-year projects with 中期 and 年度 columns; 注/说明/填表说明 rows, a header repeated after
a page break, a stamp line, signature and date lines; a second-sheet table; a budget-system
export with codes in the first columns and the header on the third row.

Modules: ``heritage`` (az01–az06: 制作技艺传承, 展演, 传习工坊), ``tourism`` (az07–az12: 漂流
航线, 古渡口, 旅游节), ``safety`` (az13–az18: 筏工培训, 救生器材, 渡口监控, 护航).

Planted mistakes (return: code, highest accepted severity, place):

* az02-relics-percent-wrong: B101 ≤error at the 资金总额 row (row mark: 45 + 10 ≠ 60 on both
  sides); T106 ≤error at the typed ``105%`` of 修复藏品验收合格率 (Sheet1!E).
* az04-bases-points-wrong: W103 ≤error at the 产出 score cell (50 declared, 55 under it) and at
  the 效益 score cell (30 declared, 25 under it); T105 ≤error at ``3个`` for 挂牌完成率.
* az06-study-wrong-parent: F105 ≤error at the tier-2 cell ``★时效`` under ``*效益``; T108
  ≤warning (row) at 学员扎筏操作受伤发生率 ``≥1%``.
* az08-stacked-night-guard: B101 ≤error (row) at the second project's 资金总额 (40 + 10 ≠ 55);
  T105 ≤error at 救生衣配备率 ``200件``; T108 ≤warning (row) at 游客投诉率 ``≥2%``.
* az10-flat-service-defects: T112 ≤error (row) at 旅游宣传推广费用 ``≤12万元`` against the unit
  column ``人次``; T108 ≤warning (row) at 筏工违规载客投诉率 ``≥2%`` marked 反向; W101 ≤error on
  the whole return (weights add to 95).
* az12-festival-two-years: D202 ≤warning at the annual cells of 举办旅游节 ``≥2届`` and 宣传短视频
  ``≥40部`` (copied from 中期); D201 ≤error at the annual ``≥25款`` above the period ``≥20款``.
* az14-rescue-department-wrong: B101 ≤error (row) at 资金总额 180 (基本 70 + 项目 100 = 170);
  B102 ≤error at the 金额合计 amount 100 (tasks 30 + 45 + 20 = 95; B101 accepted).
* az16-gear-second-sheet: X105 ≤warning at the detail amount ``18.2 5`` (X103 accepted); X104
  ≤warning at 救生器材到货时间 ``45838`` (text serial, 2025-06-30); T105 ≤error at 通过率 ``48人``.
* az17-cameras-template-rows: F109 ≤warning (row) at the empty 经济效益指标 and 生态效益指标 rows;
  F110 ≤error at the empty name cell of the ``≥98%`` row.

Legitimate look-alikes in the correct returns: typed percent cells (az01, az09, az18, one
``0.00%``); ``=100%`` typed as text on rates at the ceiling (az03, az05, az07, az13);
``≥5百分点`` on a rate rise (az03); tier scores and indicator scores both adding to 100, with a
footnote saying the total is counted once (az03); ``≥30%`` / ``≥15%`` on 下降率 (az05, az18);
``0起`` / ``≤0起`` on incident counts (az09, az13, az15, az18); the same 游客满意度 with
``≥90%`` and ``≥92%`` in two stacked projects (az07); a cost cap equal to the project's money
(az07 驿站年度运营费用 ≤45万元); multi-year rates, unit costs and grades equal in both columns
with counts smaller in the year (az11); fill and signature dates in 2024 (az01, az07, az09,
az13, az15); a 填表说明 row, a repeated header, 注 lines and a signature (az15). Every unit cost ×
count stays within its money.

Judgements: ``说明：…以2024年监测值为基数`` (az05) names a baseline year, not a year conflict;
``0起`` without an operator (az13, az15) is a zero-incident target, not a zero cost (T115) nor a
defect (at most the info T103). In az04 two tiers are off in opposite directions so the
indicator scores still add to 100: no W101. In az02 and az08 the B101 is a row mark because the
one-year head repeats the totals on the 年度 side of the same row. az06's 受伤发生率 sits under
质量 (a safety quality measure), so only its operator is marked. In az12 the copied ``≥2届`` /
``≥40部`` are warnings (a reviewer asks), the ``≥25款`` above ``≥20款`` is an impossibility.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout510 import heritage, safety, tourism
from tests.variants.holdout510.registry import HOLDOUT510
from tests.variants.kit import Variant

MODULES = (heritage, tourism, safety)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT510, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 510th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
