"""The 286th held-out set: 18 invented returns of foreign affairs offices (外事: 因公出国管理,
国际友好城市交流, 外宾接待, 涉外翻译服务, 涉外安全培训) of the invented city 澜屿市 (districts
鹭汀区 and 云港新区, county 栖岩县; sister cities 瓦尔莫拉市 and 凯斯特伦德市), budget year 2025,
with a careful reviewer's marks. Nine returns are correct, nine carry 2–3 planted mistakes
(24 required marks). Everything is invented.

Modules: ``outbound`` (因公出国管理, 友好城市: sj01–sj06), ``reception`` (外宾接待, 涉外翻译:
sj07–sj12), ``training`` (涉外安全培训 and department returns: sj13–sj18).

Layouts
-------
* sj01 project, OLD-NAT, operator column headed 指标性质, unit column, percent cells, 万元 only in
  the number format, signature line (correct).
* sj02 two projects stacked on sheet 友城项目, one value column (correct).
* sj03 three-year project, NAT-2021, 指标值（中期） and 指标值（年度）, 中期/年度 money columns.
* sj04 department with key tasks, flat list 指标名称 · 权重 · 计量单位 · 指标性质 (operator) ·
  指标值, a 合计 row (correct).
* sj05 project, OLD-NAT, 指标性质 as direction (正向/反向) and 指标方向 as operator, bare numbers
  and percent cells, unit column (seven columns).
* sj06 project, NAT-2021, two-row header 指标内容 · 绩效标准 (目标值 | 计量单位) · 备注 with
  benchmark notes (计划标准, 历史标准, 行业标准) (correct).
* sj07 project, NAT-2021, tier-1 labels 一、产出指标（50分）, tier-2 labels 1.数量指标, an
  indicator score column and a 合计 row (correct).
* sj08 project, NAT-2021, ★ tier-1 labels, abbreviated tier-2 labels (数量, 经济成本, …), a tier-1
  score column beside an indicator score column.
* sj09 project, NAT-2021, value header 预期目标.
* sj10 project, OLD-NAT: head and a money detail block on sheet 项目信息, the table on sheet
  绩效指标 under header 预期实现值 (correct).
* sj11 project, OLD-NAT, one value column, a 支出明细 block under the table.
* sj12 two projects stacked on sheet 接待项目, a 注 line under the second.
* sj13 project, OLD-NAT: a 填写提示 row inside the table, 注 and 填表说明 lines, signatures and a
  fill date of 2024 (correct).
* sj14 department (county), NAT-2021, 权重（%） column, a 部门预算编码 line, 小计 rows after each
  tier-1, the header repeated after a page break, a 合计 row (correct).
* sj15 project, OLD-NAT, operators in words (大于等于 / 小于等于 / 等于) in a 指标性质 column, a
  说明 row between 产出 and 效益, a stamp line dated 2024.
* sj16 department (district), NAT-2021, a share row (0.00%) under the budget line, key tasks.
* sj17 two-year project (2025–2026), NAT-2021, 实施期指标值 and 年度指标值 (correct).
* sj18 department, flat list 指标名称 · 指标值 · 指标性质 (direction) · 计量单位 · 权重.

Planted mistakes (code, highest accepted severity, place)
---------------------------------------------------------
* sj03: B103 error at Sheet1!E5 (row: 年度资金总额 80 > 中期资金总额 60); D202 warning at
  Sheet1!E11 (友城互访团组数 ≥15批次 copied) and Sheet1!E12 (友城合作项目签约数 ≥9个 copied).
* sj05: T108 warning at Sheet1!E10 (row: 正向 count with ≤); T106 error at Sheet1!F11 (按时提交率
  105%); T108 warning at Sheet1!E12 (row: 出访计划变更率, 反向, with ≥).
* sj08: T105 error at Sheet1!E11 (接待计划完成率 30批次); W103 error at Sheet1!B13 (★成本指标 20
  against 10) and Sheet1!B14 (★效益指标 20 against 30).
* sj09: F110 error at Sheet1!C12 (≥95% under 质量指标 with the name deleted); F109 warning at
  Sheet1!B16 (row: template tier-2 社会成本指标 left without indicator).
* sj11: X104 warning at Sheet1!F4 (计划完成日期 the text "46022"); X105 warning (alt X103) at
  Sheet1!C5 (年度资金总额 "62.450 0"); X106 error (alt B108) at Sheet1!D20 ("27万27万(含差旅)").
* sj12: B101 error at 接待项目!C19 (row: second project 24 ≠ 20 + 6); T105 error at
  接待项目!D25 (礼品登记入库率 120件).
* sj15: T106 error at Sheet1!E11 (row: 培训考核合格率 大于等于 100%); T108 warning at
  Sheet1!D13 (row: 人均培训成本 with 等于); T108 warning at Sheet1!D15 (row: 事故发生率 with
  大于等于).
* sj16: B111 error at 部门整体!E5 (基本支出 share 60.00% for 240 / 360 = 66.67%); B102 error at
  部门整体!D10 (row: tasks 45 + 40 + 30 = 115 against 金额合计 120).
* sj18: T112 error at 部门整体!B8 (≥500人次 with unit column 场); T108 warning at 部门整体!B11
  (row: 外事文件翻译差错率, 反向, ≥1%); W101 error at book level (weights 95).

Legitimate look-alikes in the correct returns
---------------------------------------------
* Percent cells shown 95% / 90% / 10% / 100% (sj01, sj04), `=` with 100% (sj01 出访成果报告归档率
  "=" 100%; sj02 and sj10 the text "=100%"), bare 100% / "100" with unit % at the ceiling (sj06,
  sj07, sj12 first project, sj14).
* Zero incident targets: 违规超期滞留人数 = 0 人 (sj01), 涉外安全事件发生数 = 0 起 (sj04) and
  "0起" (sj07, sj10, sj13, sj14, sj16, sj17, also in both columns of sj17).
* A 下降幅度 / 下降率 with ≥ (sj04 审批退件率较上年下降幅度 ≥10%, sj13 涉外安全风险隐患下降率
  ≥10%); a lead time with ≥ (sj07 接待方案提前报批天数 ≥5个工作日; also sj11, not marked).
* Points at two levels: tier-1 points in the labels and indicator points both add to 100 (sj07);
  a weight column with 小计 and 合计 rows (sj14, sj04's 合计 100); ≥2百分点 on a 好评率 rise (sj07).
* The same indicator name with different values in the two stacked projects of sj02
  (友好城市互访团组数 ≥6批次 / ≥3批次, 参与单位满意度 ≥90% / ≥92%).
* Unit cost × count within its money everywhere (sj10 笔译单价 200 元 × 800 千字 = the 16 万元
  line exactly); fill and signature dates in 2024 (sj01, sj13, sj14, department heads); 2026 dates
  inside sj17's two-year period; rates equal in 实施期 and 年度 columns (sj17, also sj03).
* sj06's 成本指标 after 产出指标 (order is not a defect); 定性 in sj01's operator column.

Judgements
----------
* sj03: the annual money above the period money is an impossibility (error); the row mark
  accepts the finding at the 中期 cell too. The two copied counts are marked one by one, as
  README says for D202; rates (履约率, 满意度) and the unit cost legitimately repeat.
* sj08: two tiers are off in opposite directions, so tier and indicator totals are both 100: no
  W101, two W103 marks. The ★ marks and abbreviations are valid labels.
* sj09: the empty tier-2 社会成本指标 is a warning (a leftover, not an impossibility); the value
  without a name is an error, and no message may quote an empty name.
* sj11: the split number and the serial are warnings (the value is recoverable); the amount
  pasted twice is an error, read as 27 the lines add up to 62.45.
* sj15: 等于 on a cost cap and 大于等于 on an incident rate are direction findings (warnings);
  大于等于 100% on a pass rate cannot be exceeded (error, row mark as the operator sits apart).
* sj16: the share row has no label in column A (the head's merged 年度预算 cell), as offices
  send it; the shares of 基本支出 and 项目支出 then do not add to 100%, a consequence of the one
  wrong share. The 金额合计 equals 项目支出, so only the task lines are off.
* sj18: 人次 against 场 is a unit conflict (error); weights are checked in a flat list (W101 at
  book level) but no tier findings apply.
* "0起" without an operator on an incident count (several correct returns) is a complete target,
  not a missing operator worth a warning.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout286 import outbound, reception, training
from tests.variants.holdout286.registry import HOLDOUT286
from tests.variants.kit import Variant

MODULES = (outbound, reception, training)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT286, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 286th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
