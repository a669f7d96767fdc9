"""The 814th held-out set: urban tree planting (street trees, pocket parks, pruning and pest
control), 18 invented returns, 9 correct, with a careful reviewer's marks. Budget year 2026;
invented places 栖梧区 and 榴川县. Its aim: checks across the table.

Layouts: project heads (one-year, two- and three-year with 中期 and 年度 columns), department
heads with budget and task blocks, two projects stacked in one sheet, a flat department list,
a budget-system export (money on sheet 05-1 in 元, codes in the first columns of sheet 05-2),
an indicator table on a second sheet under 预期实现值, operator columns (symbols or words),
direction columns (正向/反向 with 指标方向), unit columns, numbered tier labels with points,
★ and * marks and abbreviated tier-2s, headers 指标内容 / 绩效标准, notes, an instruction row,
a repeated header after a page break, signature and date lines.

Planted mistakes (return: code, highest accepted severity, place):

* ker02: D104 warning at the 行道树补植数量 value (goal 1500株, indicator 1200株); Y102 error
  at the deadline 2025年12月31日前 (alt Y101, Y103); B107 warning, row, 0.5万元 × 1200株 = 600
  > 500万元.
* ker04: B101 error at the second project's 年度资金总额 (260 ≠ 200 + 40); D102 error at the
  second 银杏补植数量 (320 / 280株; alt D101, D103).
* ker06: Y103 warning at the 年度目标 cell (2025 in a 2026—2028 project; alt Y101); D202
  warning at the copied 年度 连续树池 ≥900个 (alt D104); D201 error at 年度 林荫道路 ≥18条 above
  the period's 15条 (alt D104).
* ker09: D104 warning at the area value (goal 1.8, indicator 1.5万平方米); F201 warning, row,
  周边居民满意度 under 社会效益指标.
* ker11: B102 error at 金额合计 (460 + 150 + 90 = 700 ≠ 720); D104 warning at 新建口袋公园数量
  ≥8处 (goal and task: 10处); Y102 error at the 2025 deadline (alt Y101, Y103).
* ker12 (second sheet 绩效指标): X101 error at the template example row's ≥XX次; D103
  warning at 口袋公园绿地率（含立体绿化） (alt D101, D102).
* ker14: T108 warning, row, ≥ on the 反向 有虫株率; D104 warning at 防治面积 2.6 (goal 3.2万亩);
  B107 warning, row, 200元/亩 × 2.6万亩 = 520 > 380万元.
* ker15: D204 warning at the 年度目标 cell (copied from 中期); D201 error at 年度 绿色防控 ≥150次
  above the period's 120 (alt D104); F201 warning, row, 监测点巡查及时率 under 质量指标.
* ker18: Y103 warning at the 年度目标 cell (2025 in a 2026 return; alt Y101); F109 warning,
  row, 生态环境成本指标 left without an indicator; F110 error at the empty name of a ≥90% row.

Look-alikes in the correct returns: ker01 goal 1200株 with its parts in brackets, ≥3百分点,
≤0起 on complaints, typed percent cells, 0.35 × 1200 = 420 ≤ 480; ker03 the same 补植苗木成活率
with 95% and 90% in two stacked projects; ker05 =100% as text, 20元 × 42000 = 84万 ≤ 86万元;
ker07 tier points and indicator points both given (100 both ways), 6 × 68 ≤ 420; ker08 a goal
count with parts in brackets, weights adding to 100, 有虫株率 ≤1%; ker10 the period's 12处
beside the year's 7处, 为2028年全区推广积累经验 (a later year the work prepares for), equal rates
in both columns; ker13 a 下降率 with 大于等于, 0起 on incidents, operators in words; ker16 a goal
total with parts, a footnote explaining the total, an instruction row, a repeated header, a fill
date in 2025; ker17 ★ and * labels, abbreviated tier-2s, 中央补助 + 地方资金 = 资金总额, ≤3‰.

Judgements: ker06's 2025 in the 年度目标 and ker18's are a leftover year (warning), whereas a
deadline in 2025 (ker02, ker11) cannot be met by 2026 money (error, Y101/Y103 accepted). ker06
and ker15: the copied count and the annual count above the period also contradict the goal
text, so D104 is accepted there. ker15: the annual 监测点 ≥20个 differs from the copied annual
goal's 60个; the fault is the goal (D204), so a finding there is only tolerated. ker12's
example row is marked X101 for its placeholder; no finding is asked for its name. ker14's
B107 uses the indicator's area; with the goal's 3.2万亩 it exceeds the money as well.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout814 import care, parks, streets
from tests.variants.holdout814.registry import HOLDOUT814
from tests.variants.kit import Variant

MODULES = (streets, parks, care)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT814, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 814th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
