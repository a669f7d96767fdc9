"""The 460th held-out set: karez wells (坎儿井) restoration and oasis irrigation in invented
Turpan-like counties (砾原县, 赤坂县, 葡谷县, 枣泉县, 沙枣滩县; 沙棘湾乡, 红柳台镇, 葡香镇…),
budget year 2025. 18 returns, 9 correct, 9 with 22 required marks.

Modules: ``karez`` (zb01–zb06, karez projects), ``oasis`` (zb07–zb12, irrigation projects),
``offices`` (zb13–zb18, department returns, stacked projects, money blocks).

Layouts: project heads with 万元 in the number format; OLD-NAT and NAT-2021 tables merged down;
operator and unit columns (zb01, zb02); tier-1 and indicator score columns with numbered labels
(zb03, zb04); a 说明 row, a repeated header, footnotes and 填表说明 (zb05); headers 指标内容 /
绩效标准 (zb06); 中期 and 年度 columns (zb07, zb08); a table on a second sheet under 预期实现值
with a 指标值设定依据 column (zb09); header 预期目标 (zb10); a budget-system export with sheets
05-1 / 05-2, header on the third row, codes in the first columns, abbreviated and ★ labels and
word operators (zb11); a text amount and a text date serial (zb12); department flat lists
(zb13, zb14); three and two projects stacked (zb15, zb16); a department budget with a share row
and tasks (zb17); a project with detail lines under the table (zb18).

Planted mistakes (code, highest accepted severity, place):

* zb02-karez-percent-wrong: T106 ≤error at Sheet1!E11 (出水流量恢复达标率 ≥105%, a percent
  cell); T108 ≤warning, row, at Sheet1!D15 (暗渠坍塌发生率 with ≥).
* zb04-karez-points-mismatch: W103 ≤error at 绩效目标!B9 (产出 40, indicators 45); W103
  ≤error at 绩效目标!B15 (效益 30, indicators 25). Both levels still total 100: no W101.
* zb06-karez-wrong-parent: T113 ≤warning at Sheet1!D11 (整治工程完工时间 100%); F105 ≤error
  at Sheet1!B15 (2.质量指标 inside the 效益指标 block).
* zb08-oasis-multi-year-copied: D202 ≤warning at 绩效目标表!E11 and E12 (cumulative counts
  copied into the year of a two-year project); D201 ≤error at 绩效目标表!E13 (田间输水管道
  ≥75公里 in the year against ≥60公里 for the period).
* zb10-oasis-template-rows: F110 ≤error at Sheet1!C10 (≥40座 with no name); T105 ≤error at
  Sheet1!D12 (节制闸启闭设备完好率 40台); F109 ≤warning, row, at Sheet1!B13 (时效指标 left
  from the template).
* zb12-oasis-artefacts: X105 ≤warning alt X103 at Sheet1!C5 (年度资金总额 "386.452 5" as
  text); X104 ≤warning at Sheet1!F4 (计划完成日期 "45961" in a text cell); T115 ≤error at
  Sheet1!D13 (支渠清淤单位成本 ≤0万元/公里).
* zb14-water-bureau-flat-defects: T112 ≤error at 部门整体!B11 (≥12万元 against unit 条); T108
  ≤warning, row, at 部门整体!B14 (渗漏率 反向 with ≥3%); W101 ≤error on the file (weights 95).
* zb16-stacked-money-wrong: B101 ≤error at 项目绩效目标!C18 (132 ≠ 110 + 18); T105 ≤error at
  项目绩效目标!D23 (防渗工程验收合格率 8公里).
* zb18-project-money-wrong: B101 ≤error at Sheet1!C5 (480 ≠ 400 + 60); B102 ≤error at
  Sheet1!C21 (detail lines 210 + 150 + 80 = 440 against 合计 460).

(Cell addresses as built; ``marks_off_their_cells`` checks them against the content.)

Legitimate look-alikes in the correct returns: ``=`` with ``pct(1)`` on 验收合格率 (zb01, the
ceiling) and ``=100%`` on 覆盖率 (zb03); a date cell as the value of 项目完工时间 and 通水时间
(zb01, zb11); 渗漏损失率 with ≤ and 用水量下降率 with ≥ (zb01, zb09, zb13); ``≥3百分点`` on a
rate cut (zb03); tier points and indicator points both adding to 100 (zb03); ``0起`` and
``=0`` on accident counts (zb05, zb13); a fill date in the year before (zb05); a 说明 row and
a repeated header inside the table, footnote explaining the total (zb05); rates, unit costs
and design life equal in 中期 and 年度 while counts are smaller (zb07); bare numbers with the
unit in its own column (zb09, zb11, zb13); unit cost × count exactly equal to the money (zb15
second and third projects); the same 受益农户 / 受益农户满意度 names with different values in
stacked projects (zb15); a 占比 row of percent cells (zb17); 水位下降速率 ≤0.5米/年 (zb17: a
speed, not a rate needing %).

Judgements where a reviewer could hesitate: the export's ★数量 label is a core marking of the
tier-2 数量, not an unknown tier; 成本 under 产出 in the export is OLD-NAT; the zb12 text total
also makes 年度资金总额 unreadable as a number, so a B108 would name the same cell, but only
X105 / X103 are accepted there (read as 386.4525 the money adds up); in zb14 the 合计 row shows
95, so the weight defect is a file-level W101; zb16's B101 is at the second project's total,
whose indicators are otherwise fine; zb04's mismatches cancel out, so W101 would be wrong.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout460 import karez, oasis, offices
from tests.variants.holdout460.registry import HOLDOUT460
from tests.variants.kit import Variant

MODULES = (karez, oasis, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT460, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 460th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
