"""The 746th held-out set: a county transport bureau (the invented 茗岙县交通运输局) and its
rural passenger-bus (农村客运) operating subsidies, roadside bus shelters (农村候车亭) and a
subsidy for replacing cruising taxis with electric vehicles. Budget year 2025, money in 万元.

Layouts: project heads with one value column, an operator column (symbols or words) and a unit
column, 中期 and 年度 columns (two- and three-year projects), a points column with tier points
in the labels, ★ and abbreviated tier labels, headers 指标内容 / 绩效标准 and 考核指标 /
预期实现值, an indicator table on a second sheet, stacked projects, a 资金明细 block, a
department head with key tasks and a flat list, a budget-system export (05-1 / 05-2, codes in
the first columns, header on the third row), 注 / 说明 / 填表说明 rows and signature lines.

Planted mistakes (return: code, highest accepted severity, place):

* kcb02: B101 error at the 年度资金总额 cell (300 ≠ 280 + 30); D104 warning at the
  班线 value (goal 42条, indicator 40条); B107 warning, row, at the unit subsidy (5 × 64 = 320 >
  300).
* kcb04: B103 error at the 年度资金总额 (520 > 480); D201 error at the annual 行政村 value (120 >
  period 110; alt D104); D202 warning at the annual vehicle count copied from 中期 (alt D104).
* kcb06: D102 error at the second 安全检查 row's value in the second stacked project (4次 /
  2次; alt D103); F201 warning, row, 检查合格率 under 时效.
* kcb08: Y103 warning at the 年度目标 (2023); Y102 error at the 完工时间 value (2026 in a
  one-year 2025 project); D103 warning, row, the 36座 count again under 时效 (alt D101, F201).
* kcb10: X101 error, row, the template's example row (XX); F201 warning, row, 验收合格率 under
  时效; F201 warning, row, 候车群众满意度 under 社会效益.
* kcb12: B102 error at the 资金明细 合计 (120 + 30 + 18 = 168 ≠ 158; alt B101); D104 warning at
  the 维护 value (goal 210座, indicator 120座); B107 warning, row, 6万元 × 30座 = 180 > 168.
* kcb14: D104 warning at the count (goal 120辆, indicator 100辆); T108 warning, row, 故障率 with
  ≥; B107 warning, row, 2.5 × 100 = 250 > 200.
* kcb15: D204 warning at the 年度目标 cell (identical to 中期目标); D202 warning at the annual
  置换 count (210 copied; alt B107); B107 tolerated (not required) at the annual cost row.
* kcb18: W103 error, row, at 产出指标（50分） (indicator points 45); Y102 error at the 兑付 date
  2024-12-31 in a 2025 project (alt Y101); D103 warning, row, the 60辆 count again under 社会效益
  (alt D101, F201); W101 tolerated on the file (95 ≠ 100, the same gap).

Legitimate look-alikes in the correct returns: a 下降率 with ≥ / 大于等于 (kcb01, kcb05, kcb13,
kcb16), 0起 on accident counts (kcb01, kcb09, kcb13), =100% on rates, typed percent cells with
a unit column (kcb01, kcb05, kcb09, kcb13), a goal's total with its parts in brackets (kcb07,
kcb13, kcb03's annual goal), a later year the work prepares for (kcb09 为2026年推广, kcb17
为2026年全面电动化), a 2024 ledger baseline in an export's 注 row (kcb11), period counts above
the year's and equal rates in both columns (kcb03), points at two levels each adding to 100
and a rise in 百分点 (kcb07), the same satisfaction name with different values in two stacked
projects (kcb06, kcb17), fill dates in 2024, every unit cost × count within its money.

Judgements: a goal count larger than the indicator's is D104 (warning: the indicator may be a
floor), not an error; a count repeated under a second tier-2 is a near-duplicate (D103, with
D101 / F201 accepted); an annual cumulative count above the period is an impossibility
(D201 error), a copied one is doubtful (D202 warning); a unit cost × count above the money is
B107 at warning, as the catalogue grades it; tier points that do not add up are W103 error.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout746 import bus, shelters, taxis
from tests.variants.holdout746.registry import HOLDOUT746
from tests.variants.kit import Variant

MODULES = (bus, shelters, taxis)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT746, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 746th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
