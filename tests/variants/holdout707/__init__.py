"""The 707th held-out set: a county library branch network, a mobile book van and a children's
reading programme (18 invented returns, 9 correct, 24 required marks). Everything is invented:
榆岭县, its library, branches, people and phone numbers.

Layouts: department heads with task and budget blocks (kao01, kao02), a flat department list
(kao03), project heads with operator/unit columns (kao04), a head on one sheet and the table on a
second under 指标内容 / 绩效标准 (kao05), a budget-system export with sheets 05-1 / 05-2, codes in
the first columns and the header on the third row (kao06), multi-year projects with 中期 and 年度
columns (kao07, kao08, kao18), two projects stacked in one sheet (kao09, kao10), direction and
operator-in-words columns with a 说明 row inside the table (kao11), operators inside values
(kao12), tier-1 and indicator scores (kao13, kao14), header 预期目标 with points in tier labels
(kao15), a two-row header 考核指标 / 目标值（年度） / 评价标准 (kao16), one value column (kao17).

Planted mistakes (return: code, highest accepted severity, place):

* kao02: B102 error at the 金额合计 cell (tasks 120 + 90 + 50 = 260 ≠ 270); D104 warning (row) at
  村级图书服务点新建数量 ≥10个 (goal says 12); D102 error (row, alt D103/D101) at
  通借通还服务点覆盖乡镇数量 ≥12个 under 可持续影响, the same indicator as ≥14个 under 数量.
* kao04: B107 warning (row) at 单个分馆改造成本 12万元/个 × 6个 = 72 > 60; Y102 error (row, alt
  Y101) at the deadline 2024-10-31 in a 2025 one-year project; F201 warning (row) at
  到馆读者满意度 under 社会效益指标.
* kao06: Y101 error at book level (alt Y102): title 2025, plan dates 2024-01-01…2024-12-31;
  F201 warning (row) at 数字资源编目差错率 under 数量指标.
* kao08: D201 error at the 年度 cell ≥75个 above 中期 ≥60个; D202 warning at the 年度 cell of
  新办流动借阅证 copied from 中期; Y103 warning (alt Y101) at the 年度目标 cell naming 2024 in a
  2025–2026 project.
* kao10: B101 error at the second project's 资金总额 25 ≠ 20 + 8; D104 warning (row) at
  配送流动服务点数量 ≥30个 (goal 40); F201 warning (row) at 图书配送及时率 under 质量指标.
* kao12: D104 warning (row) at 巡回服务次数 ≥400次 (goal 300); T108 warning (row) at 车辆故障率
  ≥3%; B107 warning (row) at 单次巡回成本 0.2万元 × 400次 = 80 > 60.
* kao14: W103 error at the 产出指标 score 50 (indicators 45) and at the 效益指标 score 30
  (indicators 35); D104 warning (row) at 亲子共读活动场次 ≥50场 (goal 60).
* kao15: F110 error at the empty name cell of a row holding ≥90%; F201 warning (row) at
  阅读指导教师培训人数 under 质量指标.
* kao17: D104 warning (row) at 共建学校数量 ≥10所 (goal 12); X104 warning at 图书角建成时间
  holding the text 45838.

Legitimate look-alikes in the correct returns: a goal count with its part in brackets (kao01
分馆3个（其中2个…）, kao16 40名（其中志愿者25名）) matched by two indicators; unit cost × count
equal to the money (kao01 50 × 3 = 150, kao05 15 × 3 = 45, kao09 48 × 1 = 48) or within it;
图书破损率下降率 ≥10% and 图书丢失率下降率 大于等于 10 (a 下降率 is 正向); 安全责任事故 等于 0 起;
=100% on 合格率 and 开营率; 提高≥3百分点 (kao13); tier and indicator scores both summing to 100
(kao13); period counts above the year's with equal rates and unit costs (kao07, kao18); a later
year the work prepares for (为2027年…, kao05 and kao18); the same indicator name with different
values in two stacked projects (kao09 服务乡镇数量); a 合计 row in the flat list (kao03); fill and
signature dates in the year before the budget year; typed percent cells (kao01, kao03, kao07,
kao13, kao16, kao18); the 中期 deadline 2026 beside the 年度 deadline 2025 (kao18).

Judgements: the conflicting duplicate in kao02 is marked error (one indicator cannot have two
targets) with D103/D101 accepted; a goal count differing from an indicator (D104) is only a
warning, as the reviewer would ask rather than reject; a cost beyond its money (B107) is a
warning per the catalogue; the old-year deadline in kao04 is an error because a one-year 2025
project cannot end in 2024; kao08's 2024 in the 年度目标 is a leftover, warning only; in kao14
the tier scores and the indicator scores each sum to 100, so only W103 is asked, not W101.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout707 import branches, reading, van
from tests.variants.holdout707.registry import HOLDOUT707
from tests.variants.kit import Variant

MODULES = (branches, van, reading)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT707, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 707th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
