"""The 369th held-out set: driving schools (驾校) supervision and driver training and testing.

18 invented returns, 9 correct and 9 with 23 required marks, to measure ``goalbook check`` out of
sample. Places, units, people, phone numbers and figures are invented (澄岭市, 望川县, 柘溪区,
鹭汀县). Modules: ``supervision`` (vo01–vo06, 驾培机构监管), ``testing`` (vo07–vo12, 驾驶人考试),
``training`` (vo13–vo18, training subsidies, department returns).

Layouts: project heads with one-year and multi-year money blocks (万元 in the number format),
department heads with budget and key tasks, an operator column with a unit column (vo01, vo02),
two stacked projects (vo03, vo04), flat department lists 指标名称 · 权重 · 计量单位 · 指标性质 ·
指标值 (vo05, vo06), a 说明 row inside the table with 注 / 填表说明 / signature lines (vo07), a
header repeated after a page break with subtotal rows and the header word 考核指标 (vo08),
numbered tier labels with points and ★ (vo09), abbreviated labels under 考核指标 · 目标值（年度）
· 评价标准 (vo10), a second sheet with a two-row header 指标内容 · 预期实现值 · 计量单位 (vo11), a
budget-system export with codes in the first columns and the header on the third row (vo12),
three-year projects with 中期 and 年度 columns (vo13, vo14), tier-1 and indicator score columns
(vo15, vo16), department money with key tasks (vo17, vo18).

Planted mistakes (code, highest accepted severity, place):

* vo02: T106 ≤error at the 整改复查合格率 value (typed 105%); T108 ≤warning (row) on
  驾校教练车违规使用率 with ≥.
* vo04: B101 ≤error at the second project's 年度资金总额 (46 ≠ 40 + 5); T105 ≤error at
  培训资金存管覆盖率 `9所`.
* vo06: T112 ≤error at `6万元` with unit column 所 (alt T119); T108 ≤warning (row) on 驾培学员
  投诉率 with ≥; W101 ≤error book level (weights 85, not 100).
* vo08: T105 ≤error at 考试预约办理及时率 `3个工作日`; T107 ≤warning at 考生满意度 `=95%`.
* vo10: F105 ≤error at the tier-2 cell 社会效益指标 under 产出 (alt F104); F202 ≤warning (row)
  on 预算执行率 under 成本.
* vo12: X103 ≤warning at the text amount `1,280.00` (alt B108); X104 ≤warning at `45838` under
  考场改造完工时间; T113 ≤warning at 智能评判系统上线时间 `100%`.
* vo14: D201 ≤error at the annual 电子围栏点位 (300 > 270); D202 ≤warning at the annual
  考试员岗位培训人次 copied from 中期; T108 ≤warning (row, alt D203) on 考场设备故障率 `≥2%`.
* vo16: W103 ≤error at the 产出指标 score 50 (indicators 40); F110 ≤error at the empty name of
  the `≥20场` row; F109 ≤warning (row) at the empty 生态效益指标; W101 book level tolerated.
* vo18: B101 ≤error at 资金总额 880 (基本 600 + 项目 270 = 870); B102 ≤error at 金额合计 270
  (tasks 260); F109 ≤warning (row) at the empty 时效指标.

Legitimate look-alikes in the correct returns: typed percent cells (vo01, vo05, vo11, vo13,
vo15) including `=100%` on 核验率 / 核查率; 下降率 with ≥ (vo01, vo05, vo15, vo17); an accident
count `= 0起` (vo05); `≥2百分点` on a pass-rate rise (vo15); 100 points both at tier-1 and at
indicator level (vo15); the same indicator with different values in two stacked projects
(vo03); unit cost × count equal to the money (vo03, vo13, vo15); a 注 explaining that 金额合计
is the 项目支出, not the 资金总额 (vo17) and one explaining the cost remainder (vo07); fill and
signature dates in 2024 for the 2025 budget; equal 中期 and 年度 values only for rates, unit
costs and qualitative values (vo13); subtotal and total rows (vo05, vo08, vo15).

Judgements: vo04's B101 sits at the total although the 财政拨款 could be the wrong part; vo18's
B101 likewise at 资金总额, though 财政拨款 + 其他资金 = 880 suggests the 基本/项目 split is off.
vo10's 社会效益指标 under 产出 may also draw F201 on its indicator; only F105/F104 is marked.
vo12's `100%` for a deadline is T113 (warning) rather than an error. vo14's annual `≤2%` against
the period `≥2%` may be reported as D203; it names the same slip. vo16: the tier score 50 is
taken as declared and the indicators as short, so the indicator total 90 (W101) is tolerated.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout369 import supervision, testing, training
from tests.variants.holdout369.registry import HOLDOUT369
from tests.variants.kit import Variant

MODULES = (supervision, testing, training)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT369, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 369th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
