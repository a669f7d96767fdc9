"""The 576th held-out set: beef jerky and yak butter (牛肉干、酥油) herders' cooperatives.

Eighteen invented returns of 多吉滩县 (农牧局, 昂曲牧业专业合作社, 朗木错乡酥油加工专业合作社,
嘎玛乡牧民合作联社, 色尔沟村股份经济合作社, 多吉滩县牧民专业合作社联合社), budget year 2025.
``jerky`` holds dn01–dn06 (牛肉干), ``butter`` dn07–dn12 (酥油), ``union`` dn13–dn18 (the
union of cooperatives: stacked projects, flat lists, a budget-system export, template rows).

Layouts: project heads with one-year and multi-year money (dn04 three years, dn09 two years,
中期 and 年度 columns); a department head with budget and key tasks (dn12, dn15, dn16); operator
and unit columns (dn01); direction and word-operator columns (dn07); a two-row header with
考核指标 / 目标值（年度） and tier-1 plus indicator points (dn03); 预期实现值 / 评价标准 on a
second sheet (dn05); indicator scores (dn08); tier-1 points against indicator points with ★ / *
and abbreviated labels (dn11); ★ abbreviated labels in a department table (dn12); two stacked
projects (dn13, dn14); flat lists (dn15, dn16); an export with sheets 05-1 / 05-2, codes in the
first columns, header on the third row and repeated after a page break (dn17); 注 rows inside
tables, 填表说明, 说明 and signature lines.

Planted mistakes (code, highest accepted severity, place):

* dn02: D104 warning at the 年度目标 cell (800吨 in the text, ≥600吨 indicator); X104 warning at
  计划完成日期 (text ``45838``); Y102 error at the 时效 value ``2026年6月30日前`` (one-year 2025).
* dn04: Y103 warning at the 中期目标 cell (2029 outside 2025–2027); D104 warning at the 年度目标
  cell (300人次 vs ≥200人次); D201 error at the annual 牦牛肉收购量 ≥1800吨 (period ≥1500吨).
* dn06: X102 warning at the 年度目标 (``<p>``); X101 error at ``≥**吨``; F110 error at an empty
  name cell whose row has ``≥90%``.
* dn08: T108 warning, row (超标率 ≥2%); D102 error alt D103 at ``牧户酥油收购数量 ≥260吨`` (same
  as 牧户酥油收购量 ≥300吨); F201 warning at ``酥油包装密封合格率`` under 时效指标.
* dn10: B101 error at 年度资金总额 260 (200 + 50); B107 warning, row, at 补贴标准 ≤1.5万元/台
  (× 200台 = 300万元); D104 warning at the 年度目标 (150台 vs ≥200台).
* dn11: W103 error at the 产出 tier score 50 (indicators 55) and at the 效益 tier score 40
  (indicators 35); both totals are 100, so no W101.
* dn14: D104 warning at the second project's 年度目标 (150户 vs ≥120户); X104 warning at
  ``46022`` as a deadline.
* dn16: W101 error, book level (weights 95); D102 error alt D103 at 牛肉干统一销售量 240 (vs
  统一销售牛肉干数量 300); T106 error at 合格率 105%.
* dn18: Y102 error at ``2024年12月31日前``; F109 warning, row, at the empty 生态效益指标; F110
  error at the empty name with ``≥85%``.

Legitimate look-alikes in the correct returns: goal texts that repeat indicator values (dn01
98% and 260户, dn05 50吨 and 3.6万元, dn12 600户) or sum them (dn09 120 + 80 = 200户, dn12 7 + 5 =
12家, dn15 320 + 180 = 500吨 with a 说明 row saying so); unit cost × count equal to or within the
money (dn05 3.6 × 50 = 180, dn03 45 × 2 = 90 ≤ 120, dn07 0.6 × 150 = 90 ≤ 130, dn09 60 × 4 =
240 ≤ 300 and 60 × 2 = 120 ≤ 150, dn13 7 × 8 = 56 ≤ 60 and 0.2 × 200 = 40); 0起 on an incident
count with 等于 (dn07, dn15); 下降率 with 大于等于 (dn07); rates raised in 百分点 (dn03, dn08,
dn10); tier-1 and indicator points both 100 (dn03); ``=100%`` at the ceiling; typed percent
cells (dn01, dn03, dn05, dn07, dn12, dn13, dn15); a later year on purpose (dn05 商标 至2034年,
tolerated up to a warning); the same name ``带动牧户数`` with other values in two stacked
projects (dn13); two similar names measuring different things (dn09 验收合格率 / 抽检合格率);
fill dates in November 2024 for a 2025 return.

Judgements: D104 is placed at the text cell that quotes the number; conflicting duplicates are
accepted as errors (D103 also accepted); a deadline after a one-year project or before the
budget year is an error (Y102), a stray year in goal text only a warning (Y103); an empty tier-2
template row (dn18) asks for F109 at that row; the nameless value (dn18) sits under 经济效益指标,
so 生态效益指标 has nothing under it; a subsidy above
the money is a warning (B107), as the catalogue gives it; in dn10 the unit 万元/台 × 台 exceeds
either reading of the total.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout576 import butter, jerky, union
from tests.variants.holdout576.registry import HOLDOUT576
from tests.variants.kit import Variant

MODULES = (jerky, butter, union)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT576, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 576th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
