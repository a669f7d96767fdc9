"""The 361st held-out set: 18 invented returns of traditional puppetry and shadow-play troupes
(木偶戏/皮影戏) and their heritage workshops (非遗工坊), with a careful reviewer's marks.

Places, units, people, phone numbers and figures are invented (雁汀县, 苇塘区, 琅水市, 松崖县,
栖凤渡镇). Budget year 2025, except vg04 (2026) and vg10 (2026–2028).

Layouts: project heads (``heads.project_head``) with one-year or 中期/年度 money blocks,
department heads (``heads.department_head``) with key tasks and a 金额合计 row; tier-1 and tier-2
merged down; tier labels full, abbreviated (产出, 数量), numbered with points (一、产出指标（40分）,
（一）数量指标) or with points only (产出指标（50分）); operator and unit columns (vg01, vg02); one
value column with operators inside; flat lists (vg07, vg08); 中期 and 年度 columns (vg09, vg10);
headers 指标内容/绩效标准 (vg11), 考核指标/目标值（年度）/评价标准 (vg12), 绩效目标值 (vg13,
vg14, vg17), 预期目标 (vg15); two projects stacked in one sheet (vg03, vg04); a budget-system
export with codes in the first columns and the table on a second sheet (vg16); 注, 说明 and
填表说明 rows inside and under the table, a header repeated after a page break (vg12), detail
lines under the table (vg17), signature and date lines.

Planted mistakes (return: code, highest accepted severity, place):

* vg02: B105 ≤error at the 其他资金 cell (200,000.00元 in a 万元 block); T106 ≤error at the
  typed ``105%`` of 道具修复验收合格率; B101 ≤error on the book, tolerated (not required).
* vg04: B101 ≤error at the second project's 年度资金总额 (150 ≠ 120 + 20); T105 ≤error at
  演出任务完成率 ``30场``.
* vg06: T108 ≤warning (row) at 下乡巡演场次 ``≤36场``, 演出安全事故发生率 ``≥1%`` and
  单场巡演成本 ``=0.9万元/场``.
* vg08: W101 ≤error on the book (weights 95); T112 ≤error (row) at 整理传统剧本 ``≥12场`` with
  unit column 本.
* vg10: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D202 ≤warning at the 年度
  cells of 新创皮影戏剧目 and 巡演场次 (cumulative counts equal to the period).
* vg12: T105 ≤error at 培训计划完成率 ``12期``; T107 ≤warning at 学员满意度 ``=95%``.
* vg14: B101 ≤error at 资金总额 (基本支出 320 + 项目支出 220 = 540 ≠ 560); B102 ≤error at the
  tasks' 金额合计 (80 + 70 + 60 = 210 ≠ 220).
* vg15: F110 ≤error at the empty name cell of a row valued ``≥8门``; F109 ≤warning (row) at the
  tier-2 可持续影响指标 left without indicator.
* vg17: X105 ≤warning (alt X103) at 年度资金总额 ``96.237 5``; X106 ≤error (alt B108) at the
  detail line ``40万40万（含运输）``; T115 ≤error at 单件皮影修复成本 ``≤0万元/件``; the split
  合计 of the detail lines is tolerated (``ok``, ≤warning).

Legitimate look-alikes in the correct returns: typed percent cells with a ``%`` unit column
(vg01, vg07); ``=100%`` on 完成率 (vg03, vg09, vg11); the same indicator name with different
values in two stacked projects (vg03); a 下降率 with ≥ (vg05 档案资料损毁率同比下降率, vg13
单位产值能耗下降率); tier points and indicator points both adding to 100 (vg05, vg18); ``≤0起``
on a flat list's incident count (vg07) and ``0起`` (vg18); ``≥5百分点`` on a rate change (vg18);
rates and unit costs equal in the 中期 and 年度 columns of a three-year project (vg09); a 说明
row explaining the total (vg11); fill dates in the year before the budget year (every return);
unit cost × count within the money everywhere (vg03 B 1 × 25 = 25 ≤ 30; vg17 0.025 × 1200 = 30
is the materials line).

Judgements where a reviewer could hesitate:

* vg06: ``=`` on a cost cap is marked T108 like the two direction conflicts (as d01 does).
* vg08: the flat list has no operator column; ``≥40`` with a unit column is well formed, the 场 in
  ``≥12场`` against 本 is the conflict, marked on the row.
* vg12: the row ``（以下为效益及满意度指标）`` and the repeated header are not indicators; the two
  blocks are one table, so no tier is missing.
* vg18: ``0起`` without operator on an incident count reads as = 0, the only sense; a warning
  there is tolerated, none asked for.
* vg17: T115 rather than a rate or direction finding: 0.025万元 rounded to 0 in the display.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout361 import marionettes, shadowplay, workshops
from tests.variants.holdout361.registry import HOLDOUT361
from tests.variants.kit import Variant

MODULES = (marionettes, shadowplay, workshops)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT361, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 361st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
