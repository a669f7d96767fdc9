"""The 895th held-out set: 18 invented returns on tea garden improvement and tea processing
(茶园提质改造, 茶叶加工), written blind from domain.md, the variants README and the catalogue.

Everything is invented: 砚岫县农业农村局 and its 茶叶产业发展中心 / 茶叶加工技术推广站, the
townships 鹤汀乡 and 芩山镇, the projects, people, phone numbers and figures. Budget year 2025.

Layouts. ``garden`` (khu01–khu06): one-year project heads with an operator column (指标性质)
and a unit column, numbered tier labels with a tier-1 score column and an indicator score
column, abbreviated labels marked with ``*``, multi-year projects with 中期 and 年度 columns.
``processing`` (khu07–khu12): one value column with an instruction row inside the table and
footnotes, 填表说明, signature and stamp lines below; a PDF-pasted equipment detail block; a
two-row header (指标内容, 绩效标准, 评价标准); a head on 项目信息 and the table on 绩效指标
under 预期实现值; a budget-system export (项目支出预算05-1 / 项目支出绩效目标05-2, header on
the third row, codes repeated in the first columns); template rows under 预期目标.
``departments`` (khu13–khu18): department heads with shares and key tasks, flat lists in two
column orders, two projects stacked in one sheet (one value column; 中期 and 年度 columns).

Planted mistakes (25 required marks; code, highest accepted severity, place):

* khu02-percent-wrong: T106 ≤error Sheet1!E11 (typed 105% on a 验收合格率); T108 ≤warning
  Sheet1!D12 row (≥ on the 反向 病虫危害损失率); T107 ≤warning Sheet1!D17 row (= 95% on 茶农满意度).
* khu04-points-mismatch: W103 ≤error 绩效目标!B9 (产出 declared 50, indicators 45); W103
  ≤error 绩效目标!B14 (效益 declared 30, indicators 35); T105 ≤error 绩效目标!E11 (a 覆盖率
  given as 1.2万亩).
* khu06-multi-year-copied: D204 ≤warning Sheet1!D9 (年度目标 = 中期目标); D202 ≤warning
  Sheet1!E11 and Sheet1!E12 (the two-year 改植面积 and 苗木 counts copied into 年度).
* khu08-notes-and-artefacts: T105 ≤error Sheet1!D10 (设备安装完成率 12台); X105 ≤warning
  Sheet1!C20 alt X103 (``36.5 8``); X106 ≤error Sheet1!C21 alt B108 (``45万45万（含运输）``).
* khu10-second-sheet: B101 ≤error 项目信息!C5 row (年度资金总额 95 ≠ 80 + 20); T105 ≤error
  绩效指标!D5 (抽检合格率 30批次).
* khu12-template-rows: F110 ≤error Sheet1!C10 (≥6期 with no name); F109 ≤warning Sheet1!B12
  row (时效指标) and Sheet1!B15 row (可持续影响指标), both left empty from the template.
* khu14-department-money-wrong: B101 ≤error Sheet1!B4 row (基本 180 + 项目 300 ≠ 资金总额 500);
  B111 ≤error Sheet1!D5 (其他资金 share 15%, 50 ÷ 500 = 10%); B102 ≤error Sheet1!D10 (tasks
  150 + 80 + 60 = 290 ≠ 金额合计 300).
* khu16-flat-defects: T112 ≤error Sheet1!B8 (≥12场 with unit column 人次); T108 ≤warning
  Sheet1!B9 row (超标率 ≥2% declared 反向); W101 ≤error file level (weights 95, 合计 row 100).
* khu18-stacked-defects: B101 ≤error 绩效目标表!C20 row (second project's 中期资金总额 280 ≠
  230 + 60); D201 ≤error 绩效目标表!E27 (annual 450人 above the two-year 400人).

Legitimate look-alikes in the correct returns: typed percent cells with ≥ in the operator
column and % repeated in the unit column (khu01), a date cell as a deadline (khu01); 下降率 /
降低率 with ≥ (khu01, khu09, khu11, khu15, khu17); ``0起`` and ``= 0 起`` on accident counts
(khu07, khu13, khu15); tier scores and indicator scores both adding to 100 (khu03); rates
raised in 百分点 (``≥5百分点``, ``提高≥15百分点``; khu03, khu05); rates and unit costs equal
in the 中期 and 年度 columns (khu05); ``100%`` and ``=100%`` at a rate's ceiling (khu07,
khu11); a footnote explaining how 其他资金 enters the total (khu07); fill and signature dates
in December 2024 (all); unit cost × count equal to its money (khu13: 1200亩 × 1500元 = 180万;
khu17: 15家 × 4万 = 60万); the same 茶农满意度 with ≥90% and ≥85% in two stacked projects
(khu17); ``=100%`` stored as text and a long project code as text (khu11).

Judgements where a reviewer could hesitate:

* khu11's export holds bare typed percents (``95%``, ``90%``) without an operator: at most
  T103 (info), nothing to report.
* Money mistakes are marked at the total with ``row=True``: which of total and parts is wrong
  cannot be known, so a finding at any amount of that row is fair (khu10, khu14, khu18).
* khu14's 基本/项目 shares (36%, 60%) match their amounts; only the 其他资金 share is marked.
* khu16: W101 is a file mark; the 合计 row states 100, so 95 is not read as the 90 allowed
  when 预算执行率 is scored separately.
* khu08: the detail lines add up to 120 once ``36.5 8`` and ``45万45万`` are read as 36.58 and
  45, so no B102 is asked for; the T105 is independent of the 14 devices bought.
* khu06: 良种茶园占比 ≥85% (中期) and ≥80% (年度) is a share, not a cumulative count.
* khu12: 其他资金 0 is an amount, not a zero target.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout895 import departments, garden, processing
from tests.variants.holdout895.registry import HOLDOUT895
from tests.variants.kit import Variant

MODULES = (garden, processing, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT895, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 895th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
