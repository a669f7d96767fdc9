"""The 546th held-out set: leather goods (皮具) vocational training for returning migrant
workers, 18 invented returns (9 correct) with a careful reviewer's marks.

Theme, two halves: training classes (hand-stitching, machine sewing, design and pattern cutting,
skills certificates; cj01-cj06, cj12, cj15-cj17) and workshops and start-ups of returning
workers (皮具加工车间, family workshops, out-processing points, start-up loans, job fairs;
cj07-cj11, cj13, cj14, cj18). Places, units, people and phone numbers are invented (杉渡县,
禾湾镇, 樟垣市/樟垣镇, 0739-62xxxxx). Budget year 2025.

Layouts: project heads (`heads.project_head`) with 万元 number-format money, department heads
with budget and key-task blocks, tier-1/tier-2 merged down; operator and unit columns (cj01,
cj02), operators in words under 指标性质 with a 度量单位 column (cj16), inline operators
elsewhere; stacked projects (cj03, cj04); 中期/年度 columns (cj07-cj09); flat lists
(cj10: 指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值; cj11: 指标名称 · 指标值 ·
指标方向 · 计量单位 · 权重); tier and indicator points (cj06); header words 预期目标 (cj05),
考核指标 / 绩效目标值 / 指标解释 with a repeated header after a page break (cj15), a two-row
header 绩效指标 / 预期实现值 over 指标内容 · 比较符 · 数值 (cj18); a budget-system export with
codes in the first columns and the table on the second sheet under a third-row header (cj17);
detail lines under the table (cj12); notes, 填表说明, 说明, signature and date lines.

Planted mistakes (code, highest accepted severity, place):

* cj02: T106 error at the 结业考核合格率 value `105%` (typed percent), row; T108 warning at the
  ≥ operator of 学员中途退训率, row.
* cj04: B101 error at the second project's 资金总额 (95 ≠ 80 + 10); T105 error at the second
  project's 学员结业率 `≥58人`.
* cj05: F110 error at the empty name of the `≥6期` row; F109 warning on the empty 时效指标 row
  (row); T108 warning on 人均培训成本 `≥2800元/人` (row).
* cj08: D204 warning at the 年度目标 cell (identical to the 中期目标); D202 warning at the two
  annual cells copied from the 中期 column (扶持皮具家庭作坊户数, 带动就业人数).
* cj09: D201 error at the annual 加工点管理人员培训人数 `≥48人` above the period `≥40人`;
  T108 warning on 加工产品次品率 annual `≥3%` (row, D203 accepted).
* cj11: T112 error at 带动就业人数 `≥60万元` against the unit column 人; T108 warning on
  创业学员投诉率 `≥2%` marked 反向 (row); W101 error, book level (weights add to 95 while the
  header says 满分100).
* cj12: X104 warning at the 计划完成日期 `46022` (a serial in a text cell); X105 warning at the
  detail amount `12.5 8` (X103 accepted); X106 error at the detail amount `16万16万` (B108
  accepted).
* cj14: B101 error on the budget row (480 + 230 ≠ 700), row; B102 error at the 金额合计 230
  (120 + 75 + 30 = 225).
* cj17: F105 error at `（二）服务对象满意度指标` under `三、效益指标`; T105 error at
  皮具设计课程开课率 `≥6门`; F106 tolerated (book level, not required).

Legitimate look-alikes in the correct returns: typed percent cells with an operator column
(cj01) and under the two-row 预期实现值 header (cj18); `=100%` on 学员考勤信息录入完整率 (cj01) and
`等于 100 %` on 培训按期完成率 (cj16) at the ceiling; the same indicator names with different
values in two stacked projects (cj03); tier points and indicator points both adding to 100 and a
合计 row (cj06); `≥5百分点` on a rate raised over last year (cj06); counts smaller in the year
than in the period while rates, wages and unit costs stay equal, and 车间皮料损耗下降率 `≥10%`
(cj07); `≤0起` on 培训场所安全事故 and a weight 合计 row (cj10); a footnote explaining the task
total (cj13); a note row inside the table, the header repeated after a page break, a signature
date in 2024 (cj15, cj10, cj18); ★ core indicators and numbered labels (cj16). Every unit cost
× count stays within its money (cj13: 500 × 2000元 = 100万 = the training task, equal).

Judgements: cj02's 105% is an impossibility (error), the 退训率 with ≥ only doubtful (warning).
cj09's annual-over-period count is an error, marked at the annual cell. cj14's B101 is a row mark
because the reviewer cannot tell which of 资金总额, 基本支出 or 项目支出 is wrong. cj17's F105
leaves 满意度指标 missing as a tier-1; F106 is tolerated but not asked for. In cj08 the 年度 unit
cost × copied count (30 × 1.5万 = 45万) still fits the annual 50万, so no B107. cj12's detail
lines add up to 60 once `12.5 8` is read as 12.58 and `16万16万` as 16.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout546 import department, training, workshops
from tests.variants.holdout546.registry import HOLDOUT546
from tests.variants.kit import Variant

MODULES = (training, workshops, department)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT546, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 546th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
