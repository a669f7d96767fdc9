"""The 552nd held-out set: 18 invented returns with a careful reviewer's marks, to measure
``goalbook check`` out of sample. Theme: bamboo shoot drying (笋干) cooperatives in hill villages
of the invented 荪坞县 (翠篁乡, 竹峤镇, 乌箨村, 笋岭村, 篁口村). Budget year 2025.

Halves of the theme: drying and processing (烘干房, 晾晒场, 加工线; ``drying``: cp01–cp06) and
the cooperatives and their sales (合作社, 品牌, 订单, 电商; ``cooperatives``: cp07–cp12,
``sales``: cp13–cp18).

Layouts: project heads (cp01, cp02, cp05, cp06, cp09–cp17) and department heads (cp03, cp04,
cp07, cp08) with their money blocks; operator and unit columns (cp01, cp02, cp07, cp08, cp10);
one value column with operators inside (cp05, cp06, cp11); flat lists (cp03: 指标名称 · 权重 ·
计量单位 · 指标性质 as operator · 指标值; cp04: 指标名称 · 指标值 · 计量单位 · 权重 · 指标性质 as
direction); two projects stacked in one sheet (cp05, cp06); numbered, pointed, ★/* and
abbreviated tier labels (cp10, cp11); tier-1 and indicator score columns (cp12, cp17);
three-year projects with 中期 and 年度 columns (cp13, cp14); headers 预期目标 (cp09), 指标内容 /
绩效标准 with a 注 row and the header repeated after a page break (cp15), 预期实现值 on a
second sheet below a money detail block (cp16); a budget-system export with codes in the first
columns and the header on the third row of sheets 05-1 / 05-2 (cp18); 注 / 说明 / 填表说明 and
signature lines (cp01–cp03, cp07, cp09, cp10, cp12, cp15).

Planted mistakes (code, highest accepted severity, place):

* cp02-percent-wrong: T106 error at the typed 105% of 干笋一级品率 (Sheet1!E12); T113 warning
  at the typed 100% of 加工设备安装完成时间 (a date as a percent); T108 warning (row) at the ≥
  of 每吨干笋加工成本 (a cost cap).
* cp04-flat-defects: T105 error at 笋农培训覆盖率 = 260 (unit 人); W101 error, book level: the
  weights add to 95.
* cp06-stacked-defects: B101 error at the second project's 年度资金总额 40 ≠ 25 + 10; T108
  warning (row) at 笋干运输破损率 ≥3%.
* cp08-department-money-wrong: B101 error at 资金总额 350 ≠ 基本支出 120 + 项目支出 240; B102
  error at 金额合计 240 ≠ 100 + 80 + 70.
* cp09-template-rows: F110 error at the empty name cell of a 质量 row holding ≥95%; F109
  warning (row) at the 生态效益指标 left from the template.
* cp11-wrong-parent: T105 error at 追溯笋干抽检合格率 = 30批次; F105 error at （二）时效指标
  under 三、效益指标.
* cp14-multi-year-copied: D204 warning at the 年度目标 cell (identical to 中期目标); D202
  warning at the 年度 cells of 新建电商直播间 ≥12个 and 培训笋农主播 ≥90人.
* cp16-second-sheet: X105 warning (alt X103) at 燃料棚改造 `16.2 5` (项目信息 sheet); T105
  error at 烘干笋干合格率 = 600吨 (绩效指标 sheet).
* cp17-points-mismatch: W103 error at the 产出指标 score 50 (indicators 45) and at the
  效益指标 score 30 (indicators 35); the indicator scores still add to 100.

Legitimate look-alikes in the correct returns: 干笋霉变率 ≤2% and 笋干农残超标率 ≤1% (反向
with ≤, cp01, cp03); typed percents with an operator column (cp01, cp03, cp07, cp18); `=100%`
on 验收合格率 (cp05, cp07, cp18); `=0起` on 安全生产事故 (cp07, cp18); a cost standard ×
count equal to its money (cp07 3×40 = 120, cp11 2.4×15 = 36, cp12 300元×1500吨 = 45万, cp18
4×15 = 60) with a 说明 row explaining the total (cp07); 其他资金 0 (cp05, cp11, cp12, cp18); the
same 受益笋农满意度 with different values in two stacked projects (cp05); tier points in the
labels only (cp10, 60+30+10); tier scores and indicator scores both adding to 100 (cp12);
`≥3百分点` on a price gap (cp12); 中期 = 年度 for rates, unit costs, a deadline and a grade in
a three-year project (cp13); a 注 row, a repeated header row, 填表说明 and a fill date of
2024-11-08 in a 2025 return (cp15); a 下降率 with ≥20% (cp18); export and fill dates in 2024.

Judgements where a reviewer could hesitate:

* cp04: a bare 0 on 晾晒场安全事故 (反向) is the obvious target, not a zero cost or count.
* cp02: the completion time as 100% is a warning (T113), not an error: it may mean 100% done.
* cp06: only the money of the second stacked project is wrong; the first adds up.
* cp09: the F110 row sits in the 质量指标 block; the empty 生态效益指标 row has no value.
* cp14: the 直播间建设补助 ≤4万元 is a unit cost, equal in both columns legitimately; only the
  two cumulative counts are marked.
* cp16: the 合计 55 holds when `16.2 5` is read as 16.25, so no B102 is asked for.
* cp17: W103 only; no W101, since the indicator scores add to 100.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout552 import cooperatives, drying, sales
from tests.variants.holdout552.registry import HOLDOUT552
from tests.variants.kit import Variant

MODULES = (drying, cooperatives, sales)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT552, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 552nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
