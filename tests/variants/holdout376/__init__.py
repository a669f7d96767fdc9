"""The 376th held-out set: invented returns on **seafarers' (海员/船员) training, certification
and welfare services**, with a careful reviewer's marks, to measure ``goalbook check`` out of
sample. Everything is invented: 澜汀市, 螺屿区, the units, projects, people, phone numbers and
figures. Budget year 2025 unless a project says otherwise.

Layouts (three modules, six returns each):

* ``training`` (vv01–vv06): one-year projects with an operator column headed 指标性质 and a unit
  column (vv01), two stacked projects (vv02), a department flat list with an operator column
  (vv03), notes between tiers with 说明 / 填表说明 and a signature line (vv04), numbered tier
  labels with points and an indicator 分值 column (vv05), a two-row header 绩效指标 / 绩效标准
  over 指标内容 · 比较符 · 预期目标 · 计量单位 (vv06);
* ``certificates`` (vv07–vv12): three-year and two-year projects with 中期 and 年度 columns
  (vv07, vv08), a budget-system export with codes in the first columns, the header on the third
  row and the indicators on a second sheet (vv09), a project with a money detail block (vv10),
  tier-1 and indicator score columns (vv11, vv12);
* ``welfare`` (vv13–vv18): department returns with key tasks and 金额合计 (vv13, vv14), three
  projects stacked (vv15), a flat list with 指标性质 as direction (vv16), template rows under the
  header 预期目标 (vv17), the head on one sheet and the indicators on a second sheet under
  预期实现值 (vv18).

Planted mistakes (return: code, highest accepted severity, place):

* vv02: B101 ≤error at the second project's 年度资金总额 (96 ≠ 80 + 12); T105 ≤error at
  `实操评估考位达标率 │ 48个`.
* vv04: Y102 ≤error (alt Y103) at `培训任务完成时间 │ 2026年3月31日前` in a one-year 2025
  project; T107 ≤warning at `学员满意度 │ =95%`.
* vv06: T106 ≤error at the typed 105% of `救生演练考核合格率`; T108 ≤warning (row) for ≥ on
  `参训船员海上求生训练事故发生率`.
* vv08: D202 ≤warning at each of the two annual cells copied from the period column (新编考试题目
  6000道, 考官培训 240人次); D201 ≤error at the annual `≥45人` above the period `≥30人`.
* vv10: X105 ≤warning (alt X103) at the total `86.2 5`; X106 ≤error (alt B108) at the detail
  line `25.25万25.25万`; B101 and B102 on the file tolerated, not required.
* vv12: W103 ≤error at the 产出 score 45 (indicators 40) and at the 效益 score 25 (indicators
  30); F105 ≤error at `时效指标` placed under 效益指标.
* vv14: B101 ≤error at 资金总额 420 (基本 210 + 项目 200 = 410); B102 ≤error at the 金额合计
  200 (tasks 190); T105 ≤error at `外派船员家属慰问覆盖率 │ 2600户`.
* vv16: T108 ≤warning (row) at `外派船员遣返纠纷发生率 │ ≥3 │ 反向` and at `单次法律援助成本 │
  =0.25 │ 反向`; W101 ≤error on the file (weights add to 95).
* vv17: F110 ≤error at the empty name of the row `≥95%` under 质量指标; F109 ≤warning (row) at
  the template tier-2 `生态效益指标` left without indicator or value.

22 required marks in 9 returns; 9 returns are correct.

Legitimate look-alikes in the correct returns: typed percent cells with a duplicated `%` in the
unit column (vv01, vv03, vv18); `≤0起` / `=0起` on incident counts (vv01, vv03, vv13); a
不及格率下降幅度 `≥3百分点` (vv01) and a 签发率较上年提高 `≥2百分点` (vv11) are percentages; a
下降率 with ≥ (vv15); `=100%` on accuracy and filing rates at the ceiling (vv03, vv13, vv15);
unit cost × count equal to the money (vv01: 0.45万 × 400 = 180; vv05: 2000元 × 600 = 120万;
vv13: 0.4万 × 300 户 = the 120 task; vv15: 50元 × 12000 and 3000元 × 150); tier points in the
labels and indicator points both adding to 100 with a 合计 row (vv05), tier and indicator score
columns both adding to 100 (vv11); rates and unit costs equal in 中期 and 年度 while counts
grow (vv07); the same 船员满意度 with different values in three stacked projects (vv15); codes
repeated on every export row and tiers repeated without merges (vv09); a fill date in 2024
(department heads) is not a year conflict.

Judgements where a reviewer could hesitate:

* vv04's 2026 deadline: a date outside the one-year project period is a contradiction in the
  form, marked Y102 at error with Y103 accepted; the other planted finding is `=95%`.
* vv08: `年度题库上线时间` 2026 (中期) / 2025 (年度) is not a conflict; the 年度 deadline is
  earlier. Only the counts are marked.
* vv10: the split total `86.2 5` read as 86.25 makes 76.25 + 10 add up and the detail lines
  (32.4 + 18.6 + 25.25 + 10 = 86.25) add up, so B101 / B102 are only tolerated.
* vv12: the two W103 mismatches cancel, so tier and indicator totals are both 100 and no W101
  is marked.
* vv14: which of 资金总额 and its parts is wrong cannot be known; the mark sits on 资金总额, as
  the sum 财政拨款 + 其他资金 = 420 agrees with it. The 金额合计 equals 项目支出 (200); the tasks
  are short.
* vv16: the weights add to 95, not 90, so no 预算执行率 scored apart can explain them.
* vv09: `考试组织差错率 ≤ 0.5 %` is a 反向 rate with ≤, and bare numbers with `%` in the 度量单位
  column are rates with their unit.
* vv15: `船员满意度 ≥88%` is inside the usual range; vv01's `模拟器课程体系持续运行年限` is a
  duration, not a count misplaced under 可持续影响指标.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout376 import certificates, training, welfare
from tests.variants.holdout376.registry import HOLDOUT376
from tests.variants.kit import Variant

MODULES = (training, certificates, welfare)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT376, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 376th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
