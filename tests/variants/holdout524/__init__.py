"""Held-out set 524: persimmon drying (柿饼) and hawthorn processing (山楂) co-operatives in the
hill villages of an invented county (鹊岭县: 柿坳镇, 楂木沟乡, 麻溪, 石门坳, 鹰嘴岩, 红楂坪,
雾柿岭). 18 returns, 9 correct, 22 required marks.

Layouts: project heads with 万元 money blocks in the number format (bn01–bn04, bn07, bn09, bn10,
bn12–bn16); operator column headed 指标性质 with a unit column (bn01, bn02); stacked projects
(bn03, bn04); flat department lists (bn05: 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值;
bn06: 指标名称 · 指标值 · 计量单位 · 权重); an instruction row inside the table, 注 and 填表说明
rows, signatures (bn07); a unit row, subtotal rows and the header repeated after a page break
(bn08); numbered, pointed, marked and abbreviated tier labels (bn09, bn10); a budget-system
export with codes in the first columns, header on the third row of a second sheet under
指标内容 / 绩效标准 (bn11); the table on a second sheet under 预期实现值 (bn12); three-year
projects with 中期 and 年度 columns (bn13, bn14); tier-1 and indicator score columns (bn15,
bn16); department money with a 占比 row and tasks (bn17, bn18).

Planted mistakes (code, highest accepted severity, place):

* bn02: B105 error at the 其他资金 cell (150,000.00元 in a 万元 block; B101 file-level
  tolerated); T106 error at the typed 102% of 柿饼包装密封合格率.
* bn04: T105 error at 脱涩处理合格率 `1200吨`; B101 error at the second project's 年度资金总额
  (68 ≠ 50 + 12); T108 warning (row) at 收购柿果烂果率 `≥2%`.
* bn06: T105 error at 柿饼检测合格率 45 (unit 批次); W101 error, book level (weights sum 95).
* bn08: T105 error at 鲜果收购合格率 `3000吨`; X104 warning at 鲜果入库完成时间 `45838` (text).
* bn10: F105 error at the tier-2 cell `2.时效指标` under 三、效益指标; F109 warning (row) at the
  empty template tier-2 `3.生态效益指标`.
* bn12: F110 error at the empty name cell of a row valued `≥12吨`; Y102 error (Y103 accepted)
  at 车间投产时间 2026-03-31 in a one-year 2025 project.
* bn14: D204 warning at the 年度目标 cell (identical to 中期目标); D202 warning at the annual
  cells of 改造山楂低产园 and 带动农户 (copied from the period column).
* bn16: W103 error at the 产出指标 score 40 (indicators 45) and at the 效益指标 score 30
  (indicators 25); T108 warning (row) at 带动农户 `≤200户` marked 正向.
* bn18: B101 error at 资金总额 436.8 (基本 300 + 项目 146.8 = 446.8); B102 error at the 金额合计
  146.8 (tasks 144.8); F110 error at a name cell holding only a full-width space.

Legitimate look-alikes in the correct returns: typed percents (bn01, bn05, bn11, bn15, bn17);
霉变率 and 落果率 with ≤ (bn01, bn05); 农药使用量增长率 ≤0% (零增长, bn05); `=100%` on a
验收合格率 at the ceiling (bn02, bn09) and `100%` without operator (bn03, bn17); `0起` on an
accident count (bn17); the same 带动农户数 with different values in two stacked projects (bn03);
unit cost × count equal to the money (bn03: 1300亩 × 400元 = 52万元); fill and signature dates
in the year before the budget year (bn01, bn05, bn07, bn17); instruction, 注, 填表说明, unit,
subtotal, 合计 and repeated header rows (bn07, bn08, bn09, bn15); 100 points both ways (bn09,
bn15); `≥5百分点` and a 下降率 with ≥ (bn15); 中期 and 年度 equal on rates and unit costs
(bn13, bn14); a footnote explaining the total (bn07).

Judgements: a 合格率 or 收购合格率 given as a tonnage or a number of batches is an impossibility
(T105 error), not a doubtful value. `45838` in a time-limit cell is marked X104 only as a
warning. The 2026 deadline in bn12 is marked an error because a one-year project cannot end
after its period. In bn16 the tier scores still add to 100 and the indicator scores too, so no
W101 is asked for; the mismatch is W103 at each tier score. bn08's 收购合格率 row also carries
a weight, which is counted in the subtotal. 山楂优果率提高 ≥5百分点 (bn15) is a rate change, not a
count. bn11's 中试产品检验合格率 98% has no operator: at most info, never marked.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout524 import cooperative, hawthorn, persimmon
from tests.variants.holdout524.registry import HOLDOUT524
from tests.variants.kit import Variant

MODULES = (persimmon, hawthorn, cooperative)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT524, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 524th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
