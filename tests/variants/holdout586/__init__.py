"""The 586th held-out set: mung beans and taro (绿豆、芋头) dryland planting and a bean-paste
workshop (绿豆沙、芋泥馅), 18 invented returns of 芊川县 (invented county), 9 correct.

Layouts: project heads (``heads.project_head``) with one value column, operator and unit columns,
中期 and 年度 columns (dx05, dx06), tier-1 and indicator score columns (dx13), a table on a second
sheet under 预期实现值 (dx09); department heads with budget and task blocks (dx04, dx07, dx08,
dx17); flat lists (dx04: 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值; dx17: 指标名称 · 指标性质 ·
指标值 · 计量单位 · 权重); stacked projects (dx03, dx18); budget-system exports with codes in the
first columns, money on sheet 05-1 and indicators on 05-2 (dx11, dx12, the latter with the header
repeated after a page break); numbered, pointed and abbreviated tier labels; notes, 填表说明 and
signature lines (dx15, dx16).

Planted mistakes (code, highest accepted severity, place):

* dx02: Y101 error at the title (2024 on a 2025 project); D104 warning on the row of
  绿豆示范种植面积 (goal 800亩, indicator ≥850亩; a finding at the goal cell is tolerated);
  F201 warning on the row of 绿豆籽粒收购合格率 under 时效.
* dx04: X104 warning at the 填报日期 ``45611`` typed as text; D102 error on the row of the second
  绿豆良种覆盖率 (90% / 85%), D101 and D103 accepted.
* dx06: B103 error at the 年度资金总额 (150 > 中期 120); D201 error at the annual 服务队 ≥6支
  (period 4支); Y102 error at the annual deadline 2027年4月30日前 (project 2025–2026),
  Y103 accepted.
* dx08: B102 error at the 金额合计 (150 + 110 + 70 ≠ 320); X102 warning at the goal (``<br>``);
  D104 warning on the row of 培训种植户 (goal 600人次, indicator ≥500人次).
* dx10: X101 error at ``≥**吨``; F201 warning on the row of 亩均产量 under 时效; B107 warning on the
  row of 脱毒种苗补贴标准 (800元/亩 × 500亩 = 40万 > 30万).
* dx12: X104 warning at the 计划完成日期 ``46022`` typed as text on sheet 05-1; D102 error on the
  row of the second 芋头种植面积 (≥400 / ≥450), D101 and D103 accepted.
* dx14: D104 warning on the row of 绿豆沙生产线购置数量 (goal 2条, indicator 3条); T108 warning on
  the row of 产品抽检不合格率 (≥); B107 warning on the row of 生产线购置单价 (45万 × 3 > 120万).
* dx16: Y102 error at the 计划完成日期 2026-03-31 of a one-year 2025 project, Y101 accepted; X102
  warning at the goal (``<p>``); T106 error at the typed 105% on 芋泥馅出厂检验合格率.
* dx18: B101 error at the second project's 年度资金总额 (70 ≠ 50 + 15); F201 warning on the row of
  豆沙包装破损率 under 数量.

Look-alikes in the correct returns: goal texts repeating indicator counts with the same values
(dx01, dx05, dx13, dx17) or summing them (dx07: 300亩 = 180 + 120; dx15 with a footnote
explaining 馅料年总产量 300吨 = 180 + 120); the same satisfaction name with different values in
two stacked projects (dx03); a later year named on purpose in a goal (dx03: 为2026年全县推广) and
2027 inside a three-year project (dx05); cumulative counts a third of the period with rates and
unit costs equal in both columns (dx05); typed percents (dx01, dx09, dx11, dx17); a 下降率 with ≥
and ``0起`` on an incident count (dx09); ``=100%`` kept as text on a 合格率 (dx11); ``提高≥3百分点``
and 100 both ways at two score levels (dx07, dx13); unit cost × count equal to the money (dx03,
dx07, dx09, dx18's first project); fill and signature dates in the year before the budget year
(dx01, dx15, dx04's serial aside); instruction and note rows in and under the table (dx15, dx16).

Judgements: D104 is marked on the indicator's row, the goal cell tolerating a warning; D102 is
an error only where the two names are identical (two targets for one indicator), D101/D103
accepted; the B107 marks are warnings as in the catalogue although the arithmetic is certain; an
end date after a one-year period (dx16) is a Y102 error, Y101 accepted; a 破损率 under 数量 and a
yield under 时效 are C6 warnings (F201), not tier errors; the 2026 in dx03's goal is a plan for the
next year, not a year conflict; in dx07 the 4000元/亩 × 300亩 = 120万 matches the 良种繁育 task.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout586 import mung, paste, taro
from tests.variants.holdout586.registry import HOLDOUT586
from tests.variants.kit import Variant

MODULES = (mung, taro, paste)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT586, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 586th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
