"""The 754th held-out set: 18 invented returns of a provincial forestry bureau (澄岭省林业局):
ranger patrols in 霁峰国家公园 (patrols.py, kcj01–kcj06), 棠溪野生动物救护中心 and its stations
(rescue.py, kcj07–kcj12), and the forest-carbon-sink monitoring pilot at 杉垣国有林场
(carbon.py, kcj13–kcj18). Budget year 2025 throughout. Aim: checks across the table.

Layouts: project heads with one-year and 中期/年度 money blocks; department heads with budget
and key tasks; operator and unit columns (kcj01, kcj07); headers 预期目标, 年度指标值, 指标内容 /
绩效标准, 预期实现值, a two-row 绩效目标值 header over 中期 / 年度 (kcj13); numbered, pointed,
marked (*, ★) and abbreviated tier labels (kcj07, kcj10, kcj08, kcj16); two stacked projects
(kcj03, kcj16); flat lists (kcj06, kcj17); a table on a second sheet (kcj14); a budget-system
export with codes in the first columns and two sheets (kcj15); a header repeated after a page
break (kcj11); 注 / 说明 / 填表说明 rows, a 合计 row and signature lines.

Planted mistakes (24 required marks; code, highest accepted severity, place):

* kcj02: D104 warning row (巡护里程 ≥10000公里, goal 12000); Y102 error row, alt Y101/Y103
  (平台升级 2024年12月31日前 in a 2025 return); F201 warning row (验收合格率 under 时效).
* kcj04: B101 error row at 资金总额 (1180 + 1450 ≠ 2680); B102 error at 金额合计 (tasks 1250 ≠
  1450); D104 warning row (轮训 ≥3期, goal 4期).
* kcj06: D103 warning row, alt D101/D102 (巡护覆盖率 beside 巡护区域覆盖率); W101 error file
  level (weights 95).
* kcj08: D102 error row, alt D103/D101 (救护野生鸟类数 450 vs 救护野生鸟类数量 500); F201
  warning row (救治成功率 under 时效); B107 warning row (0.2万元/只 × 500 = 100 > 70).
* kcj09: D104 warning row (中期 ≥1000只, goal 1200只); D202 warning at the 年度 cell (培训人次
  copied); D201 error at the 年度 cell (放归 360 > period 300).
* kcj12: Y103 warning at 年度目标 (2023年度实施方案); X101 error row (template example ≥XX只);
  F109 warning row (经济效益指标 left empty).
* kcj14: B101 error row at 年度资金总额 (80 + 10 ≠ 95); D104 warning row on the second sheet
  (样地 ≥100个, goal 120个).
* kcj16: B101 error row at the second project's 年度资金总额 (30 + 5 ≠ 40); D101 warning row,
  alt D103/D102 (培训人次 under 数量 and again under 社会效益).
* kcj18: D204 warning at 年度目标 (copied from 中期目标); D202 warning at the 年度 cell (样地
  240 copied); Y102 error row, alt Y103 (中期 deadline 2028年3月31日 after a 2025–2027 period).

Look-alikes in the correct returns: typed percent cells (kcj01, kcj07, kcj15, kcj17, 100% as 1
in kcj15); 下降率 with ≥ (kcj01, kcj05, kcj17); 0起 on fire and outbreak counts (kcj01, kcj04,
kcj07); ≤‰ on 森林火灾受害率; unit cost × count equal to or within its money (kcj03: 0.16 × 300 =
48; kcj07 with a 注 explaining it); a goal's count that is a part of the indicator's (kcj07: 80
of 400) and a total with its parts in brackets (kcj13: 180 = 150 + 30); a later year the work
prepares for (kcj05: 为2028年接入…); period counts beside smaller annual ones and equal rates
(kcj05, kcj13); the same name with different values in two stacked projects (kcj03); tier
points and indicator points both adding to 100 with a 合计 row, and ≥3百分点 (kcj10); =100% on a
及时率 (kcj10); fill dates in 2024 (kcj01, kcj11, kcj17); a footnote explaining 金额合计 as the
project spending only (kcj11).

Judgements: kcj02's 2024 deadline is marked Y102 at error (a date outside the budget year is an
impossibility for a 2025 goal), Y101 / Y103 accepted. kcj08's two rescue counts are one
indicator with two values, so D102 (error) with D103 / D101 accepted; B107 uses either count
(both exceed 70). kcj09's copied 200人次 is only a warning (D202) since the period could in
principle be met in one year. kcj11's table continues after a repeated header with the tier-1
cell blank: the reviewer reads it as 产出指标 continued. kcj12's 2023 is a leftover year (Y103
warning), not a conflict provable as an error. kcj18's annual count copy does not push the
unit cost over the annual money (0.35 × 240 = 84 ≤ 90), so no B107 is asked.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout754 import carbon, patrols, rescue
from tests.variants.holdout754.registry import HOLDOUT754
from tests.variants.kit import Variant

MODULES = (patrols, rescue, carbon)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT754, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 754th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
