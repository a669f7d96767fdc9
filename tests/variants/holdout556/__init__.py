"""The 556th held-out set: 18 invented returns on school bus safety and rural boarding-school
night care, with a careful reviewer's marks (9 correct, 9 with 23 required marks).

Layouts: project heads with 万元 in the number format (ct01-ct04, ct06-ct12, ct15, ct18);
department heads with budget, shares and key tasks (ct05, ct13, ct14, ct17); operator and unit
columns (ct01); stacked projects (ct03, ct04); flat lists (ct05 operator column, ct17 direction
column); tier-1 and indicator score columns (ct06); numbered, pointed, ★/* labels (ct07, ct08);
header 预期目标 (ct09); a second sheet under 考核指标 / 目标值（年度） / 评价标准 (ct10); 中期 and
年度 columns (ct11, ct18); note, subtotal, repeated header, 填表说明 and signature rows (ct12);
detail lines under the table (ct15); a budget-system export with codes, header on the third row
of a second sheet (ct16).

Planted mistakes (code, highest accepted severity, place):

* ct02-bus-direction: T108 ≤warning (row) at 驾驶员安全培训场次 ≤4场, 校车超员发生率 ≥1%,
  超速报警平均处置时间 ≥15分钟.
* ct04-bus-stacked-defects: B101 ≤error at the second project's 年度资金总额 (45 + 10 ≠ 60);
  T105 ≤error at 驾驶员持证上岗率 ≥12人.
* ct06-bus-points: W103 ≤error at the 产出指标 score 50 (indicators 45) and the 效益指标
  score 30 (indicators 35); T106 ≤error at 车辆例行安检合格率 ≥105%.
* ct08-dorm-wrong-parent: F110 ≤error at the empty name cell of a row valued ≥2次; F105 ≤error
  at 3.1时效指标 under 3.效益指标.
* ct09-dorm-template-rows: T105 ≤error at 宿舍夜间巡查覆盖率 ≥6次; F109 ≤warning (row) at the
  empty 生态效益指标 and 可持续影响指标 template rows.
* ct11-dorm-multi-year: D204 ≤warning at the 年度目标 cell (identical to 中期目标); D202
  ≤warning at the annual cells of 改造寄宿生宿舍间数 and 安装夜间应急照明灯具.
* ct14-dept-money-wrong: B101 ≤error at 资金总额 760 (430 + 320 = 750); B102 ≤error at
  金额合计 320 (tasks 330).
* ct15-pdf-artefacts: X105 ≤warning alt X103 at `42.637 5`; X106 ≤error alt B108 at
  `18万18万(含安装)` (read as 42.6375 and 18 the lines add up to 70).
* ct17-flat-defects: T112 ≤error alt T119 at 夜间值守宿管员人数 `≥1.2万元` (unit column 人);
  T108 ≤warning (row) at 寄宿生夜间走失发生率 ≥1% (反向); W101 ≤error on the book (weights 95).

Legitimate look-alikes in the correct returns: `=` on 100% typed cells (ct01, ct13) and
`=100%` text (ct04, ct11, ct15); 0起 / =0起 incident counts (ct01, ct07, ct13, ct16);
校车交通违法下降率 / 交通事故下降率 with ≥ (ct02, ct05); the same 服务对象满意度 name with
different values in stacked projects (ct03); cost × count equal to the money (ct03 48 × 0.75 =
36, ct12 720 × 750元 = 54万, ct13 36 × 5 = 180 task, ct15 2 × 35 = 70); tier points in labels
only (ct07); a signature date in the year before the budget year (ct01, ct12); subtotal, note,
repeated header and 填表说明 rows (ct12); a footnote explaining 金额合计 (ct13); 百分点 on a
rate change and equal rates / unit costs in 中期 and 年度 (ct18); 评价标准 text quoting
百分点 (ct10).

Judgements: ct02's 培训场次 ≤4场 is read as a cap on a 正向 count (warning, not error); ct06's
tiers and indicators both add to 100, so no W101; ct11's unit cost is per 平方米 so the copied
count does not make a cost exceed the annual money; ct12 weights are per indicator with 小计
rows (50 + 30 + 20 = 100); ct17's wrong unit could be named T112 or T119; ct18's
知晓率较上年提高 ≥6百分点 is a percentage-point change, not a count.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout556 import bus, dorm, forms
from tests.variants.holdout556.registry import HOLDOUT556
from tests.variants.kit import Variant

MODULES = (bus, dorm, forms)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT556, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 556th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
