"""The 654th held-out set: 18 invented returns on 牦牛与藏香猪养殖、高原饲草 (an invented county
措嘎县 with 雪戎县 and the 雍曲 / 玛尔琼 townships), 9 correct and 9 with 25 planted mistakes,
most of them found only by comparing one part of a return with another.

Layouts: project heads with one value column, operators inside the values or in a 指标性质
column, unit columns, 中期 and 年度 columns, two complete column sets (gn15); department heads
with shares and key tasks; flat lists (gn07, gn08); two stacked projects (gn06); numbered tier
labels with points and a score column (gn09); marked and abbreviated labels (gn10); a second
sheet under a two-row header with operators in words (gn11); a detail block under the table
(gn12); 注 / 说明 rows inside the table, subtotals, a header repeated after a page break (gn13,
gn14); a budget-system export with code columns and the header on the third row (gn17).

Planted mistakes (return: code, highest accepted severity, place):

* gn02: D104 warning, row of 冷配改良牦牛数量 (goal 1200头, indicator ≥1000头); Y102 error at
  the deadline 2026年12月31日前 of a one-year 2025 project (alt Y103); B107 warning, row of the
  冻精补助标准 (120元 × 1000头 = 12万元 > 年度资金 10万元).
* gn04: D204 warning at the 年度目标 cell (copied from 中期目标); D201 error at the annual
  暖棚 count ≥60座 above the two-year ≥40座.
* gn06: B101 error at the second project's 年度资金总额 45 (30 + 10 = 40); D103 warning, row of
  补饲育肥牦牛出栏数 under 时效, the same indicator as 补饲育肥牦牛出栏数量 under 数量 (alt D101,
  F201).
* gn08: D104 warning, row of 出栏藏香猪 ≥8000 (goal 10000头); D103 warning, row of
  藏香猪养殖技术培训 (alt D101), near-duplicate of 开展藏香猪养殖技术培训; W101 error, book level
  (weights add to 95).
* gn10: F201 warning, row of a 出栏数量 under 质量; F201 warning, row of a 检疫合格率 under 时效;
  Y102 error at 2024年11月30日前 in a 2025 project (alt Y103, Y101).
* gn12: B101 error at 年度资金总额 150 (120 + 20 = 140); B102 error at the detail block's 合计
  145 against the total 150 (alt B101); B107 warning, row of 种猪引进补助标准 (0.8万元 × 250头 =
  200万元 > 150万元).
* gn14: Y104 error at 计划完成日期 2024-10-31 before the start 2025-05-01 (alt Y102, Y101);
  Y103 warning at the 年度目标 naming 2024年 (alt Y101); D104 warning, row of 收贮燕麦青干草
  ≥2500吨 (goal 3000吨).
* gn16: D102 error, row of the second 青贮饲料收贮量 ≥3500吨 (first ≥4000吨; alt D104); D103
  warning, row of 建成青贮饲料加工点数量 under 社会效益 (alt D101, F201); F201 warning, row of a
  满意度 under 社会效益指标.
* gn18: F109 warning, row of the empty template tier-2 社会成本指标; F110 error at an empty name
  cell beside ≥40户; T108 warning, row of 加工饲料霉变率 ≥2%.

Look-alikes in the correct returns: typed percent cells with an operator column (gn01, gn07,
gn17) or a word operator (gn11) and a percent share row (gn05); =100% at the ceiling (gn01,
gn17); a 下降 / 超载率下降 in 百分点 with ≥ (gn01, gn03, gn07, gn13); 0起 on an incident count
(gn05, gn07); a goal's count with its parts in brackets (gn01, gn05, gn13, gn15); 2028 named as
the year the three-year project prepares for (gn03); period counts above the year's and rates
and unit costs equal in both columns (gn03, gn15); unit cost × count equal to or within its money
(gn05: 800元 × 2000 = 160万 of a 180万 task; gn07: 1000元 × 600 = 60万 = its task; gn11: cost
120万 = the budget; gn13, gn15, gn17); tier points and indicator points both adding to 100
(gn09), subtotals and a 合计 row in a weight column (gn13); the same indicator name in both
stacked projects (gn06, 养殖户满意度); fill and signature dates in 2024 (gn13, default).

Judgements: a deadline outside a one-year project's year is taken as an impossibility (Y102
error); the goal/indicator count conflicts are warnings (the indicator may be deliberately
cautious); the gn06 and gn16 repeats under another tier-2 are near-duplicates (D103) with D101 and
F201 accepted; in gn12 the 150 total is wrong against both its sources and its detail lines, two
separate checks; gn05's 金额合计 equals 项目支出 as §3.2 allows.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout654 import forage, pig, yak
from tests.variants.holdout654.registry import HOLDOUT654
from tests.variants.kit import Variant

MODULES = (yak, pig, forage)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT654, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 654th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
