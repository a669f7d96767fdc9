"""The 575th held-out set: 18 invented returns of mooncake and rice-cake (月饼、年糕) bakery
projects and departments, with a careful reviewer's marks, to measure ``goalbook check`` out of
sample. Nine are correct, nine carry 2–3 planted mistakes (24 required marks), most of them of
the kinds that need reading across the table (domain.md §5: C4, C6, C9, C10, C12, C13, C15,
C16 and the money checks). Budget year 2025 throughout; every place, unit, person, phone number
and figure is invented.

Modules: ``mooncake`` (dm01–dm06), ``ricecake`` (dm07–dm12), ``festival`` (dm13–dm18, both
halves: mooncake dm13, dm14, dm17; rice cake dm15, dm16, dm18).

Layouts: project heads with one-year and multi-year money blocks (万元 in the number format),
department heads with budget, shares and key tasks; tier-1 and tier-2 merged down; numbered
labels (一、/（一）/1.), points in labels (产出指标（50分）), abbreviated labels (产出/数量), * and
★ marks; headers 绩效目标值, 预期实现值, 考核指标 + 目标值（年度）, 指标内容 + 绩效标准 (two-row
header), 预期目标; an operator column (比较符), a unit column, a 指标方向 (正向/反向) column,
分值 and 权重 columns; stacked projects (dm07, dm08); flat lists (dm09, dm10); 中期 and 年度
columns (dm03, dm11, dm12); a budget-system export with codes in the first columns and the
header on the third row (dm06); tables on a second sheet (dm13, dm14); 注/说明/填表说明 rows,
a repeated header after a page break, a 合计 row, signature lines.

Planted mistakes (return: code, highest accepted severity, place):

* dm02-festival-fair: D104 ≤warning, row of 展销会举办场次 (goal text 3场, indicator ≥2场;
  the goal cell tolerates a warning); X101 ≤error at ``≥**家``; Y102 ≤error (alt Y101, Y103)
  at the 完成时间 date cell 2024-09-17 of a one-year 2025 project.
* dm04-time-honoured-brands: D102 ≤error (alt D103, D101), row of 礼盒包装抽检合格率 不低于90%
  (the same measure as 月饼礼盒包装抽检合格率 不低于95%); F201 ≤warning, row of 月饼配送及时率
  under 质量; B107 ≤warning, row of 每盒包装补贴标准 (12元 × 50000盒 = 60万元 > 45万元).
* dm06-export-system: Y103 ≤warning (alt Y101, Y102) at the goal text naming 2024年9月前 in a
  2025 project; X104 ≤warning at ``45900`` stored as text (2025-08-31).
* dm08-stacked-workshops: D104 ≤warning, row of 改造年糕小作坊数量 ≥25家 (goal 35家; goal cell
  tolerated); B101 ≤error at the second project's 年度资金总额 90 ≠ 75 + 10.
* dm10-flat-two-columns: D201 ≤error at the annual 糯米种植基地面积 ≥3500 (period ≥3000); X102
  ≤warning at the goal text with ``<br>``; W101 ≤error on the file (weights add to 95).
* dm12-cold-chain: Y101 ≤error (alt Y102, Y103) at the title 2024年度 over a 2025–2027
  project; D202 ≤warning at the annual cells of 冷藏车配备数量 and 覆盖乡镇网点数量 (copied).
* dm14-filling-base: F201 ≤warning, row of 补助资金发放及时率 under 数量; B107 ≤warning, row of
  每户种植补助标准 (0.8万元 × 120户 = 96万元 > 80万元); X101 ≤error at ``≥XX元``.
* dm16-spring-fair: F110 ≤error at the empty name of the 质量 row; F109 ≤warning, row of the
  empty 社会成本指标; Y102 ≤error (alt Y101, Y103) at the date cell 2026-01-20 of a one-year
  2025 project.
* dm18-grain-reserve: B102 ≤error at 金额合计 90 (tasks 40 + 35 + 20 = 95); D104 ≤warning, row
  of 糯米收储量 ≥600吨 (task and goal 800吨; both text cells tolerated).

Legitimate look-alikes in the correct returns: a goal text summing two indicators (dm01 60人 =
40 + 20), counts repeated in the text with the same value (dm05, dm09, dm13, dm17, dm15 2000元),
typed percent cells (dm01, dm09, dm13 ``100%``, dm17 shares), ``=100%`` on a 完整率 (dm01,
dm11), 0起 / ``=0起`` on incident counts (dm01, dm05, dm13), a 下降率 with ≥ (dm03, dm13), a
rate raised in 百分点 (dm05), tier points and indicator points both adding to 100 (dm05), a
2026 date and year inside a two-year project (dm03), the same indicator name with other values
in two stacked projects (dm07 年糕抽检合格率), a unit cost × count equal to the money (dm07
0.4 × 200 = 80, dm13 0.08 × 800 = 64, dm17 0.14 × 500 = 70 = its task) and a footnote
explaining it (dm13), 化肥使用量增长率 ≤0% (dm14, planted return but not marked), a 反向 time
limit with ≤ (dm17), fill and signature dates in 2024 (department heads, ``sign``).

Judgements: D104 is marked on the indicator row (row=True) and only tolerated on the text
cells, since the indicator is what the reviewer asks to correct. Dates outside a one-year
project's budget year (dm02, dm16) are marked as errors (the project cannot end outside its
period); a last-year year inside goal text (dm06) only as a warning. The title year in dm12 is
an error (two budget years in one return). Conflicting duplicates (dm04) accept an error;
B107 stays a warning (a standard is a cap, the reviewer asks rather than rejects). In dm15 the
bare numbers with ``%`` in the unit column are rates in percent, and ``≥2000 元`` matches
户均增收不低于2000元. In dm11 the 注 row between tiers and the 填表说明 line are not indicators;
举办年糕文化节 ``3`` / ``1`` without an operator is at most an info.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout575 import festival, mooncake, ricecake
from tests.variants.holdout575.registry import HOLDOUT575
from tests.variants.kit import Variant

MODULES = (mooncake, ricecake, festival)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT575, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 575th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
