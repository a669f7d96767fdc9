"""The 714th held-out set: a grain reserve warehouse upgrade, grain-quality testing and an
emergency grain-processing point, for 栖梧县 and 汶岗区 (invented), budget year 2026.

Layouts: project heads (one year, two and three years with 中期 and 年度 columns), department
heads with budget rows and tasks, NAT-2021 and OLD-NAT tiers merged down, numbered, pointed,
starred and abbreviated tier labels, flat lists (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值),
operator and unit columns, a two-row header, stacked projects, a budget-system export with codes
and the table on a second sheet, 说明 / 注 / 填表说明 rows, a repeated header, signature lines.

Planted mistakes (code, highest accepted severity, place):

* kav02: D104 ≤warning at 改造平房仓数量 (goal 5栋, indicator ≥4栋); F201 ≤warning (row) at
  仓房气密性达标率 under 时效; B107 ≤warning at 仓顶改造单价 (600元 × 12000平方米 = 720万 > 500).
* kav04: Y103 ≤warning (alt Y101) at the 年度目标 cell (2025 in a 2026—2028 project); D201
  ≤error at the annual 气调改造仓房数量 (12 > 9); D202 ≤warning (alt D104) at the annual
  配套制氮设备 (period's 3套 copied; the goal says 1套).
* kav06: B101 ≤error at the second project's 年度资金总额 (140 + 10 ≠ 160); D102 ≤error (row,
  alt D103, D101) at the second 消防设施验收合格率 (=100% and ≥95%).
* kav08: D104 ≤warning (row) at 样品检测数量 1200 (goal and task say 1500); D102 ≤error (row,
  alt D103, D101) at 检测结果及时上报率 (= 检测结果上报及时率, 90 vs 95); W101 ≤error on the
  return (weights add to 90).
* kav10: Y101 ≤error (row, alt Y102) at 计划开始日期 (title 2026, plan 2025); F201 ≤warning
  (row) at 检测样品数量 under 质量; B107 ≤warning at 单份样品检测成本 (600元 × 1500 = 90万 > 75).
* kav12: B102 ≤error at 金额合计 (200 + 120 + 40 = 360 ≠ 380); D104 ≤warning at 粮食质量抽检批次
  (goal 2000, indicator 1800); F201 ≤warning (row) at 送检企业满意度 under 社会效益.
* kav14: B101 ≤error at 年度资金总额 (260 + 30 ≠ 300); D104 ≤warning at 建成应急加工点数量
  (goal 3个, indicator ≥2个); Y102 ≤error (row) at the date 2027-03-31 in a one-year 2026 project.
* kav16: B101 ≤error (row) at 资金总额 (基本 700 + 项目 500 ≠ 1250); D102 ≤error (row, alt
  D103, D101) at 应急粮食加工点数量 ≥10个 beside 应急加工点数量 ≥12个.
* kav18: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201 ≤error at the annual
  升级加工设备 (14 > 10).

Legitimate look-alikes in the correct returns: incident counts of 0起 / =0 起 (kav01, kav05), a
typed 100% (kav01, kav03, kav11, kav17) and a typed
98% (kav07), =100% on a rate at its ceiling (kav13, kav15), a 下降率 with ≥ (kav05), rates raised
in 百分点 (kav03, kav11, kav17), 2029 named as the year the work prepares for (kav03), the goal's
800 + 400 samples as parts of the indicator's 1200 (kav07), a footnote explaining a total with
复检 samples (kav09), period counts above the year's with equal rates and unit costs (kav03,
kav11, kav17), unit costs × counts equal to or within their money (kav05 30 × 6 = 180, kav15
16 × 5 = 80 and 15 × 10 = 150, kav13 2 × 95 ≤ 220), tier points and indicator points both
adding to 100 (kav13), the same indicator names with different values in two stacked projects
(kav15), subtotal 合计 row in a flat list (kav07), fill dates in 2025 (kav01, kav03, kav07,
kav09, kav13, kav17).

Judgements: a deadline date in the following year in a one-year project is marked Y102 up to
error (the plan ends 2026-12-31). A name with a word more and a different value (kav08, kav16) is
one indicator given twice, accepted up to error as D102 with D103/D101. The copied 制氮设备 count
(kav04) is a D202 warning, the goal's 1套 making D104 acceptable too. 储粮安全事故 0起 is a
legitimate zero target, not T115. 成本 under 产出 in OLD-NAT (kav02, kav09) is not misplaced.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout714 import emergency, testing, warehouse
from tests.variants.holdout714.registry import HOLDOUT714
from tests.variants.kit import Variant

MODULES = (warehouse, testing, emergency)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT714, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 714th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
