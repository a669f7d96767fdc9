"""The 284th held-out set: 18 invented returns on public security (公安), written blind to
goalbook's code, with a careful reviewer's marks, to measure ``goalbook check`` out of sample.

Theme: 视频监控建设 and 交通秩序管理 (``surveillance``: sh01–sh06); 反诈宣传 and 警务辅助人员经费
(``antifraud``: sh07–sh12); 户籍和出入境服务 (``hukou``: sh13–sh18). Places, units, people, phone
numbers and figures are invented (霁川市, 鹭汀市, 桐坞县, 澄渚县, 枫岩县, 石蓼区, 鹤汀区).

Layouts: project heads (§3.1) with 万元 in the number format; department heads (§3.2) with key
tasks and 金额合计; tier-1 and tier-2 merged down; OLD-NAT and NAT-2021; an operator column headed
指标性质 (sh01, sh02), 符号 (sh17) or 指标方向 with operators in words (sh18); unit columns;
typed percent cells (sh01, sh02, sh11, sh17, sh18); two projects stacked in one sheet (sh03,
sh04); 中期 and 年度 columns (sh05 three years, sh06 two years); numbered tier labels with tier-1
points and indicator points (sh07, sh08); *-marked and abbreviated labels with ★ core indicators
(sh17); flat lists, 指标性质 as operator (sh11) or as direction (sh12); headers 预期目标 (sh10,
sh16), 考核指标 / 预期实现值 with a 指标值设定依据 column on a second sheet (sh13), a two-row
header 指标内容 / 绩效标准 repeated after a page break with a 合计 row (sh14); a budget-system
export with sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, codes in the first columns
and the header on the third row (sh15); 注, 说明, 填表说明 and signature lines (most returns).

Planted mistakes (24 required marks; code, highest accepted severity, place):

* sh02-camera-wrong: B101 ≤error Sheet1!C5 (480 + 40 ≠ 540); T106 ≤error Sheet1!E12 (a typed
  105% on 人脸抓拍识别准确率); T108 ≤warning Sheet1!D16 row (视频存储故障发生率 with ≥).
* sh04-traffic-stacked-wrong: T105 ≤error 交通项目!D10 (违停抓拍设备完好率 45套); B101 ≤error
  交通项目!C19 (the second project: 80 + 10 ≠ 96); T107 ≤warning 交通项目!D29 (满意度 =95%).
* sh06-traffic-two-years-wrong: D204 ≤warning Sheet1!D9 (年度目标 = 中期目标 word for word);
  D201 ≤error Sheet1!E11, alt D104 (annual 75 劝导站 above the two-year 60); T108 ≤warning
  Sheet1!D14 row (事故报警平均出警时长 ≥20分钟).
* sh08-antifraud-points-wrong: W103 ≤error Sheet1!B9 (产出 40 points, indicators 50); W103
  ≤error Sheet1!B16 (效益 40 points, indicators 30); T105 ≤error Sheet1!E11 (预警劝阻成功率
  ≥1200次).
* sh10-auxiliary-money-wrong: B102 ≤error 部门整体!D9 (tasks 620 + 130 + 60 = 810 ≠ 金额合计
  840); F110 ≤error 部门整体!C15 (a value ≥98% without a name); F109 ≤warning 部门整体!B19 row
  (template tier-2 生态效益指标 left empty).
* sh12-antifraud-flat-wrong: W101 ≤error book level (weights add to 95); T112 ≤error
  部门整体!B9 (value 12万元, unit column 条); T108 ≤warning 部门整体!B12 row (劝阻后再次被骗率
  ≥3% marked 反向).
* sh15-exit-entry-export: X101 ≤error 部门项目支出绩效目标05-2!G5 (≥XX件); X104 ≤warning
  部门项目支出绩效目标05-2!G7 (the text 45961, i.e. 2025-10-31).
* sh16-hukou-template-rows: F110 ≤error Sheet1!C12 (a name cell holding only a full-width
  space, value ≥98%); F109 ≤warning Sheet1!B15 row (template tier-2 经济效益指标 left empty).
* sh18-residence-operator-words: T108 ≤warning Sheet1!D12 row (居住登记信息差错率 大于等于);
  Y102 ≤error Sheet1!E14 (上线时间 2026-03-31 in a one-year 2025 project).

Legitimate look-alikes in the correct returns: =100% on 验收合格率 / 联网率 / 审核通过率 and
typed 100% (sh01, sh03, sh07, sh09, sh17); ≥ on a 下降率 (sh03, sh05, sh07, sh09, sh11, sh13,
sh14); 较大以上道路交通事故 0起 (sh03); ≤ on 修复时长, 签收时限, 响应时长, 差错率 (sh01, sh07,
sh11, sh14); rates raised in 百分点 (sh05 提高≥5百分点, sh07, sh11 with 百分点 in the unit
column); the same 驾驶人满意度 with different values in two stacked projects (sh03); rates and
unit costs equal in the 中期 and 年度 columns while counts grow (sh05); tier-1 points and
indicator points both adding to 100 with a 合计 row and a 说明 saying so (sh07); 辅警人均年经费
3万元 × 420人 = exactly the 1260 of its task (sh09); a footnote explaining that the 金额合计 is
the 项目支出 only (sh09); a note row inside the table (sh09); a repeated header row and a 合计
row (sh14); a bare count 420人 with no operator (sh09); fill and signature dates in November or
December 2024, before the 2025 budget year.

Judgements where a reviewer could hesitate: the copied 年度目标 in sh06 is marked once, at the
年度目标 cell (D204), and D104 is accepted for the annual 75 against the text's 60; a direction
conflict is a row mark (operator column and value cell both fair places); the typed 105% (sh02)
and the count on a rate (sh04, sh08) are impossibilities, so errors; =95% on a satisfaction
rate is doubtful, a warning; a placeholder left in a value (sh15) is an error, a date serial in
a text cell a warning; a date after the project period (sh18) is an error (Y102), as the
catalogue has it; in sh08 the two tier scores still add to 100 and so do the indicator points,
so only W103 (at each tier score) and no W101 is asked for; in sh10 the task list is wrong
rather than 金额合计, which equals 项目支出; 生态效益指标 and 经济效益指标 left from the template
(sh10, sh16) are warnings; flat lists (sh11, sh12) have no tiers, so no tier finding is asked
for; 单条信息采集成本 8元 (sh18) and 单页档案数字化成本 0.6元 (sh16) are in 元 inside 万元
projects, units of the indicator, not of the money block.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout284 import antifraud, hukou, surveillance
from tests.variants.holdout284.registry import HOLDOUT284
from tests.variants.kit import Variant

MODULES = (surveillance, antifraud, hukou)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT284, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 284th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
