"""The 307th held-out set: 18 invented returns on tourism toilets and scenic-area services
(旅游厕所改造, 景区智慧导览, 游客服务中心, 旅游安全巡查, 景区标识系统), budget year 2025, with a
careful reviewer's marks. 9 returns are correct, 9 carry 2-3 planted mistakes (23 required
marks). Places, units, people and figures are invented (沣岩县, 澄岭县, 鹤汀湾, 石砚峡, 云峤山,
鸣泉谷, 枫渡古镇).

Modules: ``toilets`` (te01-te06, 旅游厕所), ``guidance`` (te07-te12, 智慧导览 and 标识系统),
``safety`` (te13-te18, 游客服务中心 and 安全巡查); ``common`` holds the shared helpers.

Layouts: project heads with one-year and multi-year money blocks in 万元 (unit in the number
format); department heads with budget, shares and tasks; operator column (指标性质 as ≥ ≤, or
大于等于 in words); direction column (正向/反向/定性); unit columns (计量单位, 度量单位); one
inline value column; 中期 and 年度 columns, once under a two-row header; two stacked projects;
flat lists in two column orders; numbered labels with points (一、产出指标（45分）, （一）) and
starred labels with a tier score column (*效益指标, 1.社会效益指标); headers 指标内容 / 绩效标准,
考核指标 / 目标值（年度） / 评价标准, 预期目标, 预期实现值; a table on a second sheet; a
budget-system export (05-1 / 05-2, project code and name in the first columns); 注, 填表说明,
signature and date lines; a header repeated after a page break; 合计 rows.

Planted mistakes (return: code, highest accepted severity, place):

* te02-toilet-percent-wrong: T106 error at Sheet1!E11 (typed 105% on 改造验收合格率);
  T108 warning, row 15 (厕所异味投诉率 with ≥).
* te04-toilet-stacked-wrong: B107 warning, row 12 (first project: ≥10座 × ≤12万元/座 = 120 >
  100万元); B101 error, row 19 (second project: 资金总额 60 ≠ 50 + 15); T105 error at
  Sheet1!D24 (厕所保洁达标率 `20座`).
* te06-toilet-two-year-wrong: D201 error at Sheet1!E12 (annual ≥24座 above period ≥20座);
  D202 warning at Sheet1!E13 (配套污水处理设施 ≥8套 copied in a two-year project).
* te08-guide-flat-wrong: W101 error, book level (weights add to 95); T112 error at
  Sheet1!B11 (`≥180块` against unit column 套); T108 warning, row 14 (反向 故障率 `≥3%`).
* te10-sign-marked-wrong-parent: F105 error at Sheet1!C13, F104 accepted (可持续影响指标 under
  *产出指标); W103 error at Sheet1!B15 (效益 30分, indicators 25); W103 error at Sheet1!B17
  (满意度 15分, indicators 20).
* te12-guide-template-rows: F110 error at Sheet1!C12 (a `≥95%` with no name); F109 warning,
  row 15 (生态效益指标 left from the template).
* te14-patrol-directions-wrong: X104 warning at Sheet1!F4 (计划完成日期 `46022` as text);
  T108 warning, row 12 (应急救援到场时间, 反向, operator ≥); T108 warning, row 14 (游客受伤事故
  发生率, 反向, operator ≥).
* te16-centre-department-wrong: B101 error, row 4 (基本支出 120 + 项目支出 200 ≠ 资金总额 300);
  B111 error at Sheet1!D5 (其他资金 share 20.00% for 40/300); B102 error at Sheet1!D10
  (tasks 190, 金额合计 200).
* te18-patrol-equipment-artefacts: T113 warning at Sheet1!D13 (巡查设备到货时间 typed 100%);
  X106 error at Sheet1!D20, B108 accepted (`36万36万(含无人机2架)`); B102 error book level,
  tolerated only.

Legitimate look-alikes in the correct returns:

* te01: typed percent cells (`=` with a typed 100% on 改造验收合格率, the ceiling); 12座 ×
  15.5万元/座 = 186 equals the budget; a completion date as a date cell; a 定性 operator.
* te03: the same 游客如厕满意度 with ≥90% and ≥92% in two stacked projects; 100% without an
  operator on a 达标率; each project's standard × count equals its money.
* te05: 成本指标 listed first (order is not a defect); rates equal in 中期 and 年度; a rate
  raised `≥10` / `≥4` with unit 百分点; years 2025-2027 in the 中期 text of a three-year project.
* te07: flat list with typed percent cells (99.5%, 98%, 15%, 90%) and a 合计 row of 100;
  120人次 × 1500元 = 18万元 within the 40万元 task.
* te09: tier points in the labels (45 + 10 + 30 + 15) and indicator points, each adding to 100,
  plus a 合计 row and a 注 saying so; `≥8百分点` on a 覆盖率 change; 下降率 `≥20%`.
* te11: `=100%` kept as text on a 审核合格率; a 注 row between tiers; 填表说明 under the table.
* te13: `=0` 起 on 安全责任事故; 下降率 `≥15%` marked 正向; ≤ on a response time and a unit price.
* te15: typed percent shares 90.48 + 9.52 and 38.10 + 61.90; a 注 explaining that the 金额合计
  is the 项目支出; the header repeated after a page break; 4个 × 21万元 within the 85万元 task.
* te17: operators in words, bare numbers, a date cell, 15-digit project code as text.
* Every signature / fill date is in November 2024, the autumn before the budget year.

Judgements where a reviewer could hesitate:

* te04 B101 and te16 B101 are row marks: the finding may land at the total or at a part.
* te04 B107 is a warning (doubtful, not impossible): the cost cap may be a ceiling never reached.
* te14: `46022` in a text cell is read as 2025-12-31, inside the project year, so only X104.
* te18: the pasted amount read as 36 makes the lines add up to 90; B102 is only tolerated.
* te10: the misplaced tier-2 keeps its points under 产出 (45 matches), so no W103 there.
* te06 D202 is marked only at the copied cumulative count; the rates and cost cap may be equal.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout307 import guidance, safety, toilets
from tests.variants.holdout307.registry import HOLDOUT307
from tests.variants.kit import Variant

MODULES = (toilets, guidance, safety)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT307, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 307th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
