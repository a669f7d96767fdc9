"""The 532nd held-out set: rice noodle and fermented tofu (米粉、腐乳) workshops of the invented
蓼川县 (towns 澄坳镇, 禾坪乡), food safety (抽检, 快检, training) and small-business support
(技改补助, 贷款贴息, 品牌, 电商); budget year 2025, money in 万元 carried by the number format.

18 returns, 9 correct, 22 required marks. Modules: ``cells`` (bv01–bv06: typed percent cells,
stacked projects, flat lists), ``structure`` (bv07–bv12: note rows, tier labels, header words),
``periods`` (bv13–bv18: template rows, 中期/年度, points, conversion artefacts, money).

Layouts: project heads with one-year or 中期/年度 money blocks; department heads with budget and
task blocks; OLD-NAT and NAT-2021 tables with tier-1/tier-2 merged down; operator and unit
columns (bv01, bv02, bv09); two projects stacked (bv03, bv04); flat lists with 指标性质 as
operator (bv05) or as direction (bv06); 注/说明/填表说明 rows, subtotal rows, a repeated header
after a page break, stamp and signature lines (bv07–bv09); numbered, pointed, starred and
abbreviated tier labels (bv10, bv11); a table on a second sheet under 考核指标 / 预期实现值 /
评价标准 (bv12); header 绩效目标值 (bv13); 中期 and 年度 value columns (bv14, bv15); tier-1 and
indicator score columns (bv16); a money detail block under the table (bv17).

Planted mistakes (code, highest accepted severity, place):

* bv02: T106 error at Sheet1!E10 (合格率 typed as 105%); T108 warning, row 11 (≥ on 亚硝酸盐超标率).
* bv04: T105 error at Sheet1!D10 (换发完成率 given as 45家); B101 error at Sheet1!C19 (second
  project's 资金总额 65 ≠ 50 + 10).
* bv06: T112 error at Sheet1!B12, alt T119 (35万元 against the unit column 户); T108 warning,
  row 14 (反向 投诉率 written ≥3%); W101 error, book level (weights add to 95).
* bv09: T108 warning, row 12 (≥ on a subsidy standard, a cap); T107 warning, row 16 (= 95 % on a
  satisfaction rate).
* bv11: F202 warning, row 12 (项目预算执行率 under 经济成本指标); F105 error at Sheet1!B14
  (2.时效指标 under 三、效益指标).
* bv13: F110 error at the empty name cell Sheet1!C10 (a value ≥4次 without a name); F109
  warning, rows 14 and 16 (社会成本指标, 生态效益指标 left from the template).
* bv15: D204 warning at Sheet1!D9 (年度目标 copied from the 中期目标); D201 error at Sheet1!E11
  (年度 ≥24个 above the three-year ≥20个); D202 warning at Sheet1!E12 (≥900人次 copied).
  Tolerated: any warning at Sheet1!E15 (24万元 × the wrong 24 车间 exceeds the year's money).
* bv17: X104 warning at Sheet1!F4 (计划完成日期 as the text "46022"); X105 warning at
  Sheet1!D17, alt X103 ("42.6 5"); X106 error at Sheet1!D18, alt B108 ("27.35万27.35万").
* bv18: B101 error at Sheet1!B4 (资金总额 310 ≠ 280 + 20); B102 error at Sheet1!D9 (tasks 105 ≠
  金额合计 100).

Legitimate look-alikes in the correct returns: typed percent cells with a duplicate % in the unit
column and ``=100%`` (bv01, bv05); ``≤0起`` on an incident count (bv01); 下降率 with ≥ (bv05,
bv07, bv09's 能耗下降率); unit cost × count equal to the money (bv03, bv05, bv08, bv10, bv11);
the same satisfaction indicator with different values in two stacked projects (bv03); 注 rows,
a footnote explaining the total, 填表说明, a unit line, subtotal and total rows, a repeated
header, signature lines with a fill date in 2024 (bv07, bv08, bv14, bv18); 100 points both at
tier-1 and at indicator level and ``≥3百分点`` on a 合格率 change (bv16); rates and unit caps
equal in the 中期 and 年度 columns of a two-year project while counts are smaller (bv14).

Judgements: the W101 of bv06 is a book-level mark (the 合计 95 cell is not marked); the
D201 of bv15 is the annual cell, the 中期 value being plausible; bv04's B101 sits at the total,
though the typo might be in a source; F202 (bv11) and T107/T108 are warnings, not errors;
``≤ │ 11月30日前`` (an operator column with a word deadline, bv02, bv09) is not marked.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout532 import cells, periods, structure
from tests.variants.holdout532.registry import HOLDOUT532
from tests.variants.kit import Variant

MODULES = (cells, structure, periods)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT532, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 532nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
