"""The 554th held-out set: 18 invented returns on ancient city wall and beacon tower (城墙、
烽火台) conservation, with a careful reviewer's marks, to measure ``goalbook check`` out of
sample. Invented units: 岷台市 (隗城), 燕渚县, 鹤陉关, 雁屏县.

Layouts: project heads with 万元 money blocks (one-year and multi-year, 中央补助 + 地方资金),
department heads with budget and key-task blocks; OLD-NAT and NAT-2021 tiers merged down,
numbered labels with points, labels with ★ / * and abbreviations; operator, unit, direction
(指标性质 正向/反向 + 指标方向) and score columns; headers 指标内容/绩效标准, 预期目标,
考核指标/目标值（年度）, 预期实现值; 中期 and 年度 columns; two stacked projects in one sheet;
flat lists; a table on a second sheet; 注/说明/填表说明 rows, a header repeated after a page
break, detail lines, signature and date lines.

Planted mistakes (return: code, highest accepted severity, place):

* cr02: B101 ≤error at the 资金总额 row (200 + 50 ≠ 260); T106 ≤error at the typed 105% of a
  pass rate.
* cr04: W103 ≤error at the 产出 score cell (40 declared, 45 under it) and at the 成本 score cell
  (20 declared, 15 under it); F105 ≤error at 时效指标 under 效益指标.
* cr06: D201 ≤error at the annual ≥6处 (period ≥4处); D202 ≤warning at the annual 2600米 copied
  from the two-year column; T108 ≤warning (row) on 墙体坍塌险情发生率 ≥1%.
* cr08: F110 ≤error at the empty name of the ≥120份 row; T105 ≤error at 测绘成果归档率 30份;
  F109 ≤warning (row) at the empty 时效指标.
* cr10: X104 ≤warning at the start date typed as the text 45748; X105 ≤warning (alt X103) at
  财政拨款 "106.5 0"; X106 ≤error (alt B108) at the detail line 48万48万(含脚手架).
* cr12: T108 ≤warning (row) at =16万元/座 on a cost cap, ≤24次 on a 正向 count, ≥3% on a
  反向 rate.
* cr14: B101 ≤error at the second project's 资金总额 row (45 + 8 ≠ 55); T105 ≤error at its
  排险完成率 6处.
* cr16: B101 ≤error at 资金总额 (400 + 540 ≠ 960); B102 ≤error at 金额合计 (530 ≠ 540).
* cr18: T112 ≤error at 12万元 against the unit column 块; T106 ≤error at a typed 102% coverage
  rate; W101 ≤error on the book (weights 95).

Look-alikes in the correct returns: typed percent cells with the operator in its own column
(cr01, cr17); =100% on pass and coverage rates; 下降率 with ≥ (cr01, cr11, cr17); 0起 / =0 /
≤0 on incident counts (cr09, cr11, cr13, cr15, cr17); tier points in the labels and indicator
points both adding to 100, with a 合计 100 row (cr03); ≥3百分点 on a rate raise (cr03); equal
中期 and 年度 rates, unit costs and grades in a multi-year project (cr05); the same indicator
name with different values in two stacked projects (cr13); a 注 row inside the table, a header
repeated after a page break, a signature dated the year before (cr09); unit cost × count
always within the money; 金额合计 = 项目支出 (cr15).

Judgements: the 填表说明 of cr09 cites a 2023 county decision; a Y103 warning there is
tolerated, not asked for. In cr02 and cr14 the total stands twice in the row (资金总额 and
年度资金总额), so B101 is a row mark. In cr06 only the period column has ≥4处, so D201 is
marked at the annual cell. W103 in cr04 is marked at each mismatching tier score; the total
still adds to 100, so W101 would be a false error. cr08's unnamed ≥120份 row is one F110, not
a T104/T101. cr10's fiscal amount read as 106.50 makes the money add up; B101 there would be
false.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout554 import beacons, office, walls
from tests.variants.holdout554.registry import HOLDOUT554
from tests.variants.kit import Variant

MODULES = (walls, beacons, office)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT554, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 554th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
