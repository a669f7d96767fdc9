"""The 583rd held-out set: potato (土豆) seed-tuber virus-free breeding and starch processing.

Eighteen invented returns (du01–du18), nine correct and nine with 2–3 planted mistakes (25
required marks), in three modules: ``seed_tubers`` (du01–du06, 脱毒种薯繁育), ``starch_plant``
(du07–du12, 马铃薯淀粉加工) and ``county_programmes`` (du13–du18, county programmes spanning
both). Places (雁坪县, 桦沟县, 北坨市), units, people, phone numbers and figures are invented.

Layouts: project heads with one-year and multi-year money blocks; department heads with budget,
tasks and 金额合计; tier labels numbered with points (du01), abbreviated (du02), marked ★/*
(du16); operator column with unit column (du07); 指标性质 as direction (du08); a flat list
(du04); 中期/年度 and 实施期/年度 columns (du03, du15); three and two stacked projects (du13,
du05); a second sheet with a two-row header 预期实现值 (du10); a budget-system export with codes
in the first columns and two sheets 05-1 / 05-2 (du11); tier-1 and indicator points (du12);
指标内容/绩效标准 with word operators and a header repeated after a page break (du18); 注 rows,
说明/填表说明 footnotes and signature lines (du06, du12, du17, du18).

Planted mistakes (code, highest accepted severity, place):

* du02: D104 warning at 一级种薯扩繁产量's value, row (goal 1.2万吨, indicator ≥1万吨); F201
  warning at the name 种薯块茎病毒检测合格率 under 时效, row; Y102 error at the value
  ``2026年3月31日前`` of a one-year 2025 project.
* du03: D104 warning at the 中期 value ≥8万亩, row (中期目标 says 累计10万亩); D201 error at the
  annual ≥6座 above the period's ≥5座; X101 error at ``≥**批次``.
* du05: X102 warning at the first project's goal (``<br>``); Y101 error at the second
  project's title ``2024年度`` (dates 2025); D102 error at the second 扩繁网室新建面积 (≥30亩 vs
  ≥40亩), row, alt D103/D101.
* du08: B107 warning at 设备改造补助标准 ≤30万元/台, row (× 8台 = 240 > 200万元); T108 warning
  at 吨淀粉新鲜水耗 ≥12立方米 (反向), row; T108 warning at 薯渣综合利用率 ≤90% (正向), row.
* du09: X104 warning at the 计划完成日期 typed as text ``46022``; X101 error at ``≥XX%``.
* du11: Y102 error (alt Y101) at 计划完成日期 2026-06-30 of a 1年 project; B102 error at the
  合计 320 of detail lines adding to 300; F201 warning at 烘干薯渣含水率 under 数量指标, row.
* du14: D104 warning at 新建贮藏窖数量 ≥10座, row (goal 12座); F110 error at the empty name of a
  row with ≥90%; F109 warning at the bare tier-2 生态效益指标, row.
* du16: F105 error at the tier-2 社会效益 under ★产出指标, row; D102 error at the second
  脱毒种薯推广面积 (≥4万亩 vs ≥5万亩), row, alt D103/D101 (its name tolerated up to warning).
* du17: B101 error at 资金总额 960 (400 + 540 = 940); B102 error at 金额合计 540 (tasks add to
  520); D104 warning at 种植户技术培训人次 ≥1000人次, row (goal and task say 1200人次).

Legitimate look-alikes in the correct returns: a goal text that sums its indicators (du01 280 +
220 = 500万粒, du04 2000 + 300 = 2300份, du10 6000 + 1500 = 7500吨); counts repeated in goals with
the same value (du01, du13, du15, du17's other counts); the same indicator name with other values
in other stacked projects (du13 种植户培训人次, 种植户满意度); similar names measuring other
things (du10 精淀粉产量/变性淀粉产量, 销售收入/出口额); a typed percent with a % unit column
(du07) and one without operator (du01, tolerated up to warning); a 下降率 with ≥ and reverse
indicators with ≤ (du07, du18); 0起 on an incident count (du04, du07); 百分点 rate changes (du06,
du12, du14, du16, du17); points 100 at both levels with a footnote (du12); unit cost × count
within or equal to the money (du01, du06, du12, du13, du15, du18); a 2026 deadline in the 中期
column of a 2025–2026 project (du15); a 2026 spring sowing named on purpose (du06, tolerated up
to warning); fill and signature dates in the year before the budget year.

Judgements: a goal count that disagrees with its indicator is a warning (the text may round or
count differently), not an error; a duplicate indicator with two values is an impossibility
(error, near-duplicate and duplicate codes accepted); a date past the one-year project's end is
an error (Y102, Y101 accepted for du11's plan date); the cost × count excess is a warning as
the 补助 may be co-financed; du03's D201 row also conflicts with its goal (2座), marked once.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout583 import county_programmes, seed_tubers, starch_plant
from tests.variants.holdout583.registry import HOLDOUT583
from tests.variants.kit import Variant

MODULES = (seed_tubers, starch_plant, county_programmes)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT583, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 583rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
