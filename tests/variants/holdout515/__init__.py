"""The 515th held-out set: 18 invented returns of Tibetan and Mongolian medicine (藏医、蒙医)
clinics in township hospitals (乡卫生院 of 娘曲县, 苏木卫生院 of 呼和温都旗), with a careful
reviewer's marks. 9 returns are correct, 9 carry 2–3 planted mistakes (23 required marks).

Layouts: project heads with 万元 only in the number format (be01–be06, be11–be18), department
heads with budget shares and key tasks (be07, be08), flat department lists in two column orders
(be09, be10), two projects stacked in one sheet (be11, be12), operator and unit columns (be01,
be02, be18), tier-1 and indicator score columns (be03, be04), numbered / pointed / ★ / abbreviated
tier labels (be05, be06), 指标性质 as direction with word operators in 指标方向 (be06), a two-row
header 考核指标 · 目标值（年度） · 评价标准 (be13), a second sheet under 预期实现值 (be14), 中期 and
年度 columns (be15, be16), a 注 row inside the table and a 说明 under it (be16), a budget-system
export with codes, the header on the third row and repeated after a page break (be17), detail
money lines under the table (be18), signature and date lines.

Planted mistakes (return: code, highest accepted severity, place):

* be02: B105 ≤error at Sheet1!C6 (其他资金 in 元 format inside the 万元 block); B101 ≤error on
  the file, tolerated only; T106 ≤error at Sheet1!E11 (合格率 ≥105% as a percent cell).
* be04: W103 ≤error at Sheet1!B9 (产出 50, indicators 55); W103 ≤error at Sheet1!B14 (效益 30,
  indicators 25); T108 ≤warning at Sheet1!E14, row (不良反应发生率 ≥1%).
* be06: T108 ≤warning at Sheet1!E9, row (正向 count with 小于等于); T108 ≤warning at
  Sheet1!E13, row (候诊时间 反向 with 大于等于).
* be08: B101 ≤error at Sheet1!B4, row (基本 + 项目 ≠ 资金总额); B102 ≤error at Sheet1!D9, alt
  B101 (tasks 88 against 金额合计 86).
* be10: W101 ≤error on the file (weights 95); T112 ≤error at Sheet1!B9, alt T119 (≤12万元
  against unit 人次); T108 ≤warning at Sheet1!B11, row (反向 发生率 with ≥).
* be12: B101 ≤error at Sheet1!C20, row (second project 50 ≠ 40 + 6); F110 ≤error at the empty
  name cell Sheet1!C27; F109 ≤warning at Sheet1!B28, row (时效指标 left from the template).
* be14: X104 ≤warning at 项目基本信息!F4 (计划完成日期 "46022" as text); T105 ≤error at
  绩效指标!D4 (覆盖率 given as 12个嘎查).
* be15: D202 ≤warning at Sheet1!E11 and Sheet1!E12 (cumulative counts of a three-year project
  copied into the year); D201 ≤error at Sheet1!E13 (year 80亩 above period 50亩).
* be18: X105 ≤warning at Sheet1!C5, alt X103 (45.3 6); T115 ≤error at Sheet1!E13 (unit cost
  0 万元/次); X106 ≤error at Sheet1!C18, alt B108 (18万18万).

Legitimate look-alikes in the correct returns: percent cells with % also in the unit column and
a 0.5% 发生率 with ≤ (be01); signature dates in the year before the budget year (all); 100 points
both at tier-1 and indicator level, with a 合计 row (be03); 提高≥3百分点 on a share and a
次均费用下降率 with ≥ (be03); =100% at the ceiling (be03, be07, be11, be16); 社会成本 as a
NAT-2021 tier-2 and 定性 in the operator column (be01, be05); a cost cap equal to its task money
(be07: 改造成本 ≤40万元 against a 40万元 task); 0起 on 医疗纠纷 and ≤0% on 药品费用增长率 (零增长),
a 复诊脱落下降率 with ≥ and a 合计 weight row (be09); the same indicator names with different
values in two stacked projects (be11); rates and unit costs equal in 中期 and 年度 (be15, be16);
a 注 row between tiers, a 说明 row, a repeated header row, a footnote explaining a total and a
money sheet with codes and a 合计 line (be16, be17).

Judgements where a reviewer could hesitate:

* be02: the 元 cell makes the money not add up; B105 is the cause and required, B101 tolerated.
* be04: the tier totals (100) and indicator totals (100) both hold; only the tier split is
  wrong, so W103 at each tier score, not W101.
* be08: 财政拨款 + 其他资金 = 资金总额 holds, so the B101 concerns 基本支出 + 项目支出; the
  金额合计 86 equals 项目支出 but not its tasks (B102 at 金额合计).
* be10: 药浴耗材支出 ≤12万元 with unit 人次 is a unit conflict (error), not a missing unit.
* be14: a date serial in a text cell is a warning (X104), not Y-level error, as staff can read it
  once converted (2025-12-31 lies in the budget year).
* be15: the copied 年度 values are marked at each annual cell (D202); rates, a cost standard and
  a 定性 grade repeated in both columns are not marked.
* be18: 45.3 6 read as 45.36 adds up with 40 + 5.36 and the detail lines 18 + 15.2 + 12.16, so no
  B101 / B102 is asked; a 0 in 万元/次 is a rounded unit cost (T115), unlike be09's 0起 and ≤0%.
* be03/be13: a percent cell without an operator (藏医病历书写合格率 92%, 满意度 90%) reads as a
  target met or exceeded; at most an info finding.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout515 import departments, periods, projects
from tests.variants.holdout515.registry import HOLDOUT515
from tests.variants.kit import Variant

MODULES = (projects, departments, periods)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT515, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 515th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
