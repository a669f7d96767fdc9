"""The 670th held-out set: plums (李子) and strawberries (草莓) in greenhouses, pick-your-own
tourism and a packing line. 18 invented returns, 9 correct, written blind from domain.md, the
variants README, kit.py, heads.py and the rule catalogue; aimed at checks across the table.

Layouts: project heads (one-year, two- and three-year with 中期 and 年度 columns and money
blocks), department heads with budget and 金额合计 task blocks, OLD-NAT and NAT-2021 tiers merged
down, numbered tier labels with points (hd01), a flat list with 指标性质 as operator (hd07), an
operator column in words with a unit column (hd09), two projects stacked in one sheet (hd05,
hd18), a budget-system export with codes in the first columns on a second sheet (hd06), a table
on a second sheet under 指标内容 / 预期目标 (hd16), headers 考核指标 / 目标值（年度） (hd13), tier
and indicator score columns (hd11), 注 / 说明 / 填表说明 rows, signature and date lines, a header
repeated after a page break with 小计 and 合计 rows (hd15).

Planted mistakes (code, highest accepted severity, place):

* hd02 plum rain shelter (three-year): D104 ≤warning, row of 改造李子避雨大棚数量 (中期目标 30栋,
  中期 value ≥24栋); D201 ≤error at the 年度 cell of 推广矮化密植李子面积 (800 > 600, alt D104);
  D202 ≤warning at the 年度 cell of 培训种植户 (900人次 copied, 年度目标 300, alt D104).
* hd04 plum cold store (department): B102 ≤error at 金额合计 (150 + 45 ≠ 210); D104 ≤warning, row
  of 新建产地冷藏库 (goal 2座, value ≥3座); Y102 ≤error at the date 2025-09-30 in a 2026 table.
* hd05 plum stacked: D102 ≤error, row of 果实可溶性固形物达标率 (the row above with 李子, ≥90% /
  ≥85%; alt D103, D101); F201 ≤warning, row of 温室李子优果率 under 时效指标.
* hd08 strawberry festival: Y103 ≤warning at the 年度绩效目标 cell (2025 left in a 2026 goal,
  alt Y102); D104 ≤warning, row of 接待采摘游客 (goal 3万人次, value ≥2万人次); Y102 ≤error at the
  opening date 2025-02-14.
* hd10 strawberry walkway: B101 ≤error at 年度资金总额 (100 + 30 ≠ 120); B107 ≤warning, row of
  游览步道建设单价 (0.08 × 2000 = 160 > the money); F201 ≤warning, row of 采摘游客满意度 under
  社会效益指标.
* hd11 strawberry guide points: W103 ≤error at the 产出指标 score 40 (15+10+10+10 = 45); T108
  ≤warning, row of 游客投诉率 ≥2%; W101 at book level tolerated (not required).
* hd14 packing box upgrade: F201 ≤warning, row of 每箱包装材料成本 under 数量指标; X101 ≤error,
  row of the template's （示例）培训人数 ≥**人; D102 ≤error, row of the second 包装破损率 (≤3% under
  社会效益 against ≤2% under 质量; alt D101, D103).
* hd16 packing grading (second sheet): D104 ≤warning, row of 年处理李子鲜果 (goal 1500吨, value
  ≥600吨); Y102 ≤error at 2027年6月30日前 in a one-year 2026 project.
* hd17 packing cold chain (two-year): B103 ≤error at the 年度资金总额 650 (> 中期 600; the annual
  财政拨款 610 > 560 tolerated up to error); D204 ≤warning at the 年度目标 cell (copied text).

Goal cells whose text a D104 compares are tolerated (``ok``) up to warning.

Legitimate look-alikes in the correct returns: typed percent cells without an operator (hd01,
hd03, hd07, hd09), ``=100%`` and ``100%`` on acceptance rates, a later year the work prepares
for (为2027年推广, hd01), a goal count that is a part of the indicator's (其中新增示范户40户,
hd03) and goal counts with their parts in brackets (hd12), a 下降率 with ≥ / 大于等于 (hd03,
hd09), 0起 on incident counts (hd03, hd07, hd09), rates raised in 百分点 (hd06, hd09, hd12,
hd13), the period's count in 中期 beside a smaller year's count and equal rates and unit costs
in both columns (hd12), unit cost × count equal to or within its money (hd01 25×12 = 300 ≤ 320,
hd03 0.9×200 = 180 = task, hd15 450元×2000吨 = 90 = task, hd13 and hd16 cost caps equal to the
money), a 说明 explaining the total (hd13), fill dates in the year before the budget year, 小计 /
合计 / repeated header rows (hd15), the same indicator name with different values in two stacked
projects (hd05, hd18).

Judgements where a reviewer could hesitate: the near-duplicate in hd05 and the cross-tier
duplicate in hd14 accept an error, since one indicator cannot carry two targets; a goal naming
last season's year (hd08) is doubtful only (warning), while a date cell or deadline outside the
budget year or project period is an error (hd04, hd08, hd16); the copied cumulative count in
hd02 also contradicts the 年度目标, so D104 is accepted for it; hd11's indicator scores add to 105
because of the 产出 block, so W101 is tolerated with W103 required; 其他资金 0 in hd18 is a
legitimate empty source.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout670 import packing, plums, strawberries
from tests.variants.holdout670.registry import HOLDOUT670
from tests.variants.kit import Variant

MODULES = (plums, strawberries, packing)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT670, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 670th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
