"""The 371st held-out set: Go and Chinese chess (围棋/象棋) in schools and community clubs.

18 invented returns, 9 correct and 9 with 22 planted mistakes (all required). Places (澄岙市,
枫渚区, 鹭汀县, 栖霞湾区), units, people, phone numbers and figures are invented. Budget year
2025; a multi-year project starts in 2025.

Layouts: project heads with 实施期/年度 money blocks (万元 in the number format), operator and
unit columns (vq01, vq02), inline values (most), operators in words under 指标性质 (vq11), two
stacked projects in one sheet (vq03, vq04), 中期 and 年度 columns (vq05, vq06), numbered tier
labels with points (vq07), ★/* marks and abbreviated labels (vq08), headers 指标内容/绩效标准
(vq09), 预期实现值 on a second sheet with a header repeated after a page break (vq10), tier and
indicator score columns (vq12), department heads with shares and tasks (vq13–vq16), flat lists
(vq13, vq14), a budget-system export with codes in the first columns and sheets 05-1/05-2
(vq17), template rows under the header 预期目标 (vq18); footnotes, 说明, 填表说明, subtotal
(合计) and signature/date lines.

Planted mistakes (return: code, highest accepted severity, place):

* vq02-go-percent-wrong: T106 error at the typed 105% of 教练员持证上岗合格率; X104 warning at
  the text "45838" (2025-06-30) of 启蒙班结业时间.
* vq04-go-stacked-defects: B101 error at the second project's 年度资金总额 (30 ≠ 25 + 8);
  T105 error at 围棋角验收合格率 "40个".
* vq06-go-copied-years: D204 warning at the 年度目标 cell (copied from 中期目标); D202 warning
  at the annual 围棋公益课课时 (≥800课时 as for two years); T108 warning (row, D203 accepted)
  at the annual ≥5% of 活动室器材损坏率.
* vq08-xq-starred-wrong-parent: F105 error at the tier-2 cell 时效 under ★效益; T114 warning
  at 参赛群众满意度 ≥99%.
* vq10-xq-second-sheet: X101 error at 送教下乡场次 "≥**"; T105 error at 教练员结业考核合格率
  "85人" (sheet 绩效指标).
* vq11-xq-operators-in-words: T108 warning (row) at 大于等于 on 对局申诉发生率; T108 warning
  (row, T107 accepted) at 等于 on 人均参赛组织费用; T107 warning (row, T108 accepted) at 等于
  on 参赛选手满意度.
* vq14-flat-defects: T108 warning (row) at 社区棋赛参赛人次 ≤3000人次 declared 正向; T112 error at
  棋具购置数量 "≥40万元" against the unit column 套; W101 error on the whole return (weights 95).
* vq16-department-money-wrong: B101 error at 资金总额 260 (基本 100 + 项目 150 = 250); B102 error
  at the 金额合计 150 (tasks 80 + 50 + 30 = 160).
* vq18-template-rows: F110 error at the empty name cell of the row "≥8个"; F109 warning (row)
  at the empty tier-2 rows 时效指标 and 社会成本指标.

Legitimate look-alikes in the correct returns: =100% on 棋具验收合格率 at the ceiling with
typed percents and a footnote explaining the total (vq01); the same indicator names
(学员满意度 and others) with different values in two stacked projects (vq03); rates, a time limit,
a unit cost and a yearly school count equal in 中期 and 年度 (vq05, the count explained in a
说明 row and tolerated up to a warning); ≤0起 on an incident count and numbered labels with
points (vq07); a 下降率 with ≥ (vq09); points 100 at both levels and ≥5百分点 on a raised rate
(vq12); 赛事安全责任事故 ≤ 0 and a 合计 row of weights in a flat list (vq13); shares adding to
100% and tasks adding to 项目支出 (vq15); text =100% on a 完成率, a note row, 填表说明 and a fill
date in 2024 (vq17). Every unit cost × count stays within its money (some exactly equal:
vq04's first project, vq12, vq15).

Judgements: vq04's wrong annual total is marked at 年度资金总额 with B101 only (the annual total
still equals the period total, so B103 does not apply). vq06's ≥5% in the annual column against
≤5% in the 中期 column is a direction conflict first (D203 accepted). In vq11 = on a cost cap is
a direction problem (T108, T107 accepted) and = on a satisfaction is T107 (T108 accepted). vq14's
W101 is a file mark because the weights have no total row. vq08's 99% satisfaction is a warning
only (doubtful, not impossible). vq10's T105: the unit column % disagrees with "85人" too, so the
return is read as a rate given as a count.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout371 import leagues, weiqi, xiangqi
from tests.variants.holdout371.registry import HOLDOUT371
from tests.variants.kit import Variant

MODULES = (weiqi, xiangqi, leagues)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT371, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 371st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
